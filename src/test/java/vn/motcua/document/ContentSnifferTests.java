package vn.motcua.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.shared.UnsupportedMediaTypeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Types are found from the bytes alone; only PDF, JPEG, PNG, DOCX and XLSX pass. */
class ContentSnifferTests {

	static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	static final String DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";

	final ContentSniffer sniffer = new ContentSniffer();

	@TempDir
	Path folder;

	String sniff(byte[] bytes) throws IOException {
		Path file = Files.write(folder.resolve("content"), bytes);
		return sniffer.sniff(Arrays.copyOf(bytes, Math.min(bytes.length, FileContents.HEAD_SIZE)), file);
	}

	@Test
	void theFiveAcceptedTypesAreRecognisedFromTheirBytes() throws IOException {
		assertThat(sniff(SampleFiles.pdf())).isEqualTo(ContentSniffer.PDF);
		assertThat(sniff(SampleFiles.png())).isEqualTo(ContentSniffer.PNG);
		assertThat(sniff(SampleFiles.jpeg())).isEqualTo(ContentSniffer.JPEG);
		assertThat(sniff(SampleFiles.docx())).isEqualTo(ContentSniffer.DOCX);
		assertThat(sniff(SampleFiles.xlsx())).isEqualTo(ContentSniffer.XLSX);
	}

	@Test
	void anExecutableIsRefusedAndNamed() {
		assertThatThrownBy(() -> sniff(SampleFiles.exe())).isInstanceOf(UnsupportedMediaTypeException.class)
			.satisfies(ex -> assertThat(((UnsupportedMediaTypeException) ex).detectedType())
				.matches("application/x-(msdownload|dosexec)"));
	}

	@Test
	void textIsRefused() {
		assertThatThrownBy(() -> sniff(SampleFiles.text())).isInstanceOf(UnsupportedMediaTypeException.class)
			.hasMessageContaining("text/plain");
	}

	@Test
	void aPlainZipIsRefused() {
		assertThatThrownBy(() -> sniff(SampleFiles.zip(Map.of("a.txt", "xin chào"))))
			.isInstanceOf(UnsupportedMediaTypeException.class);
	}

	@Test
	void aMacroEnabledDocumentIsRefused() {
		assertThatThrownBy(() -> sniff(SampleFiles.officePackage("/word/document.xml", DOCM_MAIN, true)))
			.isInstanceOf(UnsupportedMediaTypeException.class);
	}

	@Test
	void aPackageWhoseMainPartIsMissingIsRefused() {
		byte[] zip = SampleFiles.zip(Map.of("[Content_Types].xml",
				SampleFiles.contentTypes("/word/document.xml", DOCX_MAIN), "word/other.xml", "<x/>"));
		assertThatThrownBy(() -> sniff(zip)).isInstanceOf(UnsupportedMediaTypeException.class);
	}

	@Test
	void aDocumentIsRecognisedWhateverTheOrderOfItsEntries() throws IOException {
		assertThat(sniff(SampleFiles.officePackage("/word/document.xml", DOCX_MAIN, false)))
			.isEqualTo(ContentSniffer.DOCX);
	}

	@Test
	void contentTypesWithADoctypeAreNotParsed() {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE Types [<!ENTITY x SYSTEM "file:///etc/passwd">]>
				<Types><Override PartName="/word/document.xml" ContentType="&x;"/></Types>""";
		byte[] zip = SampleFiles.zip(Map.of("[Content_Types].xml", xxe, "word/document.xml", "<x/>"));
		assertThatThrownBy(() -> sniff(zip)).isInstanceOf(UnsupportedMediaTypeException.class);
	}

	@Test
	void aTruncatedZipIsRefused() {
		byte[] docx = SampleFiles.docx();
		assertThatThrownBy(() -> sniff(Arrays.copyOf(docx, 200))).isInstanceOf(UnsupportedMediaTypeException.class);
	}
}
