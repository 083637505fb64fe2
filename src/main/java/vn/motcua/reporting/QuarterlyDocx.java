package vn.motcua.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;

import vn.motcua.shared.VietnamTime;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.reporting.QuarterlyReports.QuarterlyView;
import vn.motcua.reporting.QuarterlyReports.SectionView;

/**
 * The quarterly report as a Word document laid out as an administrative document (Decree 30/2020): the agency and
 * national headers side by side, number and date, title, the sections with their figures and texts, recipients and
 * signature, then each cited form on landscape pages.
 */
@Component
class QuarterlyDocx {

	private final ReportDocx forms;

	private final String recipient;

	private final String place;

	QuarterlyDocx(ReportDocx forms,
			@Value("${motcua.reports.recipient:Văn phòng Ủy ban nhân dân tỉnh}") String recipient,
			@Value("${motcua.reports.place:Hà Tĩnh}") String place) {
		this.forms = forms;
		this.recipient = recipient;
		this.place = place;
	}

	byte[] export(QuarterlyView report, NarrativeOutline outline, LocalDate today) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFTable head = doc.createTable(2, 2);
			head.setWidth("100%");
			head.setTableAlignment(TableRowAlign.CENTER);
			head.removeBorders();
			cell(head.getRow(0).getCell(0), (report.parentName() == null ? ""
					: report.parentName().toUpperCase(java.util.Locale.ROOT) + "\n")
					+ report.agencyName().toUpperCase(java.util.Locale.ROOT), true, false);
			cell(head.getRow(0).getCell(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", true,
					false);
			cell(head.getRow(1).getCell(0), "Số: " + (report.number() == null ? "      /" + outline.documentType()
					: report.number()), false, false);
			LocalDate date = report.submittedAt() == null ? today
					: report.submittedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
			String dated = ReportExports.dated(place, date);
			cell(head.getRow(1).getCell(1), dated, false, true);
			ReportDocx.paragraph(doc, "", ParagraphAlignment.CENTER, false, false, 13);
			ReportDocx.paragraph(doc, outline.title(), ParagraphAlignment.CENTER, true, false, 14);
			ReportDocx.paragraph(doc, outline.subject() + " " + report.period().shortLabel(), ParagraphAlignment.CENTER,
					true, false, 14);
			ReportDocx.paragraph(doc, "(Từ ngày " + ReportPeriod.d(report.period().from()) + " đến ngày " + ReportPeriod.d(report.period().to())
					+ ")", ParagraphAlignment.CENTER, false, true, 13);
			body(doc, outline.intro().replace("{agency}", report.agencyName())
				.replace("{period}", report.period().shortLabel()), false);
			for (SectionView s : report.sections()) {
				ReportDocx.paragraph(doc, s.heading(), ParagraphAlignment.BOTH, true, false, 14);
				for (String figure : s.figures()) {
					body(doc, "- " + figure, false);
				}
				for (String line : s.text().split("\\R")) {
					if (!line.isBlank()) {
						body(doc, line, false);
					}
				}
			}
			body(doc, outline.closing().replace("{agency}", report.agencyName())
				.replace("{period}", report.period().shortLabel()), false);
			XWPFTable sign = doc.createTable(1, 2);
			sign.setWidth("100%");
			sign.removeBorders();
			StringBuilder to = new StringBuilder("Nơi nhận:");
			outline.recipients().forEach(r -> to.append("\n- ").append(r));
			cell(sign.getRow(0).getCell(0), to.toString(), false, true);
			cell(sign.getRow(0).getCell(1), outline.signerTitle() + "\n\n\n\n"
					+ (report.signer() == null ? "" : report.signer()), true, false);
			if (!report.annexes().isEmpty()) {
				// the text is portrait; the section break carries its page size, the annexes are landscape
				XWPFParagraph end = doc.createParagraph();
				CTSectPr portrait = end.getCTP().addNewPPr().addNewSectPr();
				CTPageSz size = portrait.addNewPgSz();
				size.setW(BigInteger.valueOf(11906));
				size.setH(BigInteger.valueOf(16838));
				boolean first = true;
				for (ReportTable table : report.annexes()) {
					if (!first) {
						doc.createParagraph().setPageBreak(true);
					}
					first = false;
					forms.appendForm(doc, table, recipient, dated);
				}
				CTSectPr last = doc.getDocument().getBody().addNewSectPr();
				CTPageSz landscape = last.addNewPgSz();
				landscape.setOrient(STPageOrientation.LANDSCAPE);
				landscape.setW(BigInteger.valueOf(16838));
				landscape.setH(BigInteger.valueOf(11906));
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void body(XWPFDocument doc, String text, boolean bold) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setFirstLineIndent(567);
		p.setSpacingAfter(80);
		XWPFRun run = p.createRun();
		run.setFontFamily("Times New Roman");
		run.setFontSize(14);
		run.setBold(bold);
		run.setText(text);
	}

	private static void cell(XWPFTableCell cell, String text, boolean bold, boolean italic) {
		XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
		p.setAlignment(italic && text.startsWith("Nơi") ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
		XWPFRun run = p.createRun();
		run.setFontFamily("Times New Roman");
		run.setFontSize(13);
		run.setBold(bold);
		run.setItalic(italic);
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i]);
		}
	}
}
