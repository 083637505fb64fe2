package vn.motcua.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import vn.motcua.shared.VietnameseText;

/** The form as a landscape A4 PDF, rendered from the same layout as the page with Liberation Serif embedded. */
@Component
class ReportPdf {

	private final SpringTemplateEngine templates;

	ReportPdf(SpringTemplateEngine templates) {
		this.templates = templates;
	}

	byte[] export(ReportTable table, String recipient) {
		Context context = new Context(java.util.Locale.forLanguageTag("vi"));
		context.setVariables(Map.of("table", table, "recipient", recipient, "today", LocalDate.now()));
		String html = VietnameseText.nfc(templates.process("reporting/form-pdf", context));
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			for (String[] face : new String[][] { { "Regular", "400", "NORMAL" }, { "Bold", "700", "NORMAL" },
					{ "Italic", "400", "ITALIC" }, { "BoldItalic", "700", "ITALIC" } }) {
				builder.useFont(() -> getClass().getResourceAsStream("/liberation/LiberationSerif-" + face[0] + ".ttf"),
						"Times New Roman", Integer.valueOf(face[1]),
						PdfRendererBuilder.FontStyle.valueOf(face[2]), true);
			}
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
