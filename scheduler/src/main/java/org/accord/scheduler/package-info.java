/** Quartz jobs that turn due dates into nudges through bot-core's ports. */
package org.accord.scheduler;
