package org.oversight.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.TestGraphQl;
import org.oversight.model.EntityType;
import org.oversight.model.Field;
import org.oversight.model.LinkType;
import org.oversight.model.Model;
import org.oversight.model.ValueType;
import org.oversight.security.AccessRules;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every edit that writes what {@link AccessRules} declares as deciding who sees a lead or
 * case — each tie through {@code link}/{@code unlink}, each reference through
 * {@code create…}/{@code update…}, each deciding property, each guarded kind, and
 * {@code importBundle} — is tried by each non-administrator role of the sample city; each
 * is refused, and afterwards every demo user sees exactly the leads and cases they saw
 * before. The edits are found from the declaration and the model, not listed by hand.
 */
@GraphTest
@TestPropertySource(properties = "oversight.load-sample=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessEditsIT {

	/** The demo users of the sample (import/sample/demo-users.json), all but admin. */
	static final Map<String, Object[]> DEMO = Map.of("analyst", new Object[] { Role.ANALYST, null, null, null },
			"inspector", new Object[] { Role.INSPECTOR, "PER-0020", null, null }, "leader-qx",
			new Object[] { Role.LEADERSHIP, null, "ORG-QX-XW", null }, "leader-city",
			new Object[] { Role.LEADERSHIP, null, "ORG-QA-SW", null }, "discipline",
			new Object[] { Role.DISCIPLINE, null, null, "ORG-QA-JW" });

	static final String PASSWORD = "access-edits-password";

	@Autowired
	WebTestClient client;

	@Autowired
	HttpGraphQlTester admin;

	@Autowired
	UserService users;

	@Autowired
	Model model;

	/** An existing id of each kind, for references and updates. */
	final Map<String, String> sampleIds = new HashMap<>();

	@BeforeAll
	void addDemoUsers() {
		DEMO.forEach(
				(name, b) -> this.users.save(name, PASSWORD, (Role) b[0], (String) b[1], (String) b[2], (String) b[3]));
		for (EntityType type : this.model.entityTypes()) {
			List<String> ids = this.admin
				.document("{ " + EntityWiring.plural(type.kind()) + "(first: 1) { nodes { id } } }")
				.execute()
				.path(EntityWiring.plural(type.kind()) + ".nodes[*].id")
				.entityList(String.class)
				.get();
			if (!ids.isEmpty()) {
				this.sampleIds.put(type.kind(), ids.get(0));
			}
		}
	}

	@Test
	void everyNonAdministratorIsRefusedEveryEditOfWhatDecidesAccessAndNoLeadSpaceChanges() {
		Map<String, Set<String>> before = leadSpaces();
		assertThat(before.get("inspector")).as("the demo inspector sees leads of the joint inspection").isNotEmpty();
		List<Edit> edits = accessEdits();
		assertThat(edits.stream().map(Edit::route).toList()).as("every declared tie is writable somewhere")
			.anyMatch((r) -> r.startsWith("link JOINT_ROUND"))
			.anyMatch((r) -> r.startsWith("link TEAM_MEMBER"))
			.anyMatch((r) -> r.startsWith("updateOrganization parentId"))
			.anyMatch((r) -> r.startsWith("updateInspectionRound committeeId"))
			.anyMatch((r) -> r.startsWith("updateInspectionRound endDate"))
			.anyMatch((r) -> r.startsWith("updateInspectionTeam roundId"))
			.anyMatch((r) -> r.startsWith("createInspectionTeam"))
			// Leads and cases are written only through their lifecycle, whose routes
			// check
			// the caller against the data (LeadLifecycleIT, LeadPostingIT, LeadLeakIT).
			.noneMatch((r) -> r.startsWith("createLead") || r.startsWith("updateLead"))
			.noneMatch((r) -> r.startsWith("createCase") || r.startsWith("updateCase"))
			.anyMatch((r) -> r.startsWith("importBundle"));
		List<String> notRefused = new ArrayList<>();
		for (String user : DEMO.keySet()) {
			HttpGraphQlTester tester = TestGraphQl.as(this.client, user, PASSWORD);
			for (Edit edit : edits) {
				List<String> codes = new ArrayList<>();
				tester.document(edit.document())
					.variables(edit.variables())
					.execute()
					.errors()
					.satisfy((errors) -> errors
						.forEach((e) -> codes.add(String.valueOf(e.getExtensions().get("code")))));
				if (!codes.contains("FORBIDDEN")) {
					notRefused.add(user + ": " + edit.route() + " → " + codes);
				}
			}
		}
		assertThat(notRefused).isEmpty();
		assertThat(leadSpaces()).isEqualTo(before);
	}

	@Test
	void theLeadSpaceCheckSeesAnAdministratorsGrant() {
		Map<String, Set<String>> before = leadSpaces();
		String hidden = this.admin.document("{ leads(first: 200) { nodes { id } } }")
			.execute()
			.path("leads.nodes[*].id")
			.entityList(String.class)
			.get()
			.stream()
			.filter((id) -> !before.get("inspector").contains(id))
			.findFirst()
			.orElseThrow();
		String team = this.admin.document("{ node(id: \"" + hidden + "\") { ... on Lead { team { id } } } }")
			.execute()
			.path("node.team.id")
			.entity(String.class)
			.get();
		String member = "{kind: TEAM_MEMBER, from: \"PER-0020\", to: \"" + team
				+ "\", values: [{field: \"role\", value: \"MEMBER\"}]}";
		this.admin.document("mutation { link(input: " + member + ") { changed } }").execute().errors().verify();
		assertThat(leadSpaces().get("inspector")).contains(hidden);
		this.admin.document("mutation { unlink(input: " + member + ") { changed } }").execute().errors().verify();
		assertThat(leadSpaces()).isEqualTo(before);
	}

	/** One edit to try: a readable name, the document and its variables. */
	record Edit(String route, String document, Map<String, Object> variables) {
	}

	private List<Edit> accessEdits() {
		List<Edit> edits = new ArrayList<>();
		for (LinkType link : this.model.linkTypes()) {
			if (AccessRules.decidesTie(link.from().targets(), link.relation(), link.to().targets())) {
				String kind = linkKind(link);
				Map<String, Object> input = Map.of("kind", kind, "from", anyId(link.from()), "to", anyId(link.to()));
				for (String mutation : List.of("link", "unlink")) {
					edits.add(new Edit(mutation + " " + kind,
							"mutation($input: LinkInput!) { " + mutation + "(input: $input) { changed } }",
							Map.of("input", input)));
				}
			}
		}
		for (EntityType type : this.model.entityTypes()) {
			if (this.model.controlled(type.kind())) {
				continue;
			}
			for (Field field : type.fields()) {
				if (AccessRules.guards(type.kind()) || decides(type, field)) {
					edits.add(update(type, field));
				}
			}
			if (AccessRules.guards(type.kind()) || type.fields().stream().anyMatch((f) -> decides(type, f))) {
				edits.add(create(type));
			}
		}
		edits.add(new Edit("importBundle", "mutation { importBundle(path: \"sample\", dryRun: false) { ok } }",
				Map.of()));
		return edits;
	}

	private static boolean decides(EntityType type, Field field) {
		return field.isReference() ? AccessRules.decidesTie(Set.of(type.kind()), field.relation(), field.targets())
				: AccessRules.decidesProperty(type.kind(), field.name());
	}

	private Edit create(EntityType type) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", "ACCESS-EDIT-" + type.kind());
		for (Field field : type.fields()) {
			if (field.mandatory() || decides(type, field)) {
				input.put(field.name(), value(field));
			}
		}
		return new Edit("create" + type.kind() + " " + input.keySet(),
				"mutation($input: Create" + type.kind() + "Input!) { create" + type.kind() + "(input: $input) { id } }",
				Map.of("input", input));
	}

	private Edit update(EntityType type, Field field) {
		String id = this.sampleIds.get(type.kind());
		int version = this.admin
			.document("{ node(id: \"" + id + "\") { ... on " + type.kind() + " { provenance { version } } } }")
			.execute()
			.path("node.provenance.version")
			.entity(Integer.class)
			.get();
		Map<String, Object> input = new HashMap<>();
		input.put(field.name(), value(field));
		return new Edit("update" + type.kind() + " " + field.name(),
				"mutation($id: ID!, $v: Int!, $input: Update" + type.kind() + "Input!) { update" + type.kind()
						+ "(id: $id, expectedVersion: $v, input: $input) { id } }",
				Map.of("id", id, "v", version, "input", input));
	}

	private Object value(Field field) {
		return switch (field.type()) {
			case REFERENCE -> anyId(field);
			case DATE -> "2030-12-31";
			case INTEGER -> 1;
			case DECIMAL -> 1.0;
			case BOOLEAN -> true;
			case CODE -> field.codeList().codes().get(0);
			default -> "access edit";
		};
	}

	private String anyId(Field reference) {
		return reference.targets()
			.stream()
			.map(this.sampleIds::get)
			.filter((id) -> id != null)
			.findFirst()
			.orElse(this.sampleIds.get("Organization"));
	}

	/** The GraphQL link kind of a link file: {@code joint_rounds.csv} → JOINT_ROUND. */
	private static String linkKind(LinkType link) {
		String name = link.file().replace(".csv", "").toUpperCase(Locale.ROOT);
		return name.substring(0, name.length() - 1);
	}

	private Map<String, Set<String>> leadSpaces() {
		Map<String, Set<String>> spaces = new java.util.TreeMap<>();
		for (String user : DEMO.keySet()) {
			spaces.put(user, leads(TestGraphQl.as(this.client, user, PASSWORD)));
		}
		return spaces;
	}

	private static Set<String> leads(HttpGraphQlTester tester) {
		var response = tester.document("{ leads(first: 200) { nodes { id } } cases(first: 200) { nodes { id } } }")
			.execute();
		Set<String> ids = new TreeSet<>(response.path("leads.nodes[*].id").entityList(String.class).get());
		ids.addAll(response.path("cases.nodes[*].id").entityList(String.class).get());
		return ids;
	}

}
