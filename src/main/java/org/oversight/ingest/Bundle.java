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
 * @param files its CSV files, by file name
 */
public record Bundle(String name, List<File> files) {

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
			List<File> files = paths.filter((p) -> p.getFileName().toString().endsWith(".csv"))
				.filter(Files::isRegularFile)
				.sorted(Comparator.comparing(Path::toString))
				.map((p) -> new File(p.getFileName().toString(), () -> Files.newInputStream(p)))
				.toList();
			return new Bundle(folder.toString(), files);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The CSV files packaged under a classpath location, e.g. {@code import/sample}. */
	public static Bundle ofClasspath(String location) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + location + "/*.csv");
			List<File> files = new ArrayList<>();
			for (Resource resource : resources) {
				files.add(new File(resource.getFilename(), resource::getInputStream));
			}
			files.sort(Comparator.comparing(File::name));
			return new Bundle("classpath:" + location, files);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
