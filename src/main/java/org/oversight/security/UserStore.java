package org.oversight.security;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.oversight.graph.Cypher;
import org.springframework.stereotype.Component;

/**
 * Users as {@code (:__User)} nodes beside the domain graph.
 */
@Component
class UserStore {

	private final Cypher cypher;

	UserStore(Cypher cypher) {
		this.cypher = cypher;
	}

	Optional<AppUser> find(String name) {
		return this.cypher.read("MATCH (u:__User {name: $name}) RETURN u", Map.of("name", name), UserStore::user)
			.stream()
			.findFirst();
	}

	long count() {
		return this.cypher.read("MATCH (u:__User) RETURN count(u) AS c", Map.of(), (r) -> r.get("c").asLong()).get(0);
	}

	void save(AppUser user) {
		Map<String, Object> params = new HashMap<>();
		params.put("name", user.name());
		params.put("hash", user.passwordHash());
		params.put("role", user.role().name());
		params.put("person", user.personId());
		params.put("committee", user.committeeId());
		params.put("org", user.orgId());
		this.cypher.write("""
				MERGE (u:__User {name: $name})
				ON CREATE SET u.createdAt = datetime()
				SET u.passwordHash = $hash, u.role = $role, u.personId = $person, u.committeeId = $committee,
				    u.orgId = $org, u.failedLogins = 0, u.lockedUntil = null, u.updatedAt = datetime()""", params,
				(r) -> r);
	}

	void loginFailed(String name, int lockAfter, java.time.Duration lockFor) {
		this.cypher.write("""
				MATCH (u:__User {name: $name})
				SET u.failedLogins = coalesce(u.failedLogins, 0) + 1
				WITH u WHERE u.failedLogins >= $lockAfter
				SET u.lockedUntil = datetime() + duration({seconds: $lockSeconds}), u.failedLogins = 0""",
				Map.of("name", name, "lockAfter", lockAfter, "lockSeconds", lockFor.toSeconds()), (r) -> r);
	}

	void loginSucceeded(String name) {
		this.cypher.write("MATCH (u:__User {name: $name}) WHERE u.failedLogins > 0 SET u.failedLogins = 0",
				Map.of("name", name), (r) -> r);
	}

	private static AppUser user(Record record) {
		Value u = record.get("u");
		Value locked = u.get("lockedUntil");
		Instant lockedUntil = locked.isNull() ? null : locked.asZonedDateTime().toInstant();
		return new AppUser(u.get("name").asString(), u.get("passwordHash").asString(),
				Role.valueOf(u.get("role").asString()), u.get("personId").asString(null),
				u.get("committeeId").asString(null), u.get("orgId").asString(null), u.get("failedLogins").asInt(0),
				lockedUntil);
	}

	static Instant now() {
		return ZonedDateTime.now().toInstant();
	}

}
