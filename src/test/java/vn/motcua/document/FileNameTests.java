package vn.motcua.document;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Original names are kept in NFC without folders or dangerous characters, with an extension of their real type. */
class FileNameTests {

	static String name(String raw, String type) {
		return FileName.of(raw, type).value();
	}

	@Test
	void foldersAreDropped() {
		assertThat(name("C:\\Users\\Lan\\Giấy tờ\\Hộ chiếu.pdf", ContentSniffer.PDF)).isEqualTo("Hộ chiếu.pdf");
		assertThat(name("../../etc/passwd", ContentSniffer.PDF)).isEqualTo("passwd.pdf");
		assertThat(name("..", ContentSniffer.PDF)).isEqualTo("tep-dinh-kem.pdf");
	}

	@Test
	void decomposedNamesBecomePrecomposed() {
		String nfd = Normalizer.normalize("Quyết định số 12.docx", Normalizer.Form.NFD);
		assertThat(name(nfd, ContentSniffer.DOCX)).isEqualTo("Quyết định số 12.docx")
			.satisfies(n -> assertThat(Normalizer.isNormalized(n, Normalizer.Form.NFC)).isTrue());
	}

	@Test
	void theRealTypesExtensionIsAddedWhenMissingOrWrong() {
		assertThat(name("scan.pdf", ContentSniffer.PNG)).isEqualTo("scan.pdf.png");
		assertThat(name("Ảnh chân dung.JPG", ContentSniffer.JPEG)).isEqualTo("Ảnh chân dung.JPG");
		assertThat(name("Danh sách", ContentSniffer.XLSX)).isEqualTo("Danh sách.xlsx");
		assertThat(name(null, ContentSniffer.PDF)).isEqualTo("tep-dinh-kem.pdf");
		assertThat(name("bao-cao.pdf", "application/octet-stream")).isEqualTo("bao-cao.pdf");
	}

	@Test
	void controlReservedAndDirectionCharactersGo() {
		assertThat(name("hoa\u202Efdp.exe", ContentSniffer.PDF)).isEqualTo("hoafdp.exe.pdf");
		assertThat(name("a<b>:c\"d|e?f*.pdf", ContentSniffer.PDF)).isEqualTo("a_b__c_d_e_f_.pdf");
		assertThat(name("  tờ\tkhai\n\n mẫu.pdf  ", ContentSniffer.PDF)).isEqualTo("tờ khai mẫu.pdf");
	}

	@Test
	void longNamesAreCutKeepingTheExtension() {
		String name = name("Đơn ".repeat(100) + ".pdf", ContentSniffer.PDF);
		assertThat(name).hasSizeLessThanOrEqualTo(FileName.MAX_LENGTH).endsWith(".pdf").startsWith("Đơn Đơn");
		String appended = name("x".repeat(300), ContentSniffer.DOCX);
		assertThat(appended).hasSize(FileName.MAX_LENGTH).endsWith("x.docx");
	}
}
