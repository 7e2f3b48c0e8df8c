package org.oversight.ingest;

import java.util.List;
import java.util.Map;

/**
 * A rule of a feature that one row cannot show alone, over the rows of the model's files
 * (e.g. a revisit's verdict belongs to a revisit round, a hand-over carries findings of
 * its own category). It is the same rule the feature's API enforces, applied to the whole
 * bundle before anything is written: the importer checks it after every value and
 * reference, and its errors refuse the bundle (or, when bad rows are skipped, drop their
 * rows) like any other. Rules are beans; the importer gathers them.
 */
public interface BundleRule {

	/**
	 * @param rows the bundle's rows that passed the per-value checks
	 * @return what is wrong, as {@code file:line: column: reason} ({@link Row#error})
	 */
	List<ImportError> check(Rows rows);

	/** The rows of a bundle, by file, and the entities they define, by id. */
	interface Rows {

		/**
		 * The rows of one file of the model, by its name in the format (e.g.
		 * {@code verifications.csv}, whatever the bundle's own file was: a {@code .jsonl}
		 * file or a workbook's sheet); none when the bundle lacks it.
		 */
		List<Row> of(String file);

		/**
		 * The values of the entity of that kind the bundle defines under the id, or null
		 * when it defines none (it may still be in the database).
		 */
		Map<String, Object> entity(String kind, String id);

	}

	/**
	 * One row: where it is, and its values by field name (e.g. {@code roundId}, as
	 * converted by the per-value checks; a bad or missing value is null).
	 */
	record Row(String file, long line, Map<String, Object> values) {

		/** The value of a field as text, or null. */
		public String text(String field) {
			Object value = this.values.get(field);
			return (value != null) ? value.toString() : null;
		}

		/** An error at this row, in the column given. */
		public ImportError error(String column, String reason) {
			return new ImportError(this.file, this.line, column, reason);
		}

	}

}
