package org.oversight.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.oversight.generator.Layout;

/**
 * Draws parameters from a generated dataset. Ids follow the generator's arithmetic, so a
 * random official, account or term needs no query.
 */
final class Pickers {

	private static final String[] TEXTS = { "交通运输局", "教育局", "道路硬化", "乡村振兴", "建设工程有限公司", "村党支部", "巡察", "饮水安全", "财政局",
			"卫生健康" };

	private static final String[] LEVELS = { "CITY", "COUNTY", "TOWNSHIP", "VILLAGE" };

	private final Layout layout;

	Pickers(Layout layout) {
		this.layout = layout;
	}

	Map<String, Object> pick(String picker, SplittableRandom random) {
		return switch (picker) {
			case "person" -> Map.of("id", official(random));
			case "twoPersons" -> twoOfficials(random);
			case "text" -> Map.of("text", TEXTS[random.nextInt(TEXTS.length)]);
			case "level" -> Map.of("level", LEVELS[random.nextInt(LEVELS.length)]);
			case "upperAccount" -> Map.of("id", Layout.publicAccount(upperOrg(random)));
			case "term" -> term(random.nextInt(this.layout.counties + 1));
			default -> throw new IllegalArgumentException("no picker " + picker);
		};
	}

	/**
	 * Two different officials: a path from a person to itself is no question, and
	 * Cypher's {@code allShortestPaths} refuses one.
	 */
	private Map<String, Object> twoOfficials(SplittableRandom random) {
		String from = official(random);
		String to = official(random);
		while (to.equals(from)) {
			to = official(random);
		}
		return Map.of("from", from, "to", to);
	}

	/**
	 * An official of a township or village (they hold positions, accounts, relatives).
	 */
	private String official(SplittableRandom random) {
		int org = this.layout.villageBase() + random.nextInt(this.layout.organizations() - this.layout.villageBase());
		return Layout.person(officialOf(org, random));
	}

	private int officialOf(int village, SplittableRandom random) {
		return this.layout.officialBase(village) + random.nextInt(3);
	}

	/**
	 * The city committee or a county committee: where allocations start their way down.
	 */
	private int upperOrg(SplittableRandom random) {
		return (random.nextInt(4) == 0) ? 0 : Layout.committee(1 + random.nextInt(this.layout.counties));
	}

	private static Map<String, Object> term(int k) {
		List<String> rounds = new ArrayList<>();
		for (int r = 1; r <= Layout.ROUNDS; r++) {
			rounds.add(String.format("RND-%02d-%d", k, r));
		}
		return Map.of("term", Layout.term(k), "rounds", rounds);
	}

}
