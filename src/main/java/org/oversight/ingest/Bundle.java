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

	/**
	 * One file of a bundle.
	 *
	 * @param name the file name the format knows it by ({@code persons.csv})
	 * @param label how messages name it: the file name, or for a sheet of a workbook
	 * {@code ledger.xlsx:persons}
	 * @param opener its content as CSV or JSON Lines
	 * @param sheet for a sheet of a workbook, its rows as read (numbered as the sheet
	 * numbers them), else null
	 */
	public record File(String name, String label, Opener opener, Sheet sheet) {

		public File(String name, Opener opener) {
			this(name, name, opener, null);
		}

		public InputStream open() throws IOException {
			return this.opener.open();
		}

	}

	/**
	 * The cells of one sheet as text, by row; row 1 is the header.
	 *
	 * @param rows the non-empty rows, in order
	 * @param errors cells that cannot be read as text (a formula error), with their row
	 * and column
	 */
	public record Sheet(List<SheetRow> rows, List<ImportError> errors) {
	}

	/** One row of a sheet: its number (1 is the first) and its cells, left to right. */
	public record SheetRow(long number, List<String> cells) {
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

	/** A workbook of one sheet per file ({@link Workbooks}). */
	public static Bundle ofWorkbook(Path workbook) {
		return Workbooks.read(workbook);
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
