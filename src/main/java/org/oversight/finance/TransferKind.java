package org.oversight.finance;

import org.oversight.model.Code;

/** Kind of money transfer (资金往来类型). */
public enum TransferKind implements Code {

	ALLOCATION("资金拨付"),

	PAYMENT("支付"),

	PUBLIC_REVENUE("公共收入(土地出让金、规费、税款)"),

	SALARY("工资"),

	SUBSIDY("补贴"),

	REFUND("退款"),

	OTHER("其他");

	private final String zh;

	TransferKind(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
