package org.oversight.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CSV files of a bundle being written, each opened with its header on first use and
 * streamed row by row, so nothing of the dataset is kept in memory.
 */
final class BundleFiles implements AutoCloseable {

	private final Path folder;

	private final Map<String, Writer> files = new LinkedHashMap<>();

	BundleFiles(Path folder) {
		this.folder = folder;
	}

	/** Declares a file and its header; rows may then be written to it. */
	void declare(String file, String... header) {
		try {
			BufferedWriter out = Files.newBufferedWriter(this.folder.resolve(file), StandardCharsets.UTF_8);
			this.files.put(file, new Writer(out, header.length));
			line(out, header);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes a row; {@code null} is an empty cell. */
	void row(String file, Object... cells) {
		Writer writer = this.files.get(file);
		if (writer.columns != cells.length) {
			throw new IllegalStateException(file + ": " + cells.length + " cells for " + writer.columns + " columns");
		}
		try {
			line(writer.out, cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		writer.rows++;
	}

	/** Rows written so far, per file, in the order the files were declared. */
	Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.files.forEach((file, writer) -> counts.put(file, writer.rows));
		return counts;
	}

	private static void line(BufferedWriter out, Object[] cells) throws IOException {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(cell(cells[i]));
		}
		out.write('\n');
	}

	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	@Override
	public void close() {
		for (Writer writer : this.files.values()) {
			try {
				writer.out.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static final class Writer {

		private final BufferedWriter out;

		private final int columns;

		private long rows;

		Writer(BufferedWriter out, int columns) {
			this.out = out;
			this.columns = columns;
		}

	}

}
