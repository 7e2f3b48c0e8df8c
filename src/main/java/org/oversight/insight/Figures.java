package org.oversight.insight;

import java.util.List;
import java.util.Map;

import org.oversight.lead.SanctionForm;
import org.oversight.lead.SanctionType;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The funnel from problems to sanctions and the rectification ledger over a scope (a
 * term, a round, or everything), computed from the data, never typed in.
 *
 * @param problemsFound findings (发现问题)
 * @param leads leads (问题线索)
 * @param cases cases opened (立案)
 * @param peopleInCases distinct persons investigated
 * @param sanctions sanctions and accountability actions, every type (处分/问责)
 * @param peopleSanctioned distinct persons sanctioned
 * @param judicialTransfers transfers to the judiciary (移送司法机关)
 * @param admonitions admonition talks (约谈)
 * @param fedBack findings fed back for rectification (at least one task)
 * @param rectified fed-back findings whose tasks are all done or verified
 * @param rulesRevised institutional fixes (建章立制)
 * @param peopleByForm distinct persons sanctioned in each form (四种形态 …), every form
 * listed
 * @param peopleByType distinct persons and sanctions of each type (约谈 and 问责 apart, party
 * and government sanctions apart), every type listed
 * @param ledger the ledger's counts behind the rate definitions
 * @param asOf the day the figures are as of (null: now)
 */
public record Figures(long problemsFound, long leads, long cases, long peopleInCases, long sanctions,
		long peopleSanctioned, long judicialTransfers, long admonitions, long fedBack, long rectified,
		long rulesRevised, List<FormCount> peopleByForm, List<TypeCount> peopleByType, LedgerCounts ledger,
		String asOf) {

	/** The definition {@link #rectificationRate()} uses. */
	public RateDefinition rateDefinition() {
		return RateDefinition.PER_PROBLEM;
	}

	public String rateDefinitionZh() {
		return rateDefinition().zh();
	}

	/** The rate under every definition, side by side. */
	public List<DefinedRate> rates() {
		return this.ledger.rates();
	}

	/** How many persons were sanctioned in one form, and how many sanctions (人次). */
	public record FormCount(SanctionForm form, long people, long sanctions) {

		public String formZh() {
			return this.form.zh();
		}

	}

	/** How many persons were sanctioned with one type, and how many such sanctions. */
	public record TypeCount(SanctionType type, long people, long sanctions) {

		public String typeZh() {
			return this.type.zh();
		}

		public SanctionForm form() {
			return this.type.form();
		}

		public String formZh() {
			return this.type.form().zh();
		}

	}

	/** The sanction type codes with their forms, as statements take them. */
	static Map<String, Object> forms() {
		Map<String, Object> forms = new java.util.HashMap<>();
		for (SanctionType type : SanctionType.values()) {
			forms.put(type.name(), type.form().name());
		}
		return forms;
	}

	static List<String> typeCodes() {
		return java.util.Arrays.stream(SanctionType.values()).map(Enum::name).toList();
	}

	static List<String> formCodes() {
		return java.util.Arrays.stream(SanctionForm.values()).map(Enum::name).toList();
	}

	/**
	 * Rectified over fed back, in percent rounded half up to 2 decimals; null when
	 * nothing was fed back.
	 */
	public Double rectificationRate() {
		return percent(this.rectified, this.fedBack);
	}

	static Double percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).doubleValue();
	}

}
