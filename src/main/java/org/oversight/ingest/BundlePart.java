package org.oversight.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.oversight.store.WriteCounts;

/**
 * A file of the bundle that is not a file of the model, kept by the feature that owns its
 * records (e.g. saved investigations, {@code investigations.jsonl}). The importer checks
 * it with the rest of the bundle, before anything is written, and writes it after the
 * entities and links it refers to; the exporter asks it to write its file.
 */
public interface BundlePart {

	/** The file name in a bundle, e.g. {@code investigations.jsonl}. */
	String file();

	/**
	 * Reads and checks the whole file.
	 * @param file the file
	 * @param kinds for ids the file refers to, the kind of those the bundle or the
	 * database defines (the others are absent)
	 * @return what is to be written and what is wrong, as {@code file:line: field:
	 * reason}
	 */
	Plan check(Bundle.File file, Function<Collection<String>, Map<String, String>> kinds);

	/**
	 * Writes the part's records into the export folder.
	 * @return the records written; 0 writes no file
	 */
	long export(Path folder) throws IOException;

	/** A checked file: the good records, the errors, and how to write the records. */
	interface Plan {

		/**
		 * Problems; a problem on line 0 concerns the whole file and cannot be skipped.
		 */
		List<ImportError> errors();

		/** The records read. */
		long rows();

		/** What writing would do (a dry run). */
		WriteCounts planned();

		/** Writes the good records, as the given user. */
		WriteCounts write(String recordedBy);

	}

}
