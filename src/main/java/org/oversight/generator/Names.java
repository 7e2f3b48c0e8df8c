package org.oversight.generator;

import java.util.SplittableRandom;

/** Plausible, masked Chinese names (张某某) and the names of units. */
final class Names {

	static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
			"何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹" };

	/** The departments of a city or county: name and sector code. */
	static final String[][] DEPARTMENTS = { { "教育局", "EDUCATION" }, { "卫生健康局", "HEALTH" }, { "水利局", "WATER" },
			{ "民政局", "CIVIL_AFFAIRS" }, { "乡村振兴局", "POVERTY_ALLEVIATION" }, { "自然资源局", "LAND_RESOURCES" },
			{ "住房和城乡建设局", "CONSTRUCTION" }, { "财政局", "FINANCE" }, { "城市建设投资集团", "STATE_ENTERPRISE" },
			{ "公安局", "JUDICIAL" }, { "体育局", "SPORTS" }, { "农业农村局", "AGRICULTURE" }, { "生态环境局", "ENVIRONMENT" },
			{ "交通运输局", "TRANSPORT" }, { "组织部", "GRASSROOTS" }, { "发展和改革局", "OTHER" } };

	static final String[] PLACE = { "安", "平", "清", "河", "石", "桥", "松", "林", "云", "山", "新", "兴", "东", "西", "南", "北", "龙",
			"泉", "金", "水", "花", "溪", "阳", "明", "青", "田", "沙", "坪", "湾", "岭" };

	private Names() {
	}

	static String person(SplittableRandom random) {
		return SURNAMES[random.nextInt(SURNAMES.length)] + (random.nextInt(3) == 0 ? "某" : "某某");
	}

	/** A two-character place name, fixed per index. */
	static String place(long index) {
		long h = Layout.mix(index, 3);
		return PLACE[(int) (h % PLACE.length)] + PLACE[(int) ((h / PLACE.length) % PLACE.length)];
	}

}
