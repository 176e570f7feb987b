/**
 * The assessment as documents: the form laid out like the 2002 paper form (DOCX), a workbook of the
 * figures (XLSX), a CSV, and a chart of the distributions (PNG). Inputs are collated figures only.
 */
package org.accord.core.document;
