package org.oversight.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A dataset in the import format: a folder of CSV files (on disk, or packaged in the
 * jar).
 *
 * @param name how the bundle is named in messages
 * @param files its data files, by file name
 * @param manifest its manifest, or null when it has none
 */
public record Bundle(String name, List<File> files, Manifest manifest) {

	/** The provenance of its records: the manifest's source, else the given fallback. */
	public String source(String fallback) {
		return (this.manifest != null && this.manifest.source() != null) ? this.manifest.source() : fallback;
	}

	/** One file of a bundle. */
	public record File(String name, Opener opener) {

		public InputStream open() throws IOException {
			return this.opener.open();
		}

	}

	/** Opens a file's content. */
	@FunctionalInterface
	public interface Opener {

		InputStream open() throws IOException;

	}

	/** The CSV files directly in a folder. */
	public static Bundle of(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException(folder + " is not a folder");
		}
		try (Stream<Path> paths = Files.list(folder)) {
			List<File> files = paths.filter((p) -> isData(p.getFileName().toString()))
				.filter(Files::isRegularFile)
				.sorted(Comparator.comparing(Path::toString))
				.map((p) -> new File(p.getFileName().toString(), () -> Files.newInputStream(p)))
				.toList();
			return new Bundle(folder.toString(), files, manifest(folder).orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether a file holds records: CSV, or JSON Lines with the same fields. */
	public static boolean isData(String name) {
		return name.endsWith(".csv") || name.endsWith(".jsonl");
	}

	/** The manifest of a folder, if it has one. */
	public static java.util.Optional<Manifest> manifest(Path folder) {
		Path file = folder.resolve(Manifest.FILE);
		return Files.isRegularFile(file) ? java.util.Optional.of(Manifest.read(file)) : java.util.Optional.empty();
	}

	/** The CSV files packaged under a classpath location, e.g. {@code import/sample}. */
	public static Bundle ofClasspath(String location) {
		try {
			var resolver = new PathMatchingResourcePatternResolver();
			List<File> files = new ArrayList<>();
			for (Resource resource : resolver.getResources("classpath*:" + location + "/*")) {
				if (isData(resource.getFilename())) {
					files.add(new File(resource.getFilename(), resource::getInputStream));
				}
			}
			files.sort(Comparator.comparing(File::name));
			Resource manifest = resolver.getResource("classpath:" + location + "/" + Manifest.FILE);
			return new Bundle("classpath:" + location, files,
					manifest.exists() ? Manifest.read(manifest.getInputStream()) : null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
