package org.oversight.lead;

import java.util.HashMap;
import java.util.Map;

import org.oversight.Fixtures;
import org.oversight.TestData;
import org.oversight.TestGraphQl;
import org.oversight.ingest.Importer;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A joint city–county inspection (市县联动) over {@link Fixtures#smallCity()}: the city round
 * RC is joint with the county rounds RA and RB; RX is a city round of its own. Teams TC,
 * TA, TA2, TB, TX; leads L-C (TC), L-A and L-A2 (TA), L-B (TB), L-X and L-X2 (TX). L-C,
 * L-A, L-A2 and L-X2 implicate 张某 (P-ZHANG); L-B the company of his wife (two hops away);
 * L-X 王某某, who is not near him. Users, one per kind of caller: {@code city-leader} (组长 of
 * TC), {@code a-leader} (组长 of TA), {@code a-member} (组员 of TA), {@code a-expired} (组长 of
 * TA whose authorization ended in 2021), {@code x-leader} (组长 of TX), {@code analyst},
 * {@code discipline-a} (安平县纪委监委), {@code discipline-city}, {@code leader-b} (LEADERSHIP
 * of 北岭县委), {@code leader-a} (LEADERSHIP of 安平县委: approves its teams' transfers).
 */
public final class JointInspection {

	public static final String PASSWORD = "a-long-test-password";

	public final String p;

	private final WebTestClient client;

	public JointInspection(Importer importer, UserService users, WebTestClient client) {
		this.client = client;
		this.p = TestData.prefix();
		Map<String, String> files = new HashMap<>(Fixtures.smallCity());
		files.put("organizations.csv", Fixtures.smallCity().get("organizations.csv") + """
				$CITY-JW,黔安市纪委监委,DISCIPLINE_BODY,CITY,$CITY,,
				$A-JW,安平县纪委监委,DISCIPLINE_BODY,COUNTY,$A,,
				""");
		files.put("persons.csv", Fixtures.smallCity().get("persons.csv") + """
				$P-CL,市组长,M,1975,true,
				$P-AL,安平组长,M,1976,true,
				$P-AM,安平组员,F,1988,true,
				$P-AO,安平前组长,M,1970,true,
				$P-BL,北岭组长,M,1977,true,
				$P-XL,市二组组长,F,1979,true,
				""");
		files.put("rounds.csv", """
				id,name,committee_id,type,start_date,end_date
				$RC,市委联动巡察,$CITY,JOINT,2021-03-01,
				$RA,安平县委联动巡察,$A,JOINT,2021-03-01,
				$RB,北岭县委联动巡察,$B,JOINT,2021-03-01,
				$RX,市委常规巡察,$CITY,REGULAR,2021-03-01,
				""");
		files.put("joint_rounds.csv", "round_id,partner_round_id\n$RC,$RA\n$RB,$RC\n");
		files.put("teams.csv", """
				id,round_id,name
				$TC,$RC,市委联动组
				$TA,$RA,安平联动一组
				$TA2,$RA,安平联动二组
				$TB,$RB,北岭联动组
				$TX,$RX,市委常规组
				""");
		files.put("team_members.csv", """
				team_id,person_id,role,authorized_from,authorized_to
				$TC,$P-CL,LEADER,2021-03-01,
				$TA,$P-AL,LEADER,2021-03-01,
				$TA,$P-AM,MEMBER,2021-03-01,
				$TA,$P-AO,LEADER,2021-03-01,2021-05-01
				$TB,$P-BL,LEADER,2021-03-01,
				$TX,$P-XL,LEADER,2021-03-01,
				""");
		files.put("leads.csv", """
				id,team_id,source,status,created_date,summary
				$L-C,$TC,INSPECTION,OPEN,2021-04-01,市级线索
				$L-A,$TA,INSPECTION,OPEN,2021-04-02,安平线索
				$L-A2,$TA,PETITION,OPEN,2021-04-03,安平第二条线索
				$L-B,$TB,INSPECTION,OPEN,2021-04-04,北岭线索
				$L-X,$TX,AUDIT,OPEN,2021-04-05,常规组线索一
				$L-X2,$TX,AUDIT,OPEN,2021-04-06,常规组线索二
				""");
		files.put("lead_links.csv", """
				lead_id,entity_id,role
				$L-C,$P-ZHANG,SUBJECT
				$L-A,$P-ZHANG,SUBJECT
				$L-A2,$P-ZHANG,RESPONSIBLE
				$L-B,$C-ROAD,SUBJECT
				$L-X,$P-WANG,SUBJECT
				$L-X2,$P-ZHANG,SUBJECT
				""");
		TestData.load(importer, this.p, files);
		user(users, "city-leader", Role.INSPECTOR, "P-CL", null, null);
		user(users, "a-leader", Role.INSPECTOR, "P-AL", null, null);
		user(users, "a-member", Role.INSPECTOR, "P-AM", null, null);
		user(users, "a-expired", Role.INSPECTOR, "P-AO", null, null);
		user(users, "x-leader", Role.INSPECTOR, "P-XL", null, null);
		user(users, "analyst", Role.ANALYST, null, null, null);
		user(users, "discipline-a", Role.DISCIPLINE, null, null, "A-JW");
		user(users, "discipline-city", Role.DISCIPLINE, null, null, "CITY-JW");
		user(users, "leader-b", Role.LEADERSHIP, null, "B", null);
		user(users, "leader-a", Role.LEADERSHIP, null, "A", null);
	}

	private void user(UserService users, String name, Role role, String person, String committee, String org) {
		users.save(this.p + name, PASSWORD, role, (person != null) ? this.p + person : null,
				(committee != null) ? this.p + committee : null, (org != null) ? this.p + org : null);
	}

	/** The API as one of the fixture's users. */
	public HttpGraphQlTester as(String user) {
		return TestGraphQl.as(this.client, this.p + user, PASSWORD);
	}

	/** A GraphQL document with {@code $} standing for the prefix. */
	public String doc(String text) {
		return text.replace("$", this.p);
	}

}
