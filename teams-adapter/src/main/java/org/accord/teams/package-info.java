/** Bot Framework SDK: Teams activities to core commands; core cards to Adaptive Cards. */
package org.accord.teams;
