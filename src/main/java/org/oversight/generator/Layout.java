package org.oversight.generator;

import java.time.LocalDate;

/**
 * The shape of a generated prefecture at a scale, and the arithmetic that names every
 * entity: ids are derived from indexes ({@code PER-000042}), so any part of the generator
 * (and the benchmark) can refer to any entity without keeping lists in memory.
 *
 * <p>
 * Organizations are numbered in blocks: the city committee (0), the city discipline body
 * (1) and the city departments (2 to 17); then per county a block of 18 (committee,
 * discipline body, 16 departments); then the townships; then the villages. A parent's
 * index is always below its children's, which the money flows rely on to stay acyclic.
 */
public final class Layout {

	/**
	 * Organizations per city or county block: committee, discipline body, departments.
	 */
	static final int BLOCK = 18;

	/** Official slots of a city or county organization, a township, a village. */
	static final int HEAD_SLOTS = 8;

	static final int TOWNSHIP_SLOTS = 6;

	static final int VILLAGE_SLOTS = 3;

	/** Rounds per committee and term. */
	public static final int ROUNDS = 9;

	/** The date red flags are asked on, written to the ground truth. */
	public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

	static final LocalDate TERM_START = LocalDate.of(2021, 9, 1);

	static final LocalDate TERM_END = LocalDate.of(2026, 8, 31);

	final double scale;

	/** Counties of the prefecture. */
	public final int counties;

	final int townships;

	final int villages;

	final int persons;

	final int companies;

	final int projects;

	final long transfers;

	final int officials;

	final int relatives;

	final int business;

	final int residents;

	/** How many of each red-flag pattern are planted. */
	final int plants;

	private final int townshipBase;

	private final int villageBase;

	public Layout(double scale) {
		this.scale = scale;
		this.counties = atLeast(1, 10 * scale);
		this.townships = Math.max(this.counties, (int) Math.round(150 * scale));
		this.villages = Math.max(this.townships, (int) Math.round(2000 * scale));
		this.townshipBase = BLOCK * (1 + this.counties);
		this.villageBase = this.townshipBase + this.townships;
		this.officials = this.townshipBase * HEAD_SLOTS + this.townships * TOWNSHIP_SLOTS
				+ this.villages * VILLAGE_SLOTS;
		this.relatives = (this.officials + 1) / 2;
		int wanted = (int) Math.round(50_000 * scale);
		this.business = Math.max(50, wanted / 5);
		this.residents = Math.max(0, wanted - this.officials - this.relatives - this.business);
		this.persons = this.officials + this.relatives + this.business + this.residents;
		this.projects = atLeast(10, 10_000 * scale);
		this.companies = Math.max(2 * this.projects, atLeast(20, 20_000 * scale));
		this.transfers = Math.max(1_000, Math.round(1_000_000 * scale));
		this.plants = Math.max(2, (int) Math.ceil(10 * scale));
	}

	private static int atLeast(int min, double value) {
		return Math.max(min, (int) Math.round(value));
	}

	/** All organizations of the background (planted ones come on top). */
	public int organizations() {
		return this.villageBase + this.villages;
	}

	public int villageBase() {
		return this.villageBase;
	}

	int townshipBase() {
		return this.townshipBase;
	}

	// ---- organizations

	public static String org(int index) {
		return String.format("ORG-%05d", index);
	}

	/**
	 * The county of a county-block, township or village organization; -1 for the city.
	 */
	int countyOf(int org) {
		if (org < BLOCK) {
			return -1;
		}
		if (org < this.townshipBase) {
			return org / BLOCK - 1;
		}
		if (org < this.villageBase) {
			return (org - this.townshipBase) % this.counties;
		}
		return countyOf(townshipOfVillage(org));
	}

	int townshipOfVillage(int village) {
		return this.townshipBase + (village - this.villageBase) % this.townships;
	}

	/** The organization above; -1 for the city committee. */
	int parent(int org) {
		if (org == 0) {
			return -1;
		}
		if (org < BLOCK) {
			return 0;
		}
		if (org < this.townshipBase) {
			int block = org / BLOCK * BLOCK;
			return (org == block) ? 0 : block;
		}
		if (org < this.villageBase) {
			return committee(countyOf(org) + 1);
		}
		return townshipOfVillage(org);
	}

	/** Committee k: 0 the city, k ≥ 1 county k - 1. */
	public static int committee(int k) {
		return k * BLOCK;
	}

	static int disciplineBody(int k) {
		return k * BLOCK + 1;
	}

	int committees() {
		return this.counties + 1;
	}

	/** The committee whose rounds cover an organization; -1 when none does. */
	int coveringCommittee(int org) {
		if (org < this.townshipBase && org % BLOCK < 2) {
			return -1;
		}
		return countyOf(org) + 1;
	}

	boolean isDepartment(int org) {
		return org < this.townshipBase && org % BLOCK >= 2;
	}

	boolean isTownship(int org) {
		return org >= this.townshipBase && org < this.villageBase;
	}

	// ---- officials (persons 0 .. officials-1 hold positions)

	int slots(int org) {
		return (org < this.townshipBase) ? HEAD_SLOTS : (org < this.villageBase) ? TOWNSHIP_SLOTS : VILLAGE_SLOTS;
	}

	/** The first official (person index) of an organization. */
	public int officialBase(int org) {
		if (org < this.townshipBase) {
			return org * HEAD_SLOTS;
		}
		if (org < this.villageBase) {
			return this.townshipBase * HEAD_SLOTS + (org - this.townshipBase) * TOWNSHIP_SLOTS;
		}
		return this.townshipBase * HEAD_SLOTS + this.townships * TOWNSHIP_SLOTS
				+ (org - this.villageBase) * VILLAGE_SLOTS;
	}

	int orgOfOfficial(int official) {
		int heads = this.townshipBase * HEAD_SLOTS;
		if (official < heads) {
			return official / HEAD_SLOTS;
		}
		int towns = heads + this.townships * TOWNSHIP_SLOTS;
		if (official < towns) {
			return this.townshipBase + (official - heads) / TOWNSHIP_SLOTS;
		}
		return this.villageBase + (official - towns) / VILLAGE_SLOTS;
	}

	/** Leader slots (领导班子): four in a unit or township, two in a village. */
	boolean isLeaderSlot(int org, int slot) {
		return slot < ((org >= this.villageBase) ? 2 : 4);
	}

	int firstStaffSlot(int org) {
		return (org >= this.villageBase) ? 2 : 4;
	}

	// ---- persons

	public static String person(int index) {
		return String.format("PER-%06d", index);
	}

	int relativeOf(int official) {
		return this.officials + official / 2;
	}

	int businessPerson(int k) {
		return this.officials + this.relatives + Math.floorMod(k, this.business);
	}

	int resident(int k) {
		return (this.residents == 0) ? Math.floorMod(k, this.officials)
				: this.officials + this.relatives + this.business + Math.floorMod(k, this.residents);
	}

	/** Persons with a personal account: officials, business persons and residents. */
	boolean hasAccount(int person) {
		return person < this.officials || person >= this.officials + this.relatives;
	}

	// ---- companies, projects, accounts

	public static String company(int index) {
		return String.format("CO-%06d", index);
	}

	public static String project(int index) {
		return String.format("PRJ-%06d", index);
	}

	/** Organizations that own projects: departments, townships and villages. */
	int projectOwner(int project) {
		int departments = 16 * (1 + this.counties);
		int k = project % (departments + this.townships + this.villages);
		if (k < departments) {
			return (k / 16) * BLOCK + 2 + k % 16;
		}
		return this.townshipBase + (k - departments);
	}

	public static String publicAccount(int org) {
		return String.format("ACC-O-%05d", org);
	}

	public static String corporateAccount(int company) {
		return String.format("ACC-C-%06d", company);
	}

	public static String personalAccount(int person) {
		return String.format("ACC-P-%06d", person);
	}

	/** The revenue account (国库收入户) of committee k: it receives and never pays. */
	static String revenueAccount(int k) {
		return String.format("ACC-R-%02d", k);
	}

	// ---- inspection

	public static String term(int k) {
		return String.format("TERM-%02d", k);
	}

	static String round(int k, int r) {
		return String.format("RND-%02d-%d", k, r + 1);
	}

	static String team(int k, int r, int j) {
		return String.format("TEAM-%02d-%d-%d", k, r + 1, j + 1);
	}

	static LocalDate roundStart(int r) {
		return LocalDate.of(2021, 11, 1).plusMonths(6L * r);
	}

	static LocalDate roundEnd(int r) {
		return roundStart(r).plusDays(60);
	}

	/** Teams per round of committee k: one per about 15 targets. */
	int teamsPerRound(int k) {
		double targets = (k == 0) ? 16 : 16 + (this.townships + this.villages) / (double) this.counties;
		return Math.max(1, (int) Math.ceil(targets / ROUNDS / 15));
	}

	/** Whether round r of a county committee is a cross inspection (交叉巡察). */
	boolean isCross(int k, int r) {
		return k > 0 && r == 5 && this.counties >= 2;
	}

	/**
	 * The round (0-based) an organization is inspected in, or -1 if it is not covered.
	 */
	int roundOf(int org) {
		if (coveringCommittee(org) < 0 || mix(org, 7) % 20 == 19) {
			return -1;
		}
		return (int) (mix(org, 11) % ROUNDS);
	}

	/**
	 * The committee whose team inspects an organization: in a cross round, the previous
	 * county's.
	 */
	int inspectingCommittee(int org) {
		int k = coveringCommittee(org);
		if (isCross(k, roundOf(org))) {
			return Math.floorMod(k - 2, this.counties) + 1;
		}
		return k;
	}

	/** The team (0-based within the round) that inspects an organization. */
	int teamOf(int org) {
		return (int) (mix(org, 13) % teamsPerRound(inspectingCommittee(org)));
	}

	/**
	 * A fixed, well-spread hash of an index: decides coverage and teams without state.
	 */
	static long mix(long value, long salt) {
		long z = value * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return (z ^ (z >>> 31)) & Long.MAX_VALUE;
	}

}
