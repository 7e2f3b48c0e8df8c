package org.oversight.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.Fixtures;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.TestGraphQl;
import org.oversight.ingest.Importer;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@GraphTest
class AuditIT {

	static final String PASSWORD = "a-long-test-password";

	@Autowired
	HttpGraphQlTester admin;

	@Autowired
	WebTestClient client;

	@Autowired
	Importer importer;

	@Autowired
	UserService users;

	@Autowired
	AuditLog log;

	@Autowired
	GraphQlSource source;

	String p;

	@BeforeEach
	void loadALead() {
		this.p = TestData.prefix();
		Map<String, String> files = new HashMap<>(Fixtures.smallCity());
		files.put("rounds.csv", "id,name,committee_id,type\n$R,第一轮,$A,REGULAR\n");
		files.put("teams.csv", "id,round_id,name\n$T,$R,一组\n");
		files.put("team_members.csv", "team_id,person_id,role\n$T,$P-WANG,MEMBER\n");
		files.put("leads.csv", "id,team_id,source,status,created_date\n$L,$T,INSPECTION,OPEN,2021-01-01\n");
		files.put("lead_links.csv", "lead_id,entity_id,role\n$L,$P-WANG,SUBJECT\n");
		TestData.load(this.importer, this.p, files);
		this.users.save(this.p + "inspector", PASSWORD, Role.INSPECTOR, this.p + "P-WANG", null, null);
		this.users.save(this.p + "analyst", PASSWORD, Role.ANALYST, null, null, null);
	}

	@Test
	void readsOfLeadsAreRecordedWithWhoAndWhich() {
		TestGraphQl.as(this.client, this.p + "inspector", PASSWORD)
			.document("{ leads { nodes { id } } persons(first: 2) { nodes { id } } }")
			.execute();
		TestGraphQl.as(this.client, this.p + "analyst", PASSWORD)
			.document("{ leads { nodes { id } } persons(first: 2) { nodes { id } } }")
			.execute();
		assertThat(this.log.find(this.p + "inspector", "read", this.p + "L", null, null, 10)).hasSize(1)
			.first()
			.satisfies((r) -> assertThat(r.entities()).containsExactly(this.p + "L"));
		assertThat(this.log.find(this.p + "analyst", "read", null, null, null, 10)).isEmpty();
	}

	/**
	 * A lead read through a nested relation field, under fields the audit does not watch
	 * (an organization's people), is still recorded; a request that touches no lead
	 * leaves no read record.
	 */
	@Test
	void leadsReadThroughNestedFieldsAreRecorded() {
		TestGraphQl.as(this.client, this.p + "inspector", PASSWORD)
			.document("{ persons(filter: {ids: [\"" + this.p + "P-WANG\"]}) { nodes { name positions { title } "
					+ "implicatedIn { role source { id kind } } } } }")
			.execute()
			.path("persons.nodes[0].implicatedIn[0].source.id")
			.entity(String.class)
			.isEqualTo(this.p + "L");
		assertThat(this.log.find(this.p + "inspector", "read", this.p + "L", null, null, 10)).hasSize(1)
			.first()
			.satisfies((r) -> assertThat(r.entities()).containsExactly(this.p + "L"));
		TestGraphQl.as(this.client, this.p + "analyst", PASSWORD)
			.document("{ persons(filter: {ids: [\"" + this.p + "P-WANG\"]}) { nodes { name positions { title } } } }")
			.execute();
		assertThat(this.log.find(this.p + "analyst", "read", null, null, null, 10)).isEmpty();
	}

	@Test
	void everyMutationIsRecordedWithItsOutcome() {
		this.admin.document("mutation { createCompany(input: {id: \"" + this.p + "C9\", name: \"新公司\"}) { id } }")
			.execute();
		this.admin.document("mutation { createCompany(input: {id: \"" + this.p + "C9\", name: \"重复\"}) { id } }")
			.execute();
		List<AuditLog.AuditRecord> records = this.log.find("admin", "createCompany", this.p + "C9", null, null, 10);
		assertThat(records).extracting(AuditLog.AuditRecord::outcome)
			.hasSize(2)
			.anyMatch("ok"::equals)
			.anyMatch((o) -> o.startsWith("error: '" + this.p + "C9' is already taken"));
	}

	@Test
	void importsAndFailedSignInsAreRecorded() {
		assertThat(this.log.find("import", "import", null, null, null, 100)).isNotEmpty();
		TestGraphQl.post(this.client, this.p + "analyst", "not-the-password").expectStatus().isUnauthorized();
		assertThat(this.log.find(this.p + "analyst", "login-failed", null, null, null, 10)).hasSize(1);
	}

	@Test
	void onlyAdministratorsReadTheTrailAndNobodyCanChangeIt() {
		TestGraphQl.as(this.client, this.p + "analyst", PASSWORD)
			.document("{ auditLog { operation } }")
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
		this.admin.document("{ auditLog(user: \"" + this.p + "inspector\") { user } }").execute().errors().verify();
		assertThat(this.source.schema().getMutationType().getFieldDefinitions())
			.noneMatch((f) -> f.getName().toLowerCase().contains("audit"));
	}

}
