package org.oversight.model;

/**
 * Every relationship type of the graph. Cypher takes relationship types only from here,
 * never from user input. Each carries its Chinese term and the phrase a path sentence
 * reads it with, from the start node to the end node ("张某 — holds a position at —
 * 某县交通局").
 */
public enum RelationType {

	PART_OF("隶属", "is part of"), LOCATED_IN("位于", "is located in"), HOLDS_POSITION("任职", "holds a position at"),
	RELATED_TO("亲属/关系人", "is related to"), COMPANY_ROLE("企业任职/持股", "has a role in"), HELD_BY("账户持有人", "is held by"),
	TRANSFER("资金往来", "paid"), OWNED_BY("隶属/归属", "is owned by"), FOR_PROJECT("所属项目", "is for"),
	AWARDED_TO("中标/承包", "was awarded to"), APPROVED_BY("审批人", "was approved by"), BID_ON("投标", "bid on"),
	ISSUED_BY("发放/制定单位", "was issued by"), OF_COMMITTEE("所属党委", "is a term of"),
	CONDUCTED_BY("组织开展", "was conducted by"), IN_TERM("所属届", "is in"), JOINT_WITH("联动", "is joint with"),
	OF_ROUND("所属轮次", "is a team of"), MEMBER_OF("巡察组成员", "is a member of"), TARGETS("巡察对象", "inspects"),
	FOUND_BY("发现", "was found by"), CONCERNS("涉及单位", "concerns"), IMPLICATES("涉及", "implicates"),
	FROM_FINDING("来源问题", "comes from"), TRANSFERRED_TO("移交", "was transferred to"), FROM_LEAD("来源线索", "comes from"),
	HANDLED_BY("承办", "is handled by"), SUBJECT("审查调查对象", "concerns"), AGAINST("处分对象", "was imposed on"),
	IN_CASE("所属案件", "belongs to"), RECTIFIES("整改", "rectifies"), RESPONSIBLE_ORG("责任单位", "is the task of"),
	RESPONSIBLE_PERSON("责任人", "is the duty of"), PROMPTED_BY("起因", "was prompted by"), ABOUT("反映对象", "is about"),
	RECEIVED_BY("受理单位", "was received by"), SHARED_WITH("共享", "is shared with"),
	EXAMINES_RESPONSIBILITY("一案双查", "also examines the responsibility of");

	private final String zh;

	private final String phrase;

	RelationType(String zh, String phrase) {
		this.zh = zh;
		this.phrase = phrase;
	}

	public String zh() {
		return this.zh;
	}

	/** How a sentence reads this relationship from its start node to its end node. */
	public String phrase() {
		return this.phrase;
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
