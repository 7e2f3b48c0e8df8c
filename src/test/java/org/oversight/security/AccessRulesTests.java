package org.oversight.security;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Visibility} follows exactly the ties {@link AccessRules} declares: none more (an
 * edit of an undeclared one would widen a lead space unchecked), none fewer (a declared
 * tie nothing follows would be dead weight in the edit checks).
 */
class AccessRulesTests {

	private static final Pattern RELATIONSHIP = Pattern.compile("-\\[\\w*:([A-Z_|]+)");

	@Test
	void visibilityFollowsExactlyTheDeclaredTies() {
		Set<String> followed = new TreeSet<>();
		for (Role role : Role.values()) {
			Matcher m = RELATIONSHIP.matcher(new Visibility(role, "p", "c", "o").allows("n"));
			while (m.find()) {
				followed.addAll(Arrays.asList(m.group(1).split("\\|")));
			}
		}
		Set<String> declared = new TreeSet<>();
		for (AccessRules.Tie tie : AccessRules.Tie.values()) {
			declared.add(tie.relation().name());
		}
		assertThat(followed).isEqualTo(declared);
	}

	@Test
	void theGuardedKindsAreTheOnesVisibilityFilters() {
		String analyst = Visibility.NONE.allows("n");
		for (String kind : AccessRules.GUARDED_KINDS) {
			assertThat(analyst).contains("n:" + kind);
		}
		assertThat(analyst.replaceAll("n:(Lead|Case)", "")).doesNotContain("n:");
	}

	@Test
	void aNodeOfAKnownKindIsCheckedForThatKindOnly() {
		Visibility inspector = new Visibility(Role.INSPECTOR, "p", "c", "o");
		assertThat(inspector.allows("n", Set.of("Contract"))).isEqualTo("(n:`Contract`)");
		assertThat(inspector.allows("n", Set.of("Person", "Company"))).isEqualTo("(n:`Company` OR n:`Person`)");
		assertThat(inspector.allows("l:Lead")).isEqualTo(inspector.allows("l", Set.of("Lead")))
			.doesNotContain("l:Case")
			.contains("$vPerson");
		assertThat(inspector.allows("k:Case")).contains("(k)-[:FROM_LEAD]->").doesNotContain("NOT (k:Lead");
		// Unknown or mixed kinds keep the general predicate.
		assertThat(inspector.allows("n", Set.of())).isEqualTo(inspector.allows("n"));
		assertThat(inspector.allows("n", Set.of("Lead", "Person"))).isEqualTo(inspector.allows("n"));
		assertThat(Visibility.ALL.allows("n:Lead")).isEqualTo("true");
		assertThat(Visibility.NONE.allows("l:Lead")).isEqualTo("false");
	}

}
