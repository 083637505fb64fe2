package vn.motcua.reporting;

import java.util.Map;

import org.springframework.stereotype.Component;
import vn.motcua.document.PdfRenderer;

/** The form as a landscape A4 PDF, rendered from the same layout as the page with Liberation Serif embedded. */
@Component
class ReportPdf {

	private final PdfRenderer pdf;

	ReportPdf(PdfRenderer pdf) {
		this.pdf = pdf;
	}

	byte[] export(ReportTable table, String recipient, String dated) {
		return pdf.render("reporting/form-pdf", Map.of("table", table, "recipient", recipient, "dated", dated));
	}
}
