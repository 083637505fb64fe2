package vn.motcua.reporting;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.VietnamTime;

/**
 * The filled official forms as files. A table whose printed formulas do not hold is never exported (the
 * computation guarantees they hold; this is the last check).
 */
@Service
public class ReportExports {

	private final ReportXlsx xlsx;

	private final ReportDocx docx;

	private final ReportPdf pdf;

	private final String recipient;

	private final String place;

	private final Clock clock;

	ReportExports(ReportXlsx xlsx, ReportDocx docx, ReportPdf pdf,
			@Value("${motcua.reports.recipient:Văn phòng Ủy ban nhân dân tỉnh}") String recipient,
			@Value("${motcua.reports.place:Hà Tĩnh}") String place, Clock clock) {
		this.place = place;
		this.clock = clock;
		this.xlsx = xlsx;
		this.docx = docx;
		this.pdf = pdf;
		this.recipient = recipient;
	}

	/** A file to send. */
	public record Export(String name, String mediaType, byte[] bytes) {
	}

	/** The filled form in one of the exported formats ({@code xlsx}, {@code docx}, {@code pdf}). */
	public Export export(ReportTable table, String format) {
		return switch (format.toLowerCase(java.util.Locale.ROOT)) {
			case "xlsx" -> xlsx(table);
			case "docx" -> docx(table);
			case "pdf" -> pdf(table);
			default -> throw new InvalidInputException("format", "Định dạng phải là json, xlsx, docx hoặc pdf");
		};
	}

	public Export xlsx(ReportTable table) {
		check(table);
		return new Export(name(table, "xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				xlsx.export(table, recipient, dated()));
	}

	public Export docx(ReportTable table) {
		check(table);
		return new Export(name(table, "docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				docx.export(table, recipient, dated()));
	}

	public Export pdf(ReportTable table) {
		check(table);
		return new Export(name(table, "pdf"), "application/pdf", pdf.export(table, recipient, dated()));
	}

	/** "Hà Tĩnh, ngày 4 tháng 12 năm 2026": the place and today's date in Vietnam, as the forms are signed. */
	String dated() {
		return dated(place, VietnamTime.today(clock));
	}

	/** The place-and-date line of an official document (Decree 30/2020): "Hà Tĩnh, ngày 4 tháng 12 năm 2026". */
	static String dated(String place, LocalDate day) {
		return place + ", ngày " + day.getDayOfMonth() + " tháng " + day.getMonthValue() + " năm " + day.getYear();
	}

	private static void check(ReportTable table) {
		if (!table.violations().isEmpty()) {
			throw new ConflictException("Biểu " + table.form().code() + " không thỏa công thức: "
					+ String.join("; ", table.violations()));
		}
	}

	private static String name(ReportTable table, String extension) {
		return "Bieu-" + table.form().code() + "-" + table.agencyCode() + "-" + table.period().key() + "." + extension;
	}
}
