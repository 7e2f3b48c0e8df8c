package org.oversight.insight;

/**
 * A published figure (报送数) to record.
 *
 * @param id optional; generated when absent
 * @param termId the term it is a figure of
 * @param committeeId whose figure: the term's committee (the city) or a county below it;
 * the term's when null
 * @param roundId one round of the term, or null for the term
 * @param combined with the party committees below (市县合计)
 * @param figure which figure
 * @param value the published value (a rate in percent)
 * @param numerator for a rate: the count it was published with (e.g. 17,487 rectified)
 * @param denominator for a rate: what it is over (e.g. 21,336 fed back)
 * @param definition for a rate: how the report says it counted; PER_PROBLEM when null
 * @param source the document that published it
 * @param reportedDate the day it was published
 * @param asOf the day its figures were as of (截至); reportedDate when null
 * @param name display name
 * @param note remarks
 */
record ReportedFigureInput(String id, String termId, String committeeId, String roundId, Boolean combined,
		FigureKind figure, Double value, Double numerator, Double denominator, RateDefinition definition,
		String document, String reportedDate, String asOf, String name, String note) {
}
