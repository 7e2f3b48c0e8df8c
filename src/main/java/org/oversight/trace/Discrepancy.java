package org.oversight.trace;

/**
 * A place where a money trail's amounts disagree.
 *
 * @param kind SHORTFALL (less disbursed than allocated), RETAINED (a public account kept
 * or paid elsewhere more than the tolerance of what it received) or PERSONAL (money
 * reached a personal account other than as salary, subsidy or refund)
 * @param kindZh its Chinese term
 * @param accountId the account concerned, or null for the trail as a whole
 * @param amount the amount in question
 * @param explanation a readable sentence
 * @param explanationZh the same in Chinese
 */
public record Discrepancy(String kind, String kindZh, String accountId, double amount, String explanation,
		String explanationZh) {
}
