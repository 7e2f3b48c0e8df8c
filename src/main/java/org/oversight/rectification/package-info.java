/**
 * The rectification ledger (整改台账): tasks per finding with the five lists (问题、任务、责任、
 * 督办、效果清单), fixed on the spot (立行立改), signed off by the unit's secretary (书记签字),
 * published (整改公开), verified by revisits (回头看) and answered by accountability; and the
 * hand-overs of problems of one kind to their competent department (移交行业主管部门), with its
 * answer and the rules that followed. Every write goes through the model kernel's writer.
 */
package org.oversight.rectification;
