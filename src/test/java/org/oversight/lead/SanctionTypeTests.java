package org.oversight.lead;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sanction codes of each form as the regulations list them (四种形态, organizational
 * handling, 党纪处分, 政务处分, 移送司法机关) and accountability apart: a party and a government
 * sanction of the same word are two codes of two forms, 约谈 and 问责 two kinds.
 */
class SanctionTypeTests {

	private static List<String> zh(SanctionForm form) {
		return SanctionType.codesOf(form).stream().map((c) -> SanctionType.valueOf(c).zh()).toList();
	}

	@Test
	void eachFormHoldsTheCodesOfTheRegulations() {
		assertThat(zh(SanctionForm.FIRST_FORM)).containsExactly("批评教育", "提醒谈话", "诫勉");
		assertThat(zh(SanctionForm.ORGANIZATIONAL)).containsExactly("停职检查", "调整职务", "责令辞职", "降职", "免职");
		assertThat(zh(SanctionForm.PARTY)).containsExactly("党内警告", "党内严重警告", "撤销党内职务", "留党察看", "开除党籍");
		assertThat(zh(SanctionForm.GOVERNMENT)).containsExactly("政务警告", "记过", "记大过", "降级", "撤职", "开除");
		assertThat(zh(SanctionForm.JUDICIAL)).containsExactly("移送司法机关");
		assertThat(zh(SanctionForm.ACCOUNTABILITY)).containsExactly("约谈", "问责");
		assertThat(Arrays.stream(SanctionForm.values()).mapToInt((f) -> SanctionType.codesOf(f).size()).sum())
			.isEqualTo(SanctionType.values().length);
	}

	@Test
	void theSameWordInPartyAndGovernmentSanctionsIsTwoCodes() {
		assertThat(SanctionType.PARTY_WARNING.form()).isEqualTo(SanctionForm.PARTY);
		assertThat(SanctionType.GOV_WARNING.form()).isEqualTo(SanctionForm.GOVERNMENT);
		assertThat(SanctionType.PARTY_POST_REMOVAL.form()).isNotEqualTo(SanctionType.GOV_REMOVAL.form());
		assertThat(SanctionType.ADMONITION_TALK).isNotEqualTo(SanctionType.ACCOUNTABILITY);
	}

}
