package org.oversight.person;

import org.oversight.model.Code;

/** Relation between two persons (人际关系); all but ASSOCIATE are kinship. */
public enum Kinship implements Code {

	SPOUSE("配偶"),

	PARENT("父母"),

	CHILD("子女"),

	SIBLING("兄弟姐妹"),

	IN_LAW("姻亲"),

	OTHER_KIN("其他亲属"),

	ASSOCIATE("关系人");

	private final String zh;

	Kinship(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

	@Override
	public Code inverse() {
		return switch (this) {
			case PARENT -> CHILD;
			case CHILD -> PARENT;
			default -> this;
		};
	}

}
