package org.oversight.entity;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.graph.Cypher;
import org.oversight.ingest.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested relation fields are loaded in batches: a page of 100 organizations with their
 * people, parents and projects costs a handful of statements, not hundreds.
 */
@GraphTest
class NestedFieldsIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Importer importer;

	@Autowired
	Cypher cypher;

	@Test
	void aPageOfHundredOrganizationsWithNestedPeopleTakesOneStatementPerField() {
		String p = TestData.prefix();
		StringBuilder orgs = new StringBuilder("id,name,kind,level,parent_id\n$ROOT,市委,PARTY_COMMITTEE,CITY,\n");
		StringBuilder persons = new StringBuilder("id,name\n");
		StringBuilder positions = new StringBuilder("person_id,org_id,title,start_date\n");
		for (int i = 0; i < 100; i++) {
			orgs.append("$O%03d,单位%d,DEPARTMENT,COUNTY,$ROOT%n".formatted(i, i));
			for (int j = 0; j < 3; j++) {
				persons.append("$P%03d-%d,人员%d-%d%n".formatted(i, j, i, j));
				positions.append("$P%03d-%d,$O%03d,科员,2020-01-01%n".formatted(i, j, i));
			}
		}
		Map<String, String> files = new HashMap<>();
		files.put("organizations.csv", orgs.toString());
		files.put("persons.csv", persons.toString());
		files.put("positions.csv", positions.toString());
		TestData.load(this.importer, p, files);

		// Signing in costs statements of its own on every request: measure them apart.
		long signIn = this.cypher.statementCount();
		this.graphQl.document("{ __typename }").execute();
		signIn = this.cypher.statementCount() - signIn;
		long before = this.cypher.statementCount();
		var response = this.graphQl
			.document(
					"""
							{ organizations(filter: {underId: "%sROOT", level: [COUNTY]}, first: 100) {
							    totalCount
							    nodes { name parent { name } positions { title person { name accounts { id } } } projects { id } } } }"""
						.formatted(p))
			.execute();
		long statements = this.cypher.statementCount() - before - signIn;

		response.path("organizations.nodes").entityList(Object.class).hasSize(100);
		response.path("organizations.nodes[*].positions[*].person.name").entityList(String.class).hasSize(300);
		// list + count + parent + positions + projects + the persons' accounts
		assertThat(statements).isLessThanOrEqualTo(6);
	}

}
