package org.oversight.generator;

/**
 * The administrative tree and its organizations: regions, the city and county committees
 * with their discipline bodies and departments, townships and villages; each
 * organization's public account, each committee's revenue account and its term.
 */
final class StructureWriter {

	static final String CITY = "云岭市";

	private final Layout layout;

	private final BundleFiles files;

	StructureWriter(Layout layout, BundleFiles files) {
		this.layout = layout;
		this.files = files;
	}

	void write() {
		regions();
		for (int org = 0; org < this.layout.organizations(); org++) {
			organization(org);
			this.files.row("accounts.csv", Layout.publicAccount(org), Layout.org(org), "PUBLIC", bank(org),
					name(org) + "基本户");
		}
		for (int k = 0; k < this.layout.committees(); k++) {
			this.files.row("accounts.csv", Layout.revenueAccount(k), Layout.org(Layout.committee(k)), "PUBLIC", bank(k),
					"国库收入户");
			this.files.row("terms.csv", Layout.term(k), "第十四届" + ((k == 0) ? "市委" : "县委"),
					Layout.org(Layout.committee(k)), Layout.TERM_START, Layout.TERM_END);
		}
	}

	private void regions() {
		this.files.row("regions.csv", "R-CITY", CITY, "CITY", "539900", null);
		for (int c = 0; c < this.layout.counties; c++) {
			this.files.row("regions.csv", county(c), countyName(c), "COUNTY", String.format("5399%02d", c + 1),
					"R-CITY");
		}
		for (int t = 0; t < this.layout.townships; t++) {
			int org = this.layout.townshipBase() + t;
			this.files.row("regions.csv", region(org), Names.place(org) + "镇", "TOWNSHIP",
					String.format("5399%02d%03d", this.layout.countyOf(org) + 1, t + 1),
					county(this.layout.countyOf(org)));
		}
		for (int v = 0; v < this.layout.villages; v++) {
			int org = this.layout.villageBase() + v;
			this.files.row("regions.csv", region(org), Names.place(org) + "村", "VILLAGE",
					String.format("5399%02d%06d", this.layout.countyOf(org) + 1, v + 1),
					region(this.layout.townshipOfVillage(org)));
		}
	}

	private void organization(int org) {
		String parent = (this.layout.parent(org) < 0) ? null : Layout.org(this.layout.parent(org));
		if (this.layout.isTownship(org)) {
			this.files.row("organizations.csv", Layout.org(org), name(org), "PARTY_COMMITTEE", "TOWNSHIP", parent, null,
					region(org));
		}
		else if (org >= this.layout.villageBase()) {
			this.files.row("organizations.csv", Layout.org(org), name(org), "VILLAGE", "VILLAGE", parent, "GRASSROOTS",
					region(org));
		}
		else {
			int within = org % Layout.BLOCK;
			String level = (org < Layout.BLOCK) ? "CITY" : "COUNTY";
			String kind = (within == 0) ? "PARTY_COMMITTEE" : (within == 1) ? "DISCIPLINE_BODY" : "DEPARTMENT";
			String sector = (within >= 2) ? Names.DEPARTMENTS[within - 2][1] : null;
			if ("STATE_ENTERPRISE".equals(sector)) {
				kind = "STATE_ENTERPRISE";
			}
			this.files.row("organizations.csv", Layout.org(org), name(org), kind, level, parent, sector, region(org));
		}
	}

	String name(int org) {
		if (this.layout.isTownship(org)) {
			return Names.place(org) + "镇党委";
		}
		if (org >= this.layout.villageBase()) {
			return Names.place(org) + "村党支部";
		}
		int county = this.layout.countyOf(org);
		String place = (county < 0) ? CITY : countyName(county);
		int within = org % Layout.BLOCK;
		if (within == 0) {
			return "中共" + place + "委员会";
		}
		if (within == 1) {
			return place + "纪委监委";
		}
		return place + Names.DEPARTMENTS[within - 2][0];
	}

	private String region(int org) {
		if (this.layout.isTownship(org) || org >= this.layout.villageBase()) {
			return String.format("R-%06d", org);
		}
		int county = this.layout.countyOf(org);
		return (county < 0) ? "R-CITY" : county(county);
	}

	private static String county(int c) {
		return String.format("R-C%02d", c + 1);
	}

	static String countyName(int c) {
		return Names.place(90_000 + c) + "县";
	}

	private static String bank(int index) {
		String[] banks = { "农村商业银行", "中国农业银行", "中国建设银行", "中国工商银行" };
		return CITY + banks[index % banks.length];
	}

}
