/**
 * Documents out: any list the API returns, and every table of the cockpit (figures,
 * rates, rectification with its overdue tasks, coverage, systemic issues with their
 * hand-overs, published figures), as Excel with Chinese headers and the filter that
 * produced them; the term's report (巡察工作情况报告) as a Word document. Every document is read
 * as the caller, through the same services the lists and figures are read with, so it
 * holds only what the caller may see.
 */
package org.oversight.report;
