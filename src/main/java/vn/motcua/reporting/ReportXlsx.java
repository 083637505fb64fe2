package vn.motcua.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.motcua.reporting.FormDefinition.Column;

/** The form as an XLSX sheet laid out like the official table, in Times New Roman. */
@Component
class ReportXlsx {

	byte[] export(ReportTable table, String recipient, String dated) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles s = new Styles(book);
			Sheet sheet = book.createSheet(table.form().code());
			List<Column> columns = table.form().columns();
			int width = columns.size() + 2;
			int r = 0;
			r = line(sheet, r, width, table.form().number(), s.right);
			r = line(sheet, r, width, table.form().title(), s.title);
			r = line(sheet, r, width, "Kỳ báo cáo: " + table.period().label(), s.center);
			r = line(sheet, r, width, "Đơn vị báo cáo: " + table.agencyName(), s.left);
			r = line(sheet, r, width, "Đơn vị nhận báo cáo: " + recipient, s.left);
			r = line(sheet, r, width, "Đơn vị tính: " + table.form().unit(), s.right);
			r++;
			int headerTop = r;
			Row groups = sheet.createRow(r++);
			Row subgroups = sheet.createRow(r++);
			Row labels = sheet.createRow(r++);
			Row numbers = sheet.createRow(r++);
			cell(groups, 0, "STT", s.header);
			cell(groups, 1, table.form().rowHeader(), s.header);
			for (Row row : List.of(subgroups, labels)) {
				cell(row, 0, "", s.header);
				cell(row, 1, "", s.header);
			}
			sheet.addMergedRegion(new CellRangeAddress(headerTop, headerTop + 2, 0, 0));
			sheet.addMergedRegion(new CellRangeAddress(headerTop, headerTop + 2, 1, 1));
			cell(numbers, 0, "(1)", s.header);
			cell(numbers, 1, table.form().rowHeaderHeading(), s.header);
			for (int i = 0; i < columns.size(); i++) {
				Column c = columns.get(i);
				cell(groups, i + 2, c.group() == null ? c.label() : c.group(), s.header);
				cell(subgroups, i + 2, c.subgroup() == null ? (c.group() == null ? "" : c.label()) : c.subgroup(),
						s.header);
				cell(labels, i + 2, c.group() == null ? "" : c.label(), s.header);
				cell(numbers, i + 2, c.heading(), s.header);
			}
			mergeRuns(sheet, groups, headerTop, 2, columns.size() + 2);
			for (int i = 0; i < columns.size(); i++) {
				Column c = columns.get(i);
				if (c.subgroup() == null) {
					sheet.addMergedRegion(new CellRangeAddress(headerTop + 1, headerTop + 2, i + 2, i + 2));
				}
			}
			mergeRuns(sheet, subgroups, headerTop + 1, 2, columns.size() + 2);
			int n = 1;
			for (ReportTable.Row data : table.rows()) {
				Row row = sheet.createRow(r++);
				cell(row, 0, Integer.toString(n++), s.body);
				cell(row, 1, data.label(), s.bodyLeft);
				for (int i = 0; i < columns.size(); i++) {
					Cell cell = row.createCell(i + 2);
					cell.setCellValue(data.cells().getOrDefault(columns.get(i).number(), 0L));
					cell.setCellStyle(s.body);
				}
			}
			Row total = sheet.createRow(r++);
			cell(total, 0, "", s.bold);
			cell(total, 1, "TỔNG CỘNG", s.bold);
			for (int i = 0; i < columns.size(); i++) {
				Cell cell = total.createCell(i + 2);
				cell.setCellValue(table.total().cells().getOrDefault(columns.get(i).number(), 0L));
				cell.setCellStyle(s.bold);
			}
			r++;
			Row date = sheet.createRow(r++);
			cell(date, width - 5, dated, s.italic);
			Row sign = sheet.createRow(r++);
			cell(sign, 1, "NGƯỜI LẬP BIỂU", s.boldPlain);
			cell(sign, width - 4, "THỦ TRƯỞNG ĐƠN VỊ", s.boldPlain);
			Row note = sheet.createRow(r);
			cell(note, 1, "(Ký, ghi rõ họ tên)", s.italic);
			cell(note, width - 4, "(Ký tên, đóng dấu)", s.italic);
			sheet.setColumnWidth(0, 6 * 256);
			sheet.setColumnWidth(1, 34 * 256);
			for (int i = 0; i < columns.size(); i++) {
				sheet.setColumnWidth(i + 2, 12 * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int line(Sheet sheet, int r, int width, String text, CellStyle style) {
		Row row = sheet.createRow(r);
		cell(row, 0, text, style);
		sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
		return r + 1;
	}

	/** Merges neighbouring header cells with the same text. */
	private static void mergeRuns(Sheet sheet, Row row, int r, int from, int to) {
		int start = from;
		for (int i = from + 1; i <= to; i++) {
			String previous = row.getCell(start).getStringCellValue();
			String current = i < to ? row.getCell(i).getStringCellValue() : null;
			if (current == null || !current.equals(previous) || previous.isEmpty()) {
				if (i - 1 > start && !previous.isEmpty()) {
					sheet.addMergedRegion(new CellRangeAddress(r, r, start, i - 1));
				}
				start = i;
			}
		}
	}

	private static void cell(Row row, int column, String text, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(style);
	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle center;

		final CellStyle left;

		final CellStyle right;

		final CellStyle header;

		final CellStyle body;

		final CellStyle bodyLeft;

		final CellStyle bold;

		final CellStyle boldPlain;

		final CellStyle italic;

		Styles(XSSFWorkbook book) {
			Font normal = font(book, false, false, 12);
			Font strong = font(book, true, false, 12);
			Font slanted = font(book, false, true, 12);
			title = style(book, strong, HorizontalAlignment.CENTER, false);
			title.setWrapText(true);
			center = style(book, normal, HorizontalAlignment.CENTER, false);
			left = style(book, normal, HorizontalAlignment.LEFT, false);
			right = style(book, slanted, HorizontalAlignment.RIGHT, false);
			header = style(book, strong, HorizontalAlignment.CENTER, true);
			header.setWrapText(true);
			body = style(book, normal, HorizontalAlignment.CENTER, true);
			bodyLeft = style(book, normal, HorizontalAlignment.LEFT, true);
			bodyLeft.setWrapText(true);
			bold = style(book, strong, HorizontalAlignment.CENTER, true);
			boldPlain = style(book, strong, HorizontalAlignment.CENTER, false);
			italic = style(book, slanted, HorizontalAlignment.CENTER, false);
		}

		private static Font font(XSSFWorkbook book, boolean bold, boolean italic, int size) {
			Font font = book.createFont();
			font.setFontName("Times New Roman");
			font.setBold(bold);
			font.setItalic(italic);
			font.setFontHeightInPoints((short) size);
			return font;
		}

		private static CellStyle style(XSSFWorkbook book, Font font, HorizontalAlignment align, boolean border) {
			CellStyle style = book.createCellStyle();
			style.setFont(font);
			style.setAlignment(align);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			if (border) {
				style.setBorderTop(BorderStyle.THIN);
				style.setBorderBottom(BorderStyle.THIN);
				style.setBorderLeft(BorderStyle.THIN);
				style.setBorderRight(BorderStyle.THIN);
			}
			return style;
		}
	}
}
