package vn.motcua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import vn.motcua.shared.VietnameseText;

/**
 * Renders a Thymeleaf template to PDF with Liberation Serif (metric-compatible with Times New Roman, the font of
 * Decree 30/2020) embedded under the name "Times New Roman". The page size comes from the template's {@code @page}
 * rule (A5 for Mẫu 01–05, A4 for Mẫu 06 and reports). Text is normalised to NFC first: decomposed Vietnamese
 * renders with misplaced marks.
 */
@Service
public class PdfRenderer {

	private final SpringTemplateEngine templates;

	PdfRenderer(SpringTemplateEngine templates) {
		this.templates = templates;
	}

	/** The PDF of {@code template} (a path under {@code templates/}) filled with {@code model}. */
	public byte[] render(String template, Map<String, Object> model) {
		Context context = new Context(Locale.forLanguageTag("vi"));
		context.setVariables(model);
		String html = VietnameseText.nfc(templates.process(template, context));
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			for (String[] face : new String[][] { { "Regular", "400", "NORMAL" }, { "Bold", "700", "NORMAL" },
					{ "Italic", "400", "ITALIC" }, { "BoldItalic", "700", "ITALIC" } }) {
				builder.useFont(() -> PdfRenderer.class.getResourceAsStream("/liberation/LiberationSerif-" + face[0] + ".ttf"),
						"Times New Roman", Integer.valueOf(face[1]), PdfRendererBuilder.FontStyle.valueOf(face[2]), true);
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

	/** A QR code of {@code text} as a PNG data URI for an {@code <img>}. */
	public String qrDataUri(String text) {
		try {
			Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
			hints.put(EncodeHintType.MARGIN, 1);
			hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 200, 200, hints);
			java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(matrix.getWidth(), matrix.getHeight(),
					java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
			for (int x = 0; x < matrix.getWidth(); x++) {
				for (int y = 0; y < matrix.getHeight(); y++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			javax.imageio.ImageIO.write(image, "png", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException | IOException ex) {
			throw new IllegalStateException("Cannot draw the QR code", ex);
		}
	}
}
