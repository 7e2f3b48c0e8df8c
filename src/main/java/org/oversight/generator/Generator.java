package org.oversight.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Writes a synthetic prefecture as an import bundle: at scale 1 about 10 counties, 150
 * townships, 2,000 villages, 50,000 persons, 20,000 companies, 10,000 projects and
 * 1,000,000 transfers, with nine rounds of inspection per committee and what came of
 * them. Every file is streamed; the same scale and seed give the same bytes. The planted
 * red flags and every other hit the data holds are listed in
 * {@code expected-red-flags.json}.
 */
public final class Generator {

	/** The ground truth's file name in the bundle folder. */
	public static final String GROUND_TRUTH = GroundTruth.FILE;

	private final double scale;

	private final long seed;

	public Generator(double scale, long seed) {
		if (!(scale > 0) || Double.isInfinite(scale)) {
			throw new IllegalArgumentException("--scale must be a number above 0, not " + scale);
		}
		this.scale = scale;
		this.seed = seed;
	}

	/**
	 * What was written.
	 *
	 * @param rows rows per file
	 * @param hits ground-truth hits per rule
	 * @param planted hits planted per rule
	 */
	public record Summary(Map<String, Long> rows, Map<String, Integer> hits, int planted) {

		public long total() {
			return this.rows.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	public Summary run(Path folder, Consumer<String> out) {
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Layout layout = new Layout(this.scale);
		Progress progress = new Progress(out);
		progress.say(String.format(
				"Generating scale %s (seed %d) into %s: %,d organizations, %,d persons, %,d companies, "
						+ "%,d projects, %,d transfers",
				this.scale, this.seed, folder, layout.organizations(), layout.persons, layout.companies,
				layout.projects, layout.transfers));
		try (BundleFiles files = new BundleFiles(folder);
				GroundTruth truth = new GroundTruth(folder, this.scale, this.seed)) {
			declare(files);
			new StructureWriter(layout, files).write();
			new PeopleWriter(layout, files, random(1), progress).write();
			new MoneyWriter(layout, files, random(2), progress).write();
			new InspectionWriter(layout, files, random(3), truth, progress).write();
			new PlantedPatterns(layout, files, truth).write();
			manifest(folder);
			Summary summary = new Summary(files.counts(), truth.counts(), layout.plants);
			progress.say(String.format("Wrote %,d rows; planted %d hits of each of the %d rules", summary.total(),
					layout.plants, GroundTruth.RULES.size()));
			return summary;
		}
	}

	/**
	 * One stream of random numbers per area, so a change in one area leaves the others'
	 * data alone.
	 */
	private SplittableRandom random(int area) {
		return new SplittableRandom(this.seed * 1_000_003L + area);
	}

	private void manifest(Path folder) {
		String json = String.format(
				"{%n  \"format\": 1,%n  \"name\": \"synthetic prefecture, scale %s, seed %d\",%n"
						+ "  \"source\": \"oversight-graph generate --scale %s --seed %d\"%n}%n",
				this.scale, this.seed, this.scale, this.seed);
		try {
			Files.writeString(folder.resolve("manifest.json"), json, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void declare(BundleFiles files) {
		files.declare("regions.csv", "id", "name", "level", "code", "parent_id");
		files.declare("organizations.csv", "id", "name", "kind", "level", "parent_id", "sector", "region_id");
		files.declare("persons.csv", "id", "name", "gender", "birth_year", "party_member");
		files.declare("companies.csv", "id", "name", "reg_no", "address", "phone");
		files.declare("projects.csv", "id", "name", "org_id", "sector", "budget", "start_date", "end_date", "status",
				"unit", "accepted_quantity", "measured_quantity", "region_id", "planned_start_date", "planned_end_date",
				"final_account");
		files.declare("contracts.csv", "id", "project_id", "company_id", "amount", "signed_date", "procurement",
				"approved_by", "name");
		files.declare("funds.csv", "id", "name", "program", "source_org_id", "amount", "year");
		files.declare("accounts.csv", "id", "holder_id", "kind", "bank", "name");
		files.declare("terms.csv", "id", "name", "committee_id", "start_date", "end_date");
		files.declare("rounds.csv", "id", "name", "committee_id", "type", "term", "term_id", "number", "start_date",
				"end_date", "sector");
		files.declare("teams.csv", "id", "round_id", "name");
		files.declare("findings.csv", "id", "team_id", "org_id", "category", "found_date", "sector", "severity",
				"title", "description", "amount");
		files.declare("institutional_fixes.csv", "id", "name", "org_id", "issued_date", "finding_id");
		files.declare("petitions.csv", "id", "received_date", "name", "summary", "about_id", "received_by", "status");
		files.declare("leads.csv", "id", "team_id", "source", "status", "created_date", "finding_id", "disposal",
				"transferred_to", "summary", "name", "green_channel");
		files.declare("cases.csv", "id", "opened_date", "lead_id", "handled_by", "status", "closed_date", "name");
		files.declare("sanctions.csv", "id", "person_id", "type", "date", "case_id", "name");
		files.declare("rectifications.csv", "id", "finding_id", "task", "deadline", "status", "responsible_org_id",
				"responsible_person_id", "completed_date", "regulation", "name", "evidence");
		files.declare("transfers.csv", "id", "from_account_id", "to_account_id", "amount", "date", "kind", "fund_id",
				"project_id", "purpose");
		files.declare("positions.csv", "person_id", "org_id", "title", "start_date", "end_date", "rank", "is_leader",
				"is_head");
		files.declare("relations.csv", "person_id", "other_person_id", "relation");
		files.declare("company_roles.csv", "person_id", "company_id", "role", "share");
		files.declare("bids.csv", "company_id", "project_id", "amount", "bid_date", "won");
		files.declare("joint_rounds.csv", "round_id", "partner_round_id");
		files.declare("team_members.csv", "team_id", "person_id", "role", "specialty", "authorized_from",
				"authorized_to");
		files.declare("team_targets.csv", "team_id", "org_id");
		files.declare("finding_links.csv", "finding_id", "entity_id", "role");
		files.declare("lead_links.csv", "lead_id", "entity_id", "role");
		files.declare("case_subjects.csv", "case_id", "person_id");
		files.declare("households.csv", "id", "name", "village_id", "poverty_status", "allowance");
		files.declare("household_members.csv", "person_id", "household_id", "role");
		files.declare("subsidies.csv", "from_account_id", "household_id", "date", "kind", "amount", "fund_id",
				"purpose");
	}

}
