package org.oversight.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A bundle as an Excel workbook ({@code .xlsx}), the form inspection offices keep their
 * ledgers (台账) in: one sheet per file, named as the file without its ending
 * ({@code persons} for {@code persons.csv}), row 1 holding the columns of the CSV header.
 * A sheet whose only column is {@code json} holds JSON Lines, one object a row
 * ({@code investigations}). An optional sheet {@code manifest} holds the manifest's keys
 * and values in two columns {@code key, value}.
 *
 * <p>
 * Cells are read as text as a CSV cell would be: typed numbers in plain decimal form
 * ({@code 1972}, {@code 0.35}), booleans as {@code true}/{@code false}, date cells as ISO
 * dates ({@code 2021-03-01}, or {@code 2021-03-01T09:30} when they carry a time),
 * formulas by their cached result. Written workbooks hold text cells only, so a workbook
 * read back gives the same values byte for byte.
 */
public final class Workbooks {

	/** The sheet holding the manifest. */
	public static final String MANIFEST = "manifest";

	/** The one column of a sheet holding JSON Lines. */
	public static final String JSON = "json";

	private static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private Workbooks() {
	}

	/** Whether a path names a workbook this importer reads. */
	public static boolean isWorkbook(Path path) {
		return path.getFileName() != null && path.getFileName().toString().toLowerCase().endsWith(".xlsx");
	}

	/**
	 * Reads a workbook as a bundle named after its file.
	 * @throws IllegalArgumentException when it is not a readable workbook, or its
	 * manifest sheet is broken
	 */
	public static Bundle read(Path path) {
		String book = path.getFileName().toString();
		try (InputStream in = Files.newInputStream(path); Workbook workbook = WorkbookFactory.create(in)) {
			List<Bundle.File> files = new ArrayList<>();
			Manifest manifest = null;
			for (Sheet sheet : workbook) {
				List<Bundle.SheetRow> rows = new ArrayList<>();
				List<ImportError> errors = new ArrayList<>();
				String label = book + ":" + sheet.getSheetName();
				readRows(sheet, label, rows, errors);
				if (sheet.getSheetName().equals(MANIFEST)) {
					manifest = manifest(label, rows);
					continue;
				}
				files.add(file(sheet.getSheetName(), label, new Bundle.Sheet(rows, errors)));
			}
			return new Bundle(path.toString(), files, manifest);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof IllegalArgumentException && ex.getMessage() != null
					&& ex.getMessage().startsWith(book + ":")) {
				throw (IllegalArgumentException) ex;
			}
			throw new IllegalArgumentException(
					book + ": cannot be read as an Excel workbook (.xlsx): " + ex.getMessage(), ex);
		}
	}

	private static Bundle.File file(String sheetName, String label, Bundle.Sheet sheet) {
		boolean json = !sheet.rows().isEmpty() && sheet.rows().get(0).cells().size() == 1
				&& JSON.equals(sheet.rows().get(0).cells().get(0).strip());
		String name = sheetName + (json ? ".jsonl" : ".csv");
		byte[][] content = { null };
		// The features' own files (lead_history, investigations) read the file's content;
		// it is rendered once, when first asked for.
		Bundle.Opener opener = () -> {
			if (content[0] == null) {
				content[0] = json ? jsonLines(sheet) : csv(sheet);
			}
			return new ByteArrayInputStream(content[0]);
		};
		return new Bundle.File(name, label, opener, sheet);
	}

	private static void readRows(Sheet sheet, String label, List<Bundle.SheetRow> rows, List<ImportError> errors) {
		List<String> header = List.of();
		for (org.apache.poi.ss.usermodel.Row row : sheet) {
			long number = row.getRowNum() + 1L;
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
				Cell cell = row.getCell(i);
				try {
					cells.add((cell == null) ? "" : text(cell));
				}
				catch (CellError ex) {
					String column = (i < header.size() && !header.get(i).isBlank()) ? header.get(i)
							: CellReference.convertNumToColString(i);
					errors.add(new ImportError(label, number, column, ex.getMessage()));
					cells.add("");
				}
			}
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			if (number == 1) {
				header = cells;
			}
			rows.add(new Bundle.SheetRow(number, cells));
		}
	}

	/** A cell that holds no value that can be read as text. */
	private static final class CellError extends RuntimeException {

		CellError(String message) {
			super(message, null, false, false);
		}

	}

	static String text(Cell cell) {
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> number(cell);
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			case BLANK, _NONE -> "";
			case ERROR -> throw new CellError(
					"the cell holds the error " + FormulaError.forInt(cell.getErrorCellValue()).getString());
			default -> throw new CellError("the cell cannot be read (" + type + ")");
		};
	}

	private static String number(Cell cell) {
		if (DateUtil.isCellDateFormatted(cell)) {
			LocalDateTime at = cell.getLocalDateTimeCellValue();
			return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
		}
		return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
	}

	private static Manifest manifest(String label, List<Bundle.SheetRow> rows) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Bundle.SheetRow row : rows) {
			String key = row.cells().isEmpty() ? "" : row.cells().get(0).strip();
			String value = (row.cells().size() > 1) ? row.cells().get(1).strip() : "";
			if (row.number() == 1 && key.equals("key")) {
				continue;
			}
			if (!List.of("format", "name", "source", "description").contains(key)) {
				throw new IllegalArgumentException(label + ":" + row.number() + ": key: '" + key
						+ "' is not a key of the manifest" + " (format, name, source, description)");
			}
			values.put(key, value.isEmpty() ? null : value);
		}
		String format = values.getOrDefault("format", "1");
		if (!"1".equals(format)) {
			throw new IllegalArgumentException(label + ": format " + format + " is not supported (1 is)");
		}
		return new Manifest(1, values.get("name"), values.get("source"), null, values.get("description"));
	}

	private static byte[] csv(Bundle.Sheet sheet) throws IOException {
		StringWriter out = new StringWriter();
		int width = sheet.rows().isEmpty() ? 0 : sheet.rows().get(0).cells().size();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
			for (Bundle.SheetRow row : sheet.rows()) {
				List<String> cells = new ArrayList<>(row.cells());
				while (cells.size() < width) {
					cells.add("");
				}
				printer.printRecord(cells.subList(0, Math.max(width, 1)));
			}
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] jsonLines(Bundle.Sheet sheet) {
		StringBuilder out = new StringBuilder();
		sheet.rows().stream().skip(1).forEach((row) -> out.append(row.cells().get(0)).append('\n'));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The sheet row behind a line of the rendered CSV or JSON Lines content (for the
	 * messages of the features that read the content): CSV line 1 is the header.
	 */
	static long row(Bundle.Sheet sheet, long line, boolean jsonLines) {
		int index = (int) (jsonLines ? line : line - 1);
		return (line <= 0 || index >= sheet.rows().size()) ? line : sheet.rows().get(index).number();
	}

	/**
	 * Writes a bundle folder (as {@link Exporter} writes it) as a workbook of text cells.
	 * @param folder the bundle
	 * @param out where the workbook goes
	 */
	public static void write(Path folder, OutputStream out) throws IOException {
		Bundle bundle = Bundle.of(folder);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (Bundle.File file : bundle.files()) {
				String name = file.name().substring(0, file.name().lastIndexOf('.'));
				Sheet sheet = workbook.createSheet(name);
				sheet.createFreezePane(0, 1);
				if (file.name().endsWith(".jsonl")) {
					writeJsonLines(file, sheet, bold);
				}
				else {
					writeCsv(file, sheet, bold);
				}
			}
			if (bundle.manifest() != null) {
				writeManifest(bundle.manifest(), workbook.createSheet(MANIFEST), bold);
			}
			workbook.write(out);
		}
	}

	private static void writeCsv(Bundle.File file, Sheet sheet, CellStyle bold) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(file.open()).get(),
				StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(reader, format)) {
			List<String> header = parser.getHeaderNames();
			row(sheet, 0, header, bold, file.name());
			for (int i = 0; i < header.size(); i++) {
				sheet.setColumnWidth(i, Math.min(60, Math.max(10, header.get(i).length() + 4)) * 256);
			}
			int r = 1;
			for (CSVRecord record : parser) {
				row(sheet, r++, record.toList(), null, file.name());
			}
		}
	}

	private static void writeJsonLines(Bundle.File file, Sheet sheet, CellStyle bold) throws IOException {
		row(sheet, 0, List.of(JSON), bold, file.name());
		sheet.setColumnWidth(0, 120 * 256);
		try (var reader = new java.io.BufferedReader(new InputStreamReader(file.open(), StandardCharsets.UTF_8))) {
			int r = 1;
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					row(sheet, r++, List.of(line), null, file.name());
				}
			}
		}
	}

	private static void writeManifest(Manifest manifest, Sheet sheet, CellStyle bold) {
		row(sheet, 0, List.of("key", "value"), bold, MANIFEST);
		sheet.setColumnWidth(1, 60 * 256);
		int r = 1;
		row(sheet, r++, List.of("format", String.valueOf(manifest.format())), null, MANIFEST);
		for (String[] kv : new String[][] { { "name", manifest.name() }, { "source", manifest.source() },
				{ "description", manifest.description() } }) {
			if (kv[1] != null) {
				row(sheet, r++, List.of(kv[0], kv[1]), null, MANIFEST);
			}
		}
	}

	private static void row(Sheet sheet, int index, List<String> cells, CellStyle style, String file) {
		org.apache.poi.ss.usermodel.Row row = sheet.createRow(index);
		for (int i = 0; i < cells.size(); i++) {
			String value = cells.get(i);
			if (value.length() > MAX_CELL) {
				throw new IllegalArgumentException(file + ": row " + (index + 1) + " has a value of " + value.length()
						+ " characters; an Excel cell holds at most " + MAX_CELL);
			}
			Cell cell = row.createCell(i);
			if (!value.isEmpty()) {
				cell.setCellValue(value);
			}
			if (style != null) {
				cell.setCellStyle(style);
			}
		}
	}

	/** Writes a bundle folder as a workbook file. */
	public static void write(Path folder, Path workbook) {
		try (OutputStream out = Files.newOutputStream(workbook)) {
			write(folder, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
