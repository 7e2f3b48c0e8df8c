package org.oversight.lead;

import java.util.Arrays;
import java.util.List;

import org.oversight.model.Code;

/**
 * Kind of sanction or accountability (处分/问责类型), each in its form. Party and government
 * sanctions have codes of their own even where the word is the same: a party warning
 * (党内警告) is not a government warning (政务警告), removal from party posts (撤销党内职务) is not
 * removal from office (撤职).
 */
public enum SanctionType implements Code {

	CRITICISM_EDUCATION("批评教育", SanctionForm.FIRST_FORM),

	REMINDER_TALK("提醒谈话", SanctionForm.FIRST_FORM),

	ADMONISHMENT("诫勉", SanctionForm.FIRST_FORM),

	SUSPENSION_FOR_REVIEW("停职检查", SanctionForm.ORGANIZATIONAL),

	POST_ADJUSTMENT("调整职务", SanctionForm.ORGANIZATIONAL),

	ORDERED_RESIGNATION("责令辞职", SanctionForm.ORGANIZATIONAL),

	DEMOTION("降职", SanctionForm.ORGANIZATIONAL),

	REMOVAL_FROM_OFFICE("免职", SanctionForm.ORGANIZATIONAL),

	PARTY_WARNING("党内警告", SanctionForm.PARTY),

	PARTY_SERIOUS_WARNING("党内严重警告", SanctionForm.PARTY),

	PARTY_POST_REMOVAL("撤销党内职务", SanctionForm.PARTY),

	PARTY_PROBATION("留党察看", SanctionForm.PARTY),

	PARTY_EXPULSION("开除党籍", SanctionForm.PARTY),

	GOV_WARNING("政务警告", SanctionForm.GOVERNMENT),

	GOV_DEMERIT("记过", SanctionForm.GOVERNMENT),

	GOV_MAJOR_DEMERIT("记大过", SanctionForm.GOVERNMENT),

	GOV_DEMOTION("降级", SanctionForm.GOVERNMENT),

	GOV_REMOVAL("撤职", SanctionForm.GOVERNMENT),

	GOV_EXPULSION("开除", SanctionForm.GOVERNMENT),

	JUDICIAL_TRANSFER("移送司法机关", SanctionForm.JUDICIAL),

	ADMONITION_TALK("约谈", SanctionForm.ACCOUNTABILITY),

	ACCOUNTABILITY("问责", SanctionForm.ACCOUNTABILITY);

	private final String zh;

	private final SanctionForm form;

	SanctionType(String zh, SanctionForm form) {
		this.zh = zh;
		this.form = form;
	}

	@Override
	public String zh() {
		return this.zh;
	}

	public SanctionForm form() {
		return this.form;
	}

	/** The codes of a form, for statements that group by form. */
	public static List<String> codesOf(SanctionForm form) {
		return Arrays.stream(values()).filter((t) -> t.form == form).map(Enum::name).toList();
	}

}
