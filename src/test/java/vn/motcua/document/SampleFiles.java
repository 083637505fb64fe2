package vn.motcua.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small real files of every kind, made on the spot, and a few impostors. */
final class SampleFiles {

	private SampleFiles() {
	}

	static byte[] pdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A5);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(50, 500);
				content.showText("Ho so so hoa");
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] png() {
		return image("png");
	}

	static byte[] jpeg() {
		return image("jpeg");
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 64, 48);
		g.setColor(Color.RED);
		g.fillOval(8, 8, 32, 32);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] docx() {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Đơn đề nghị cấp phép tổ chức hội nghị quốc tế");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Danh sách đại biểu").createRow(0).createCell(0).setCellValue("Họ và tên");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A Windows executable: "MZ", a DOS header whose e_lfanew points to a PE signature and a COFF header. */
	static byte[] exe() {
		byte[] bytes = new byte[1024];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[2] = (byte) 0x90;
		bytes[0x3C] = (byte) 0x80;
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		bytes[0x84] = 0x4C;
		bytes[0x85] = 0x01;
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, bytes, 0x4E, stub.length);
		return bytes;
	}

	static byte[] text() {
		return "Đây là một tệp văn bản thường, không phải PDF.\n".repeat(20).getBytes(StandardCharsets.UTF_8);
	}

	/** A ZIP whose entries are given in order (name → content). */
	static byte[] zip(Map<String, String> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** [Content_Types].xml naming one main part of the given type. */
	static String contentTypes(String partName, String mainType) {
		return """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
				<Default Extension="xml" ContentType="application/xml"/>
				<Override PartName="%s" ContentType="%s"/>
				</Types>""".formatted(partName, mainType);
	}

	/** A package laid out like a Word document but whose entries are in an unusual order. */
	static byte[] officePackage(String partName, String mainType, boolean contentTypesFirst) {
		Map<String, String> entries = new LinkedHashMap<>();
		if (!contentTypesFirst) {
			entries.put("docProps/core.xml", "<coreProperties/>");
		}
		entries.put("[Content_Types].xml", contentTypes(partName, mainType));
		entries.put(partName.substring(1), "<document/>");
		return zip(entries);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
