package org.oversight.model;

/**
 * Every relationship type of the graph. Cypher takes relationship types only from here,
 * never from user input. Each carries its Chinese term and the phrases a path sentence
 * reads it with, forwards ("张某 — holds a position at — 某县交通局") and backwards ("某县交通局 —
 * employs — 张某").
 */
public enum RelationType {

	PART_OF("隶属", "is part of", "includes"), LOCATED_IN("位于", "is located in", "is the location of"),
	STATIONED_AT("派驻", "is stationed at", "hosts"), HOLDS_POSITION("任职", "holds a position at", "employs"),
	RELATED_TO("亲属/关系人", "has as", "is related to"), COMPANY_ROLE("企业任职/持股", "has a role in", "has as"),
	HELD_BY("账户持有人", "is held by", "holds"), TRANSFER("资金往来", "paid", "was paid by"),
	OWNED_BY("隶属/归属", "is owned by", "owns"), FOR_PROJECT("所属项目", "is for", "has the contract"),
	AWARDED_TO("中标/承包", "was awarded to", "won"), APPROVED_BY("审批人", "was approved by", "approved"),
	BID_ON("投标", "bid on", "received a bid from"), ISSUED_BY("发放/制定单位", "was issued by", "issued"),
	OF_COMMITTEE("所属党委", "is a term of", "has the term"), CONDUCTED_BY("组织开展", "was conducted by", "conducted"),
	IN_TERM("所属届", "is in", "includes"), JOINT_WITH("联动", "is joint with", "is joint with"),
	OF_ROUND("所属轮次", "is a team of", "has the team"), MEMBER_OF("巡察组成员", "is a member of", "has the member"),
	IN_POOL("巡察人才库", "is in the pool of", "has in its pool"), TARGETS("巡察对象", "inspects", "is inspected by"),
	FOUND_BY("发现", "was found by", "found"), CONCERNS("涉及单位", "concerns", "is concerned by"),
	IMPLICATES("涉及", "implicates", "is implicated by"), FROM_FINDING("来源问题", "comes from", "led to"),
	TRANSFERRED_TO("移交", "was transferred to", "received"), FROM_LEAD("来源线索", "comes from", "led to"),
	HANDLED_BY("承办", "is handled by", "handles"), SUBJECT("审查调查对象", "concerns", "is the subject of"),
	AGAINST("处分对象", "was imposed on", "received"), IN_CASE("所属案件", "belongs to", "includes"),
	RECTIFIES("整改", "rectifies", "is rectified by"), RESPONSIBLE_ORG("责任单位", "is the task of", "is responsible for"),
	RESPONSIBLE_PERSON("责任人", "is the duty of", "is responsible for"), PROMPTED_BY("起因", "was prompted by", "prompted"),
	ABOUT("反映对象", "is about", "is the subject of"), RECEIVED_BY("受理单位", "was received by", "received"),
	SHARED_WITH("共享", "is shared with", "received"), VERIFIED_IN("回头看验收", "was verified in", "verified"),
	ANSWERS("问责所涉整改", "answers", "is answered by"),
	EXAMINES_RESPONSIBILITY("一案双查", "also examines the responsibility of", "is examined under"),
	SUPERVISED_BY("督办单位", "is supervised by", "supervises"), SIGNED_BY("书记签字", "was signed off by", "signed off"),
	HANDED_TO("移交行业主管部门", "was handed to", "received the hand-over"), COVERS("移交所涉问题", "covers", "was handed over in"),
	FOLLOWS("移交后建章立制", "follows", "led to"), REPORTS_ON("报送所涉轮次", "reports on", "is reported in"),
	IN_VILLAGE("所在村", "is in", "has the household"), HOUSEHOLD_MEMBER("家庭成员", "is a member of", "has the member"),
	SUBSIDY_PAID("惠民补贴发放", "paid a subsidy to", "received a subsidy from"),
	KEPT_FOR("村账乡代管", "is kept for", "has its funds kept in");

	private final String zh;

	private final String phrase;

	private final String inverse;

	RelationType(String zh, String phrase, String inverse) {
		this.zh = zh;
		this.phrase = phrase;
		this.inverse = inverse;
	}

	public String zh() {
		return this.zh;
	}

	/** How a sentence reads this relationship from its start node to its end node. */
	public String phrase() {
		return this.phrase;
	}

	/**
	 * How a sentence reads this relationship from its end node back to its start node.
	 */
	public String inverse() {
		return this.inverse;
	}

	/** The type of this name, or null for one the model does not know. */
	public static RelationType find(String name) {
		for (RelationType type : values()) {
			if (type.name().equals(name)) {
				return type;
			}
		}
		return null;
	}

}
