package org.oversight.entity;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.Fixtures;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.graph.Cypher;
import org.oversight.ingest.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@GraphTest
class EntityEditsIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Importer importer;

	@Autowired
	Cypher cypher;

	String p;

	@BeforeEach
	void loadSmallCity() {
		this.p = TestData.prefix();
		TestData.load(this.importer, this.p, Fixtures.smallCity());
	}

	@Test
	void createsAnEntityWithItsReferencesAndProvenance() {
		this.graphQl.document("""
				mutation { createFinding(input: {id: "%1$sF-1", teamId: "%1$sT-1", orgId: "%1$sA-JT",
				  category: EIGHT_RULES, foundDate: "2021-05-10", severity: HIGH, title: "违规发放津补贴", amount: 86000}) {
				  id categoryZh organization { name } provenance { version source recordedAt } } }""".formatted(this.p))
			.execute()
			.errors()
			.expect((e) -> "VALIDATION".equals(e.getExtensions().get("code"))
					&& "teamId".equals(e.getExtensions().get("field")) && e.getMessage().contains(this.p + "T-1"))
			.verify();
		createRoundAndTeam();
		this.graphQl
			.document(
					"""
							mutation { createFinding(input: {id: "%1$sF-1", teamId: "%1$sT-1", orgId: "%1$sA-JT",
							  category: EIGHT_RULES, foundDate: "2021-05-10", severity: HIGH, title: "违规发放津补贴", amount: 86000}) {
							  id categoryZh organization { name } team { round { committee { name } } } provenance { version source } } }"""
						.formatted(this.p))
			.execute()
			.path("createFinding.categoryZh")
			.entity(String.class)
			.isEqualTo("违反中央八项规定精神")
			.path("createFinding.organization.name")
			.entity(String.class)
			.isEqualTo("安平县交通运输局")
			.path("createFinding.team.round.committee.name")
			.entity(String.class)
			.isEqualTo("安平县委")
			.path("createFinding.provenance.version")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("createFinding.provenance.source")
			.entity(String.class)
			.isEqualTo("api");
	}

	@Test
	void aFailedEditChangesNothing() {
		long[] before = TestData.graphSize(this.cypher, this.p);
		// the second reference is wrong: the first must not be written either
		this.graphQl.document("""
				mutation { createContract(input: {id: "%1$sCT-2", projectId: "%1$sPRJ-ROAD", companyId: "%1$sA-JT",
				  amount: 10, signedDate: "2020-01-01"}) { id } }""".formatted(this.p))
			.execute()
			.errors()
			.expect((e) -> "companyId".equals(e.getExtensions().get("field"))
					&& e.getMessage().contains("is a Organization, expected Company"))
			.verify();
		this.graphQl
			.document(
					"""
							mutation { updateProject(id: "%1$sPRJ-ROAD", expectedVersion: 0, input: {name: "改名", startDate: "2020-01-01",
							  endDate: "2019-01-01"}) { id } }"""
						.formatted(this.p))
			.execute()
			.errors()
			.expect((e) -> "VALIDATION".equals(e.getExtensions().get("code"))
					&& "endDate".equals(e.getExtensions().get("field")))
			.verify();
		this.graphQl
			.document("""
					mutation { updateOrganization(id: "%1$sA", expectedVersion: 0, input: {name: null}) { id } }"""
				.formatted(this.p))
			.execute()
			.errors()
			.expect((e) -> "name".equals(e.getExtensions().get("field")) && e.getMessage().contains("required"))
			.verify();
		assertThat(TestData.graphSize(this.cypher, this.p)).containsExactly(before);
		this.graphQl.document("{ node(id: \"" + this.p + "PRJ-ROAD\") { ... on Project { name } } }")
			.execute()
			.path("node.name")
			.entity(String.class)
			.isEqualTo("青石镇通村道路");
	}

	@Test
	void refusesAnUpdateBasedOnAStaleVersion() {
		String update = """
				mutation { updateOrganization(id: "%1$sA-JY", expectedVersion: %2$d, input: {name: "%3$s", parentId: "%1$sB"}) {
				  name parent { id } provenance { version } } }""";
		this.graphQl.document(update.formatted(this.p, 0, "安平县教育体育局"))
			.execute()
			.path("updateOrganization.provenance.version")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("updateOrganization.parent.id")
			.entity(String.class)
			.isEqualTo(this.p + "B");
		// a second editor who read version 0 is refused, and the first editor's change
		// stays
		this.graphQl.document(update.formatted(this.p, 0, "别人的改动"))
			.execute()
			.errors()
			.expect((e) -> "CONFLICT".equals(e.getExtensions().get("code")) && e.getMessage().contains("version 1"))
			.verify();
		this.graphQl.document("{ node(id: \"" + this.p + "A-JY\") { ... on Organization { name } } }")
			.execute()
			.path("node.name")
			.entity(String.class)
			.isEqualTo("安平县教育体育局");
	}

	@Test
	void refusesDuplicateIdsAndUnknownEntities() {
		this.graphQl.document("""
				mutation { createCompany(input: {id: "%1$sA", name: "重复"}) { id } }""".formatted(this.p))
			.execute()
			.errors()
			.expect((e) -> "CONFLICT".equals(e.getExtensions().get("code"))
					&& "id".equals(e.getExtensions().get("field")))
			.verify();
		this.graphQl
			.document("""
					mutation { updateCompany(id: "%1$sNOPE", expectedVersion: 0, input: {name: "x"}) { id } }"""
				.formatted(this.p))
			.execute()
			.errors()
			.expect((e) -> "NOT_FOUND".equals(e.getExtensions().get("code")))
			.verify();
	}

	@Test
	void linksAndUnlinksWithChecks() {
		String position = """
				mutation { %2$s(input: {kind: POSITION, from: "%1$sP-LI", to: "%1$sA-JY",
				  values: [{field: "title", value: "科员"}, {field: "start_date", value: "2021-01-01"}, %3$s]}) { changed } }""";
		this.graphQl.document(position.formatted(this.p, "link", "{field: \"isLeader\", value: \"false\"}"))
			.execute()
			.path("link.changed")
			.entity(Integer.class)
			.isEqualTo(1);
		this.graphQl.document(position.formatted(this.p, "link", "{field: \"end_date\", value: \"2020-01-01\"}"))
			.execute()
			.errors()
			.expect((e) -> "endDate".equals(e.getExtensions().get("field")))
			.verify();
		assertThat(positionsOfLi()).isOne();
		this.graphQl.document(position.formatted(this.p, "unlink", "{field: \"isLeader\", value: \"false\"}"))
			.execute()
			.path("unlink.changed")
			.entity(Integer.class)
			.isEqualTo(1);
		assertThat(positionsOfLi()).isZero();
	}

	private long positionsOfLi() {
		return TestData.count(this.cypher, "MATCH (:Person {id: $id})-[r:HOLDS_POSITION]->() RETURN count(r)",
				Map.of("id", this.p + "P-LI"));
	}

	private void createRoundAndTeam() {
		this.graphQl.document("""
				mutation {
				  r: createInspectionRound(input: {id: "%1$sRD-1", name: "第一轮", committeeId: "%1$sA", type: REGULAR,
				     startDate: "2021-04-01", endDate: "2021-06-01"}) { id }
				  t: createInspectionTeam(input: {id: "%1$sT-1", name: "第一巡察组", roundId: "%1$sRD-1"}) { id }
				}""".formatted(this.p)).execute().errors().verify();
	}

}
