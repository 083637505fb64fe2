package vn.motcua.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Pattern;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.motcua.shared.VietnameseText;
import vn.motcua.shared.VietnamTime;

/**
 * Renders a Thymeleaf template to PDF with openhtmltopdf, for the legal forms (Mẫu 01–06) and reports.
 * <p>
 * Templates live under {@code src/main/resources/templates/}, by convention in {@code pdf/}, and are written as
 * XHTML (every tag closed, numeric character references such as {@code &#160;} instead of named ones): they are
 * parsed as XML. The template chooses its page with CSS ({@code @page { size: A5 }}, {@code A4 landscape}; A4
 * portrait when it says nothing), links the shared style sheet {@code pdf/forms.css} and uses the fragments of
 * {@code pdf/fragments.html} (national motto header, place and date line, signature blocks). The expression object
 * {@code #forms} ({@link FormExpressions}) formats dates the official way and draws QR codes.
 * <p>
 * Liberation Serif (metric-compatible with Times New Roman, which Decree 30/2020 prescribes) is embedded, as a
 * subset, under the family names "Liberation Serif", "Times New Roman" and "serif", so every Vietnamese letter
 * prints whatever the template asks for. All text, template and model alike, is normalised to Unicode NFC before
 * layout: decomposed accents would be drawn beside their letters. The renderer reads nothing outside the class path
 * and {@code data:} URIs, so a value in the model can never make it fetch a URL or a local file.
 */
@Service
public class PdfRenderer {

	static {
		XRLog.setLoggerImpl(new Slf4jLog());
	}

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9_-]+(/[a-z0-9_-]+)*");

	private static final String TEMPLATE_ROOT = "templates/";

	private static final List<String> FONT_FAMILIES = List.of("Liberation Serif", "Times New Roman", "serif");

	private final TemplateEngine engine;

	private final List<Font> fonts;

	PdfRenderer(@Value("${spring.thymeleaf.cache:true}") boolean cache, Clock clock) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfRenderer.class.getClassLoader());
		resolver.setPrefix(TEMPLATE_ROOT);
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(cache);
		resolver.setCheckExistence(true);
		SpringTemplateEngine springEngine = new SpringTemplateEngine();
		springEngine.setTemplateResolver(resolver);
		springEngine.setDialect(new VietnamTime.Dialect(() -> clock));
		springEngine.addDialect(new FormsDialect());
		this.engine = springEngine;
		this.fonts = List.of(font("Regular", 400, FontStyle.NORMAL), font("Bold", 700, FontStyle.NORMAL),
				font("Italic", 400, FontStyle.ITALIC), font("BoldItalic", 700, FontStyle.ITALIC));
	}

	/**
	 * The template rendered to PDF.
	 * @param template the template name under {@code templates/} without {@code .html}, e.g. {@code pdf/sample}
	 * @param model the template's variables
	 */
	public byte[] render(String template, Map<String, ?> model) {
		String html = html(template, model);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useDefaultPageSize(210, 297, PageSizeUnits.MM);
		builder.withProducer("Một Cửa");
		for (Font font : fonts) {
			for (String family : FONT_FAMILIES) {
				builder.useFont(() -> new ByteArrayInputStream(font.bytes()), family, font.weight(), font.style(),
						true);
			}
		}
		builder.useProtocolsStreamImplementation(new ClassPathStreams(), "classpath");
		builder.useExternalResourceAccessControl(
				(uri, type) -> uri != null && (uri.startsWith("classpath:") || uri.startsWith("data:")),
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.withHtmlContent(html, baseUri(template));
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render " + template, ex);
		}
		return out.toByteArray();
	}

	/**
	 * A QR code of the text as a PNG data URI for an {@code <img>}, for templates that take it from the model
	 * (templates can also write {@code th:src="${#forms.qr(text)}"}).
	 */
	public String qrDataUri(String text) {
		return QrCode.dataUri(text);
	}

	/** The XHTML that {@link #render} lays out: the template's output in NFC. For previews and tests. */
	public String html(String template, Map<String, ?> model) {
		if (!TEMPLATE_NAME.matcher(template).matches()) {
			throw new IllegalArgumentException("Not a template name: " + template);
		}
		Context context = new Context(VIETNAMESE, new HashMap<>(model));
		return VietnameseText.nfc(engine.process(template, context));
	}

	/** The folder of the template, so that it links {@code ../forms.css} or {@code forms.css} relative to itself. */
	private static String baseUri(String template) {
		int slash = template.lastIndexOf('/');
		return "classpath:/" + TEMPLATE_ROOT + (slash < 0 ? "" : template.substring(0, slash + 1));
	}

	private static Font font(String variant, int weight, FontStyle style) {
		String resource = "liberation/LiberationSerif-" + variant + ".ttf";
		try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font " + resource + " is not on the class path");
			}
			return new Font(in.readAllBytes(), weight, style);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Font(byte[] bytes, int weight, FontStyle style) {
	}

	/** Reads {@code classpath:/...} URIs (style sheets, images) from the application's class path. */
	private static final class ClassPathStreams implements FSStreamFactory {

		@Override
		public FSStream getUrl(String url) {
			String path = url.substring("classpath:".length()).replaceFirst("^/+", "");
			return new FSStream() {
				@Override
				public @Nullable InputStream getStream() {
					if (path.contains("..")) {
						return null;
					}
					return PdfRenderer.class.getClassLoader().getResourceAsStream(path);
				}

				@Override
				public @Nullable Reader getReader() {
					InputStream stream = getStream();
					return stream == null ? null : new InputStreamReader(stream, StandardCharsets.UTF_8);
				}
			};
		}
	}

	/**
	 * Sends openhtmltopdf's messages to SLF4J under their own logger names ({@code com.openhtmltopdf.*}), so that
	 * {@code logging.level.com.openhtmltopdf} governs them, instead of its own console handler.
	 */
	private static final class Slf4jLog implements XRLogger {

		@Override
		public void log(String where, Level level, String message) {
			log(where, level, message, null);
		}

		@Override
		public void log(String where, Level level, String message, @Nullable Throwable error) {
			Logger logger = LoggerFactory.getLogger(where);
			if (level.intValue() >= Level.SEVERE.intValue()) {
				logger.error(message, error);
			}
			else if (level.intValue() >= Level.WARNING.intValue()) {
				logger.warn(message, error);
			}
			else if (level.intValue() >= Level.INFO.intValue()) {
				logger.info(message, error);
			}
			else {
				logger.debug(message, error);
			}
		}

		@Override
		public void setLevel(String logger, Level level) {
			// levels are set with logging.level.*
		}

		@Override
		public boolean isLogLevelEnabled(Diagnostic diagnostic) {
			Logger logger = LoggerFactory.getLogger("com.openhtmltopdf");
			int level = diagnostic.getLevel().intValue();
			return level >= Level.WARNING.intValue() ? logger.isWarnEnabled()
					: level >= Level.INFO.intValue() ? logger.isInfoEnabled() : logger.isDebugEnabled();
		}
	}

	/** Makes {@link FormExpressions} available to templates as {@code #forms}. */
	private static final class FormsDialect extends AbstractDialect implements IExpressionObjectDialect {

		FormsDialect() {
			super("motcua-forms");
		}

		@Override
		public IExpressionObjectFactory getExpressionObjectFactory() {
			return new IExpressionObjectFactory() {
				@Override
				public Set<String> getAllExpressionObjectNames() {
					return Set.of("forms");
				}

				@Override
				public Object buildObject(org.thymeleaf.context.IExpressionContext context, String name) {
					return FormExpressions.INSTANCE;
				}

				@Override
				public boolean isCacheable(String name) {
					return true;
				}
			};
		}
	}
}
