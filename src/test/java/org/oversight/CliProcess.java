package org.oversight;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line run as a process of its own, exactly as {@code java -jar} runs it (the
 * same main class, on the test classpath), for tests of what it prints and how it exits,
 * or of what it leaves behind when killed.
 */
public final class CliProcess {

	private final Process process;

	private final Path out;

	private final Path err;

	private CliProcess(Process process, Path out, Path err) {
		this.process = process;
		this.out = out;
		this.err = err;
	}

	/**
	 * Starts {@code oversight-graph ARGS}, its output going to files under {@code logs}.
	 */
	public static CliProcess start(Path logs, String... args) throws IOException {
		Files.createDirectories(logs);
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// The JVM options this test runs with (add-opens, memory), so the process is set
		// up as the packaged jar's manifest sets it up.
		ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter((a) -> a.startsWith("--add-opens"))
			.forEach(command::add);
		command.add("-Xmx512m");
		// Short-lived processes, most of whose time is starting: the quick JIT alone and
		// the serial collector cut the CPU of a start by about 40 % (import --dry-run of
		// the sample: 22.5 s of CPU against 36.7 s), which the crash tests pay a dozen
		// times each.
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-XX:+UseSerialGC");
		command.add("-cp");
		command.add(classPath());
		command.add(OversightGraph.class.getName());
		command.addAll(List.of(args));
		Path out = Files.createTempFile(logs, "out-", ".txt");
		Path err = Files.createTempFile(logs, "err-", ".txt");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		return new CliProcess(process, out, err);
	}

	/**
	 * This test's class path, as a list of folders and jars: surefire may hand the JVM
	 * one manifest-only jar instead, through which resources are found twice.
	 */
	private static String classPath() throws IOException {
		String path = System.getProperty("java.class.path");
		if (path.contains(java.io.File.pathSeparator) || !path.endsWith(".jar")) {
			java.util.Set<String> files = new java.util.LinkedHashSet<>();
			for (String entry : path.split(java.io.File.pathSeparator)) {
				// An empty entry would put the working directory on the class path, and
				// with it the sources' import/sample and graph-model folders, found
				// twice.
				if (!entry.isBlank() && !entry.equals(".")) {
					files.add(Path.of(entry).toAbsolutePath().normalize().toString());
				}
			}
			return String.join(java.io.File.pathSeparator, files);
		}
		try (java.util.jar.JarFile jar = new java.util.jar.JarFile(path)) {
			String entries = (jar.getManifest() != null) ? jar.getManifest().getMainAttributes().getValue("Class-Path")
					: null;
			if (entries == null) {
				return path;
			}
			java.util.Set<String> files = new java.util.LinkedHashSet<>();
			// Entries are URLs, absolute or relative to the manifest's jar.
			java.net.URI base = Path.of(path).toAbsolutePath().toUri();
			for (String entry : entries.trim().split("\\s+")) {
				files.add(Path.of(base.resolve(entry)).normalize().toString());
			}
			return String.join(java.io.File.pathSeparator, files);
		}
		catch (IllegalArgumentException ex) {
			return path;
		}
	}

	/** Runs {@code oversight-graph ARGS} to its end. */
	public static CliProcess run(Path logs, Duration timeout, String... args) throws Exception {
		CliProcess cli = start(logs, args);
		cli.waitFor(timeout);
		return cli;
	}

	public void waitFor(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly().waitFor();
			throw new IllegalStateException("still running after " + timeout + ":\n" + out() + err());
		}
	}

	/** SIGKILL: no shutdown hook, no flush, no clean close of the store. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public int exitCode() {
		return this.process.exitValue();
	}

	public String out() {
		return read(this.out);
	}

	public String err() {
		return read(this.err);
	}

	public List<String> outLines() {
		return out().lines().toList();
	}

	public List<String> errLines() {
		return err().lines().toList();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

}
