package org.oversight.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes tables as a workbook, one sheet each: the title in row 1, the filter in row 2,
 * the Chinese headers in row 4 (frozen), the data below; numbers as numbers, so that
 * Excel sums them.
 */
final class Xlsx {

	/** The row of the headers (0-based); data follow it. */
	static final int HEADER_ROW = 3;

	private Xlsx() {
	}

	static byte[] write(List<Table> tables) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font songti = workbook.createFont();
			songti.setFontName("宋体");
			Font bold = workbook.createFont();
			bold.setFontName("黑体");
			bold.setBold(true);
			CellStyle plain = workbook.createCellStyle();
			plain.setFont(songti);
			CellStyle heading = workbook.createCellStyle();
			heading.setFont(bold);
			for (Table table : tables) {
				Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
				text(sheet.createRow(0), 0, table.title(), heading);
				text(sheet.createRow(1), 0, "筛选条件：" + table.filter(), plain);
				Row header = sheet.createRow(HEADER_ROW);
				for (int i = 0; i < table.headers().size(); i++) {
					text(header, i, table.headers().get(i), heading);
					sheet.setColumnWidth(i, Math.min(40, 4 + 2 * table.headers().get(i).length()) * 256);
				}
				sheet.createFreezePane(0, HEADER_ROW + 1);
				int r = HEADER_ROW + 1;
				for (List<Object> cells : table.rows()) {
					Row row = sheet.createRow(r++);
					for (int i = 0; i < cells.size(); i++) {
						cell(row, i, cells.get(i), plain);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void cell(Row row, int column, Object value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value != null) {
			cell.setCellValue(value.toString());
		}
	}

}
