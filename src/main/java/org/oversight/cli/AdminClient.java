package org.oversight.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import picocli.CommandLine.Option;

/**
 * The options and HTTP calls of the commands that ask a running server
 * ({@code --server URL --user NAME}, the password on standard input, never on the command
 * line where other users of the machine could see it).
 */
class AdminClient {

	@Option(names = "--server",
			description = "Ask the running server at this URL (e.g. http://127.0.0.1:8080) instead of opening the database.")
	String server;

	@Option(names = "--user", defaultValue = "admin",
			description = "With --server: an administrator (default admin); the password is read from standard input.")
	String user;

	boolean remote() {
		return this.server != null;
	}

	/** POSTs to a path of the server and returns the answer, or throws with one line. */
	<T> HttpResponse<T> post(String path, String contentType, String body, HttpResponse.BodyHandler<T> handler) {
		String password = password();
		URI uri = URI.create(this.server.replaceAll("/+$", "") + path);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofHours(2))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((this.user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<T> response = HttpClient.newBuilder()
				.connectTimeout(Duration.ofSeconds(10))
				.build()
				.send(request, handler);
			if (response.statusCode() == 401) {
				throw new CommandFailure(uri + ": the server refused the sign-in of '" + this.user + "' (401)");
			}
			if (response.statusCode() == 403) {
				throw new CommandFailure(uri + ": '" + this.user + "' is not an administrator (403)");
			}
			return response;
		}
		catch (ConnectException ex) {
			throw new CommandFailure("cannot reach the server at " + this.server + " (is it running? --server)");
		}
		catch (IOException ex) {
			throw new CommandFailure(uri + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CommandFailure("interrupted");
		}
	}

	private String password() {
		try {
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			if (line == null || line.isEmpty()) {
				throw new CommandFailure("give the password of '" + this.user + "' on standard input");
			}
			return line;
		}
		catch (IOException ex) {
			throw new CommandFailure("cannot read the password from standard input: " + ex.getMessage());
		}
	}

	/** A command that cannot go on; its message is the one line to print. */
	static class CommandFailure extends RuntimeException {

		CommandFailure(String message) {
			super(message);
		}

	}

	/**
	 * One line for a failure to open the database: the store lock of a running server
	 * named as such, else the innermost cause.
	 */
	static String openFailure(Throwable failure, String dataDir) {
		Throwable cause = failure;
		for (Throwable t = failure; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (t.getClass().getSimpleName().contains("FileLock") || message.contains("locked by another process")) {
				return "the database in " + ((dataDir != null) ? dataDir : "./data")
						+ " is in use by a running server; ask it instead: --server http://127.0.0.1:8080 --user admin";
			}
			cause = t;
		}
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

}
