package vn.motcua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import vn.motcua.shared.UnsupportedMediaTypeException;

/**
 * Finds the type of content from its bytes with Apache Tika, never from the file name or the declared content type,
 * and accepts only PDF, JPEG, PNG, DOCX and XLSX.
 * <p>
 * Tika's core detector calls both Office Open XML formats {@code application/x-tika-ooxml} (or {@code application/zip}
 * when the package does not start with the usual entry). They are told apart here by reading the package's
 * {@code [Content_Types].xml}: the main part must be a Word document or an Excel workbook, and that part must exist.
 * Macro-enabled documents, templates, slides and any other ZIP are turned away.
 */
class ContentSniffer {

	static final String PDF = "application/pdf";

	static final String JPEG = "image/jpeg";

	static final String PNG = "image/png";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The accepted media types, in the order they are named to users. */
	static final List<String> ACCEPTED = List.of(PDF, JPEG, PNG, DOCX, XLSX);

	/** The usual file extensions of each accepted type, the first being the one added to names that lack it. */
	static final Map<String, List<String>> EXTENSIONS = Map.of(PDF, List.of("pdf"), JPEG,
			List.of("jpg", "jpeg", "jpe", "jfif"), PNG, List.of("png"), DOCX, List.of("docx"), XLSX, List.of("xlsx"));

	private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	private static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

	private static final List<String> ZIP_TYPES = List.of("application/zip", "application/x-tika-ooxml", DOCX, XLSX);

	/** [Content_Types].xml is a few kilobytes; anything much larger is not a genuine package. */
	private static final int MAX_CONTENT_TYPES_SIZE = 1024 * 1024;

	private final Detector detector = new DefaultDetector();

	/**
	 * The accepted media type of the content.
	 * @param head the first bytes of the content (at least {@link FileContents#HEAD_SIZE} when it is that long)
	 * @param content the whole content on disk, read only for Office Open XML packages
	 * @throws UnsupportedMediaTypeException for anything else, naming the type found
	 */
	String sniff(byte[] head, Path content) {
		String detected = detect(head);
		if (detected.equals(PDF) || detected.equals(JPEG) || detected.equals(PNG)) {
			return detected;
		}
		if (ZIP_TYPES.contains(detected)) {
			String office = officeType(content);
			if (office != null) {
				return office;
			}
		}
		throw unsupported(detected);
	}

	/** Tika's media type for the bytes, without parameters. */
	String detect(byte[] head) {
		try (InputStream in = new ByteArrayInputStream(head)) {
			return detector.detect(in, new Metadata()).getBaseType().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static UnsupportedMediaTypeException unsupported(String detected) {
		return new UnsupportedMediaTypeException("Loại tệp không được chấp nhận (nội dung là " + detected
				+ "). Chỉ nhận tệp PDF, JPEG, PNG, DOCX hoặc XLSX.", detected, ACCEPTED);
	}

	/** DOCX or XLSX when the ZIP is such a package, otherwise {@code null}. */
	static @Nullable String officeType(Path content) {
		try (ZipFile zip = new ZipFile(content.toFile())) {
			ZipEntry types = zip.getEntry("[Content_Types].xml");
			if (types == null || types.isDirectory()) {
				return null;
			}
			byte[] xml;
			try (InputStream in = zip.getInputStream(types)) {
				xml = in.readNBytes(MAX_CONTENT_TYPES_SIZE + 1);
			}
			if (xml.length > MAX_CONTENT_TYPES_SIZE) {
				return null;
			}
			List<String> found = new ArrayList<>();
			NodeList overrides = parse(xml).getElementsByTagNameNS("*", "Override");
			for (int i = 0; i < overrides.getLength(); i++) {
				Element override = (Element) overrides.item(i);
				String type = override.getAttribute("ContentType").trim();
				String part = override.getAttribute("PartName").trim();
				String entry = part.startsWith("/") ? part.substring(1) : part;
				if ((type.equals(DOCX_MAIN) || type.equals(XLSX_MAIN)) && zip.getEntry(entry) != null) {
					found.add(type.equals(DOCX_MAIN) ? DOCX : XLSX);
				}
			}
			return found.size() == 1 ? found.get(0) : null;
		}
		catch (ZipException | SAXException ex) {
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static org.w3c.dom.Document parse(byte[] xml) throws SAXException, IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
