package org.oversight.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Posts GraphQL documents to the running server with HTTP Basic, as any client would. */
final class GraphQlClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final URI uri;

	private final String authorization;

	GraphQlClient(int port, String user, String password) {
		this.uri = URI.create("http://127.0.0.1:" + port + "/graphql");
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * What came back.
	 *
	 * @param data the data (null on failure)
	 * @param error the first error's message and code, or null
	 * @param notAvailable whether the schema has no such field (yet)
	 */
	record Answer(JsonNode data, String error, boolean notAvailable) {

		boolean ok() {
			return this.error == null;
		}

	}

	Answer post(String document, Map<String, Object> variables) {
		try {
			String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
			HttpRequest request = HttpRequest.newBuilder(this.uri)
				.timeout(Duration.ofMinutes(5))
				.header("Content-Type", "application/json")
				.header("Authorization", this.authorization)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return new Answer(null, "HTTP " + response.statusCode(), false);
			}
			JsonNode root = JSON.readTree(response.body());
			JsonNode errors = root.path("errors");
			if (errors.isArray() && !errors.isEmpty()) {
				String text = errors.toString();
				boolean missing = text.contains("FieldUndefined") || text.contains("is undefined")
						|| text.contains("UnknownArgument") || text.contains("UnknownType");
				JsonNode first = errors.get(0);
				return new Answer(null,
						first.path("message").asText() + " ["
								+ first.path("extensions")
									.path("code")
									.asText(first.path("extensions").path("classification").asText())
								+ "]",
						missing);
			}
			return new Answer(root.path("data"), null, false);
		}
		catch (IOException ex) {
			return new Answer(null, ex.toString(), false);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer(null, "interrupted", false);
		}
	}

}
