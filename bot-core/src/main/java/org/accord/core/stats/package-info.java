/**
 * Consensus figures for a board's ratings of criteria on an ordinal scale of k levels (ranks 1..k, lowest
 * first): the distribution of ratings per criterion, its median, type 7 quartiles, modal share, Tastle and
 * Wierman's consensus measure and the resulting agreed or disputed status with a proposed rank, plus
 * Krippendorff's alpha across criteria as a check on how reliably the raters agree at all. "Don't know" and
 * skipped answers are no rating and never enter a figure. Everything here is pure Java over the JDK, so the
 * figures can be reproduced anywhere and tested against the published worked examples.
 */
package org.accord.core.stats;
