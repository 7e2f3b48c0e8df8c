package org.oversight.inspection;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.TestGraphQl;
import org.oversight.graph.Cypher;
import org.oversight.ingest.Importer;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recusal screening finds each kind of tie planted in {@link PlanningFixture}, each with
 * its path, and none of the near misses; assigning a conflicted member needs a written
 * reason, which is recorded.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecusalIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient client;

	@Autowired
	Importer importer;

	@Autowired
	UserService users;

	@Autowired
	Cypher cypher;

	String p;

	static final List<String> PROPOSED = List.of("M-POS", "M-POS-OLD", "M-KIN", "M-ASSOC", "M-COL", "M-COL-OLD", "M-CO",
			"M-ACC", "M-ACC-OLD", "M-REG", "M-CLEAN");

	@BeforeAll
	void load() {
		this.p = TestData.prefix();
		TestData.load(this.importer, this.p, PlanningFixture.files());
	}

	private String ids(List<String> local) {
		return local.stream().map((id) -> "\"" + this.p + id + "\"").toList().toString();
	}

	private Set<String> conflicts(String args) {
		List<Map<String, Object>> found = this.graphQl
			.document("{ recusalCheck(" + args + ") { conflicts { member { id } target { id } kind } } }")
			.execute()
			.path("recusalCheck.conflicts")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		Set<String> result = new TreeSet<>();
		for (Map<String, Object> c : found) {
			String member = ((Map<?, ?>) c.get("member")).get("id").toString().substring(this.p.length());
			String target = ((Map<?, ?>) c.get("target")).get("id").toString().substring(this.p.length());
			result.add(member + ">" + target + ":" + c.get("kind"));
		}
		return result;
	}

	@Test
	void findsEachKindOfTieAndNoneOfTheNearMisses() {
		Set<String> found = conflicts(
				"memberIds: " + ids(PROPOSED) + ", targetIds: " + ids(List.of("A-JT")) + ", asOf: \"2022-03-07\"");
		assertThat(found).containsExactlyInAnyOrder("M-POS>A-JT:POSITION_IN_TARGET", "M-KIN>A-JT:KIN_OF_LEADER",
				"M-COL>A-JT:COLLEAGUE", "M-CO>A-JT:SHARED_COMPANY", "M-ACC>A-JT:SHARED_ACCOUNT");
	}

	@Test
	void sameRegionCountsWhenAskedOrInACrossRound() {
		Set<String> asked = conflicts("memberIds: " + ids(PROPOSED) + ", targetIds: " + ids(List.of("A-JT"))
				+ ", asOf: \"2022-03-07\", includeRegion: true");
		assertThat(asked).contains("M-REG>A-JT:SAME_REGION").hasSize(6);
		assertThat(conflicts("teamId: \"" + this.p + "TX\"")).containsExactly("M-REG>A-JT:SAME_REGION");
	}

	@Test
	void aShorterLookbackDropsTheOlderTies() {
		Set<String> found = conflicts("memberIds: " + ids(PROPOSED) + ", targetIds: " + ids(List.of("A-JT"))
				+ ", asOf: \"2022-03-07\", lookbackYears: 1");
		// the transfer of 2021-05-01 lies within one year of the round's start
		assertThat(found).containsExactlyInAnyOrder("M-KIN>A-JT:KIN_OF_LEADER", "M-CO>A-JT:SHARED_COMPANY",
				"M-ACC>A-JT:SHARED_ACCOUNT");
	}

	@Test
	void eachConflictCarriesThePathAsEvidence() {
		var response = this.graphQl
			.document("{ recusalCheck(memberIds: " + ids(List.of("M-KIN", "M-ACC")) + ", targetIds: "
					+ ids(List.of("A-JT")) + ", asOf: \"2022-03-07\") { conflicts { kind kindZh evidence { "
					+ "nodes { id } edges { type from to } } } } }")
			.execute();
		List<Map<String, Object>> conflicts = response.path("recusalCheck.conflicts")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		Map<String, Object> kin = conflicts.stream()
			.filter((c) -> c.get("kind").equals("KIN_OF_LEADER"))
			.findFirst()
			.orElseThrow();
		assertThat(kin.get("kindZh")).isEqualTo("与被巡察单位领导班子成员有亲属关系");
		assertThat(nodes(kin)).containsExactlyInAnyOrder(this.p + "M-KIN", this.p + "HEAD", this.p + "A-JT");
		assertThat(edgeTypes(kin)).containsExactlyInAnyOrder("RELATED_TO", "HOLDS_POSITION");
		Map<String, Object> account = conflicts.stream()
			.filter((c) -> c.get("kind").equals("SHARED_ACCOUNT"))
			.findFirst()
			.orElseThrow();
		assertThat(nodes(account)).contains(this.p + "ACC-M", this.p + "ACC-H", this.p + "HEAD");
		assertThat(edgeTypes(account)).contains("TRANSFER", "HELD_BY", "HOLDS_POSITION");
	}

	@SuppressWarnings("unchecked")
	private static List<Object> nodes(Map<String, Object> conflict) {
		return ((List<Map<String, Object>>) ((Map<String, Object>) conflict.get("evidence")).get("nodes")).stream()
			.map((n) -> n.get("id"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Object> edgeTypes(Map<String, Object> conflict) {
		return ((List<Map<String, Object>>) ((Map<String, Object>) conflict.get("evidence")).get("edges")).stream()
			.map((n) -> n.get("type"))
			.distinct()
			.toList();
	}

	private String assign(String person, String reason, String extra) {
		return "mutation { assignTeamMember(input: {teamId: \"" + this.p + "T\", personId: \"" + this.p + person
				+ "\", role: MEMBER, specialty: \"财务\""
				+ ((reason != null) ? ", overrideReason: \"" + reason + "\"" : "") + extra
				+ "}) { overridden conflicts { kind } membership { role specialty overrideReason "
				+ "authorizedFrom person { id } team { id } } } }";
	}

	private long memberships(String person) {
		return TestData.count(this.cypher,
				"MATCH (:Person {id: $p})-[m:MEMBER_OF]->(:InspectionTeam {id: $t}) RETURN count(m)",
				Map.of("p", this.p + person, "t", this.p + "T"));
	}

	@Test
	void assigningAConflictedMemberWithoutAReasonIsRefusedAndChangesNothing() {
		this.graphQl.document(assign("M-KIN", null, ""))
			.execute()
			.errors()
			.expect((e) -> "CONFLICT_OF_INTEREST".equals(e.getExtensions().get("code"))
					&& "overrideReason".equals(e.getExtensions().get("field"))
					&& e.getMessage().contains("KIN_OF_LEADER") && e.getMessage().contains(this.p + "A-JT"))
			.verify();
		this.graphQl.document(assign("M-KIN", "   ", ""))
			.execute()
			.errors()
			.expect((e) -> "CONFLICT_OF_INTEREST".equals(e.getExtensions().get("code")))
			.verify();
		assertThat(memberships("M-KIN")).isZero();
	}

	@Test
	void anOverrideIsRecordedOnTheMembershipAndInTheAuditTrail() {
		var response = this.graphQl.document(assign("M-CO", "唯一熟悉工程审计的干部，经巡察办主任批准", "")).execute();
		response.path("assignTeamMember.overridden").entity(Boolean.class).isEqualTo(true);
		response.path("assignTeamMember.conflicts[0].kind").entity(String.class).isEqualTo("SHARED_COMPANY");
		response.path("assignTeamMember.membership.overrideReason")
			.entity(String.class)
			.isEqualTo("唯一熟悉工程审计的干部，经巡察办主任批准");
		assertThat(this.cypher.read(
				"MATCH (:Person {id: $p})-[m:MEMBER_OF]->(:InspectionTeam {id: $t}) "
						+ "RETURN m.overrideReason AS reason, m.overriddenBy AS by, m.overrideConflicts AS conflicts",
				Map.of("p", this.p + "M-CO", "t", this.p + "T"),
				(r) -> r.get("reason").asString() + "|" + r.get("by").asString() + "|"
						+ r.get("conflicts").get(0).asString()))
			.singleElement()
			.asString()
			.startsWith("唯一熟悉工程审计的干部，经巡察办主任批准|admin|" + this.p + "M-CO→" + this.p + "A-JT: SHARED_COMPANY");
		assertThat(TestData.count(this.cypher,
				"MATCH (a:__Audit {operation: 'recusal-override'}) WHERE $p IN a.entities AND a.outcome CONTAINS $r "
						+ "RETURN count(a)",
				Map.of("p", this.p + "M-CO", "r", "唯一熟悉工程审计的干部")))
			.isEqualTo(1);
	}

	@Test
	void aMemberWithoutTiesIsAssignedWithinTheRound() {
		// M-CLEAN leads the cross team of a round at the same time, so M-FREE is the one
		// without ties
		var response = this.graphQl.document(assign("M-FREE", null, ", authorizedFrom: \"2022-03-07\"")).execute();
		response.path("assignTeamMember.overridden").entity(Boolean.class).isEqualTo(false);
		response.path("assignTeamMember.membership.authorizedFrom").entity(String.class).isEqualTo("2022-03-07");
		response.path("assignTeamMember.membership.overrideReason").valueIsNull();
		assertThat(memberships("M-FREE")).isEqualTo(1);
		// The tie is written by the model kernel's writer, which stamps its provenance as
		// it stamps every tie's: recorded once, updated only when something changed.
		assertThat(stamps("M-FREE")).isEqualTo("api|admin|true|null|null");
		this.graphQl.document(assign("M-FREE", null, ", authorizedFrom: \"2022-03-07\"")).execute();
		assertThat(stamps("M-FREE")).isEqualTo("api|admin|true|null|null");
		this.graphQl.document(assign("M-FREE", null, ", authorizedFrom: \"2022-03-08\""))
			.execute()
			.path("assignTeamMember.membership.authorizedFrom")
			.entity(String.class)
			.isEqualTo("2022-03-08");
		assertThat(stamps("M-FREE")).isEqualTo("api|admin|true|admin|api");
		assertThat(memberships("M-FREE")).isEqualTo(1);
	}

	/** source|recordedBy|recordedAt set|updatedBy|updatedSource of a membership. */
	private String stamps(String person) {
		return this.cypher
			.read("MATCH (:Person {id: $p})-[m:MEMBER_OF]->(:InspectionTeam {id: $t}) RETURN m.source + '|' + "
					+ "m.recordedBy + '|' + toString(m.recordedAt IS NOT NULL) + '|' + coalesce(m.updatedBy, 'null') + '|' "
					+ "+ coalesce(m.updatedSource, 'null') AS s", Map.of("p", this.p + person, "t", this.p + "T"),
					(r) -> r.get("s").asString())
			.get(0);
	}

	@Test
	void badInputIsRefusedWithTheFieldAndChangesNothing() {
		this.graphQl.document(assign("M-POS-OLD", null, ", authorizedFrom: \"2022-01-01\""))
			.execute()
			.errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getExtensions().get("code"))
					&& "authorizedFrom".equals(e.getExtensions().get("field")))
			.verify();
		this.graphQl
			.document(assign("M-POS-OLD", null, ", authorizedTo: \"2022-04-01\", authorizedFrom: \"2022-04-02\""))
			.execute()
			.errors()
			.expect((e) -> "authorizedTo".equals(e.getExtensions().get("field")))
			.verify();
		this.graphQl.document(assign("NOBODY", null, ""))
			.execute()
			.errors()
			.expect((e) -> "NOT_FOUND".equals(e.getExtensions().get("code"))
					&& "personId".equals(e.getExtensions().get("field")))
			.verify();
		this.graphQl.document("{ recusalCheck(teamId: \"" + this.p + "NO-TEAM\") { clear } }")
			.execute()
			.errors()
			.expect((e) -> "NOT_FOUND".equals(e.getExtensions().get("code"))
					&& "teamId".equals(e.getExtensions().get("field")))
			.verify();
		this.graphQl.document("{ recusalCheck(memberIds: [], targetIds: [], lookbackYears: 99) { clear } }")
			.execute()
			.errors()
			.expect((e) -> "lookbackYears".equals(e.getExtensions().get("field")))
			.verify();
		assertThat(memberships("M-POS-OLD")).isZero();
	}

	@Test
	void onlyAdministratorsAssign() {
		String login = this.p + "analyst";
		this.users.save(login, "a-long-test-password", Role.ANALYST, null, null, null);
		TestGraphQl.as(this.client, login, "a-long-test-password")
			.document(assign("M-CLEAN", null, ""))
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
	}

}
