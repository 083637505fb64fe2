package vn.motcua.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.stereotype.Component;
import vn.motcua.reporting.FormDefinition.Column;

/** The form as a landscape A4 Word document in Times New Roman (Decree 30/2020). */
@Component
class ReportDocx {

	byte[] export(ReportTable table, String recipient, String dated) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			landscape(doc);
			appendForm(doc, table, recipient, dated);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the filled form (title, header lines, the table, the signature block) at the end of a document. */
	void appendForm(XWPFDocument doc, ReportTable table, String recipient, String dated) {
		{
			paragraph(doc, table.form().number(), ParagraphAlignment.RIGHT, false, true, 12);
			paragraph(doc, table.form().title(), ParagraphAlignment.CENTER, true, false, 13);
			paragraph(doc, "Kỳ báo cáo: " + table.period().label(), ParagraphAlignment.CENTER, false, false, 12);
			paragraph(doc, "Đơn vị báo cáo: " + table.agencyName(), ParagraphAlignment.LEFT, false, false, 12);
			paragraph(doc, "Đơn vị nhận báo cáo: " + recipient, ParagraphAlignment.LEFT, false, false, 12);
			paragraph(doc, "Đơn vị tính: " + table.form().unit(), ParagraphAlignment.RIGHT, false, true, 12);
			List<Column> columns = table.form().columns();
			int width = columns.size() + 2;
			XWPFTable grid = doc.createTable(table.rows().size() + 5, width);
			grid.setWidth("100%");
			// three header rows laid out with the spans of the printed form, merged as in the seeds
			boolean[][] used = new boolean[3][width];
			List<List<FormDefinition.HeaderCell>> header = table.form().header();
			for (int hr = 0; hr < 3; hr++) {
				int c = 0;
				for (FormDefinition.HeaderCell h : header.get(hr)) {
					while (c < width && used[hr][c]) {
						c++;
					}
					if (c >= width) {
						break;
					}
					for (int dr = 0; dr < h.rowspan() && hr + dr < 3; dr++) {
						for (int dc = 0; dc < h.colspan() && c + dc < width; dc++) {
							used[hr + dr][c + dc] = true;
							XWPFTableCell cell = grid.getRow(hr + dr).getCell(c + dc);
							var props = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
							if (h.colspan() > 1) {
								props.addNewHMerge().setVal(dc == 0 ? STMerge.RESTART : STMerge.CONTINUE);
							}
							if (h.rowspan() > 1) {
								props.addNewVMerge().setVal(dr == 0 ? STMerge.RESTART : STMerge.CONTINUE);
							}
						}
					}
					header(grid.getRow(hr), c, h.text());
					c += h.colspan();
				}
			}
			header(grid.getRow(3), 0, "(1)");
			header(grid.getRow(3), 1, table.form().rowHeaderHeading());
			for (int i = 0; i < columns.size(); i++) {
				header(grid.getRow(3), i + 2, columns.get(i).heading());
			}
			int r = 4;
			int n = 1;
			for (ReportTable.Row data : table.rows()) {
				XWPFTableRow row = grid.getRow(r++);
				text(row.getCell(0), Integer.toString(n++), false, ParagraphAlignment.CENTER);
				text(row.getCell(1), data.label(), false, ParagraphAlignment.LEFT);
				for (int i = 0; i < columns.size(); i++) {
					text(row.getCell(i + 2), Long.toString(data.cells().getOrDefault(columns.get(i).number(), 0L)), false,
							ParagraphAlignment.CENTER);
				}
			}
			XWPFTableRow total = grid.getRow(r);
			text(total.getCell(0), "", true, ParagraphAlignment.CENTER);
			text(total.getCell(1), "TỔNG CỘNG", true, ParagraphAlignment.CENTER);
			for (int i = 0; i < columns.size(); i++) {
				text(total.getCell(i + 2), Long.toString(table.total().cells().getOrDefault(columns.get(i).number(), 0L)),
						true, ParagraphAlignment.CENTER);
			}
			paragraph(doc, "", ParagraphAlignment.LEFT, false, false, 12);
			paragraph(doc, dated,
					ParagraphAlignment.RIGHT, false, true, 12);
			paragraph(doc, "NGƯỜI LẬP BIỂU                                                                                THỦ TRƯỞNG ĐƠN VỊ",
					ParagraphAlignment.CENTER, true, false, 12);
		}
	}

	private static void landscape(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setOrient(STPageOrientation.LANDSCAPE);
		size.setW(BigInteger.valueOf(16838));
		size.setH(BigInteger.valueOf(11906));
	}

	static void paragraph(XWPFDocument doc, String text, ParagraphAlignment align, boolean bold, boolean italic,
			int size) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(align);
		p.setSpacingAfter(60);
		XWPFRun run = p.createRun();
		run.setFontFamily("Times New Roman");
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(text);
	}

	private static void header(XWPFTableRow row, int column, String text) {
		text(row.getCell(column), text, true, ParagraphAlignment.CENTER);
	}

	private static void text(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align) {
		XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
		p.setAlignment(align);
		XWPFRun run = p.createRun();
		run.setFontFamily("Times New Roman");
		run.setFontSize(11);
		run.setBold(bold);
		run.setText(text);
	}
}
