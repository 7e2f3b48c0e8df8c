package org.oversight.entity;

import java.util.List;
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
class EntityApiIT {

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
	void readsAnEntityWithItsRelationsAndChineseTerms() {
		this.graphQl.documentName("organizationProfile")
			.variable("id", this.p + "A-JT")
			.execute()
			.path("node.name")
			.entity(String.class)
			.isEqualTo("安平县交通运输局")
			.path("node.sectorZh")
			.entity(String.class)
			.isEqualTo("交通运输")
			.path("node.parent.id")
			.entity(String.class)
			.isEqualTo(this.p + "A")
			.path("node.positions[0].person.name")
			.entity(String.class)
			.isEqualTo("张某")
			.path("node.positions[0].isHead")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("node.projects[0].contracts[0].company.people[0].person.name")
			.entity(String.class)
			.isEqualTo("李某");
	}

	@Test
	void keepsPersonalIdentifiersOnlyMaskedAndHashed() {
		this.graphQl.document("{ node(id: \"" + this.p + "P-ZHANG\") { ... on Person { idMasked } } }")
			.execute()
			.path("node.idMasked")
			.entity(String.class)
			.isEqualTo("5299**********123X");
		long clear = TestData.count(this.cypher,
				"MATCH (n:Person {id: $id}) WHERE any(v IN [k IN keys(n) | toString(n[k])] WHERE v = '52990119700101123X') RETURN count(n)",
				Map.of("id", this.p + "P-ZHANG"));
		assertThat(clear).isZero();
		long hashed = TestData.count(this.cypher,
				"MATCH (n:Person {id: $id}) WHERE size(n.idHash) = 64 RETURN count(n)",
				Map.of("id", this.p + "P-ZHANG"));
		assertThat(hashed).isOne();
	}

	@Test
	void nodesAnswersInOrderWithNullForUnknownIds() {
		this.graphQl
			.document("{ nodes(ids: [\"" + this.p + "B\", \"nope\", \"" + this.p
					+ "A\"]) { id ... on Entity { kind } } }")
			.execute()
			.path("nodes[0].id")
			.entity(String.class)
			.isEqualTo(this.p + "B")
			.path("nodes[1]")
			.valueIsNull()
			.path("nodes[2].kind")
			.entity(String.class)
			.isEqualTo("Organization");
	}

	@Test
	void filtersBySubtreeRegionSectorLevelAndDates() {
		assertThat(ids("organizations", "{underId: \"" + this.p + "A\"}")).containsExactlyInAnyOrder(this.p + "A",
				this.p + "A-JT", this.p + "A-JY", this.p + "A1");
		// Organizations without a region of their own lie in their parent's.
		assertThat(ids("organizations", "{regionId: \"" + this.p + "R-A\", sector: [TRANSPORT]}"))
			.containsExactly(this.p + "A-JT");
		assertThat(ids("organizations", "{regionId: \"" + this.p + "R-CITY\", level: [COUNTY], sector: [TRANSPORT]}"))
			.containsExactlyInAnyOrder(this.p + "A-JT", this.p + "B-JT");
		assertThat(ids("projects", "{underId: \"" + this.p + "A\", startDateFrom: \"2019-01-01\", budgetMax: 2000000}"))
			.containsExactly(this.p + "PRJ-ROAD");
		assertThat(ids("projects", "{underId: \"" + this.p + "A\", startDateFrom: \"2020-01-01\"}")).isEmpty();
		assertThat(ids("regions", "{regionId: \"" + this.p + "R-A\"}")).containsExactlyInAnyOrder(this.p + "R-A",
				this.p + "R-A1");
	}

	@Test
	void pagesWithCursorsAndCountsTheWhole() {
		String filter = "{underId: \"" + this.p + "CITY\"}";
		var first = this.graphQl.document("{ organizations(filter: " + filter
				+ ", first: 3, sort: [{field: \"id\"}]) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }")
			.execute();
		first.path("organizations.totalCount").entity(Integer.class).isEqualTo(8);
		first.path("organizations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("organizations.pageInfo.endCursor").entity(String.class).get();
		this.graphQl
			.document("{ organizations(filter: " + filter + ", first: 10, after: \"" + cursor
					+ "\", sort: [{field: \"id\"}]) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }")
			.execute()
			.path("organizations.nodes[*].id")
			.entityList(String.class)
			.hasSize(5)
			.path("organizations.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("organizations.pageInfo.hasPreviousPage")
			.entity(Boolean.class)
			.isEqualTo(true);
	}

	@Test
	void sortsByAPropertyAndRefusesUnknownOnes() {
		assertThat(this.graphQl
			.document("{ persons(filter: {ids: [\"" + this.p + "P-ZHANG\", \"" + this.p + "P-WANG\", \"" + this.p
					+ "P-LI\"]}, sort: [{field: \"birthYear\", direction: DESC}]) { nodes { id } } }")
			.execute()
			.path("persons.nodes[*].id")
			.entityList(String.class)
			.get()).containsExactly(this.p + "P-WANG", this.p + "P-LI", this.p + "P-ZHANG");
		this.graphQl.document("{ persons(sort: [{field: \"nope\"}]) { nodes { id } } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getExtensions().get("code"))
					&& "sort".equals(e.getExtensions().get("field")))
			.verify();
	}

	/**
	 * A date filter that is no date is refused naming it (Cypher's date() failed as
	 * INTERNAL).
	 */
	@Test
	void refusesADateFilterThatIsNoDate() {
		for (String filter : List.of("findings(filter: {foundDateFrom: \"LEAD-0044\"})",
				"projects(filter: {startDateTo: \"2021-03-01T25:61:61\"})",
				"inspectionRounds(filter: {endDateTo: \"a\\u0000b\"})")) {
			String field = filter.substring(filter.indexOf('{') + 1, filter.indexOf(':', filter.indexOf('{')));
			this.graphQl.document("{ " + filter + " { totalCount } }")
				.execute()
				.errors()
				.expect((e) -> "BAD_REQUEST".equals(e.getExtensions().get("code"))
						&& field.equals(e.getExtensions().get("field")))
				.verify();
		}
	}

	/**
	 * An id too long for the unique index is refused naming it, and nothing is written
	 * (the fuzzer's 115,511-character id failed inside the database as INTERNAL).
	 */
	@Test
	void refusesAnIdTooLongForAKey() {
		String id = "P-" + "长".repeat(250);
		this.graphQl.documentName("createPersonWithId")
			.variable("id", id)
			.execute()
			.errors()
			.expect((e) -> "VALIDATION".equals(e.getExtensions().get("code"))
					&& "id".equals(e.getExtensions().get("field")) && e.getMessage().contains("at most 200 characters"))
			.verify();
		this.graphQl.document("{ node(id: \"" + id + "\") { id } }").execute().path("node").valueIsNull();
	}

	@Test
	void refusesAnIdWithAnInvisibleSpaceOrAQuote() {
		// A no-break space after an existing id made a second village that looks like the
		// first.
		for (String id : java.util.List.of("ORG-QA-SW\u00a0", "PER-1\"", "PER-\u200b2", "PER 3")) {
			this.graphQl.documentName("createPersonWithId")
				.variable("id", id)
				.execute()
				.errors()
				.expect((e) -> "VALIDATION".equals(e.getExtensions().get("code"))
						&& "id".equals(e.getExtensions().get("field")) && e.getMessage().contains("no spaces, quotes"))
				.verify();
		}
		this.graphQl.document("{ persons(filter: {nameContains: \"长编号某\"}) { totalCount } }")
			.execute()
			.path("persons.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void refusesPagesBeyondTheBound() {
		this.graphQl.document("{ organizations(first: 201) { totalCount } }")
			.execute()
			.errors()
			.expect((e) -> "LIMIT_EXCEEDED".equals(e.getExtensions().get("code")) && e.getMessage().contains("200"))
			.verify();
	}

	@Test
	void errorsRaisedBeforeOurCodeRunsCarryACodeToo() {
		this.graphQl.document("{ organizations(filter: {level: [TOWN]}) { totalCount } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getExtensions().get("code")) && e.getMessage().contains("TOWN"))
			.verify();
		this.graphQl.document("{ organizations { noSuchField } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getExtensions().get("code")))
			.verify();
	}

	private List<String> ids(String list, String filter) {
		return this.graphQl.document("{ " + list + "(filter: " + filter + ", first: 200) { nodes { id } } }")
			.execute()
			.path(list + ".nodes[*].id")
			.entityList(String.class)
			.get();
	}

}
