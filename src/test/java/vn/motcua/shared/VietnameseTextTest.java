package vn.motcua.shared;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

	@Test
	void decomposedTextBecomesPrecomposed() {
		String nfd = Normalizer.normalize("Sở Ngoại vụ", Normalizer.Form.NFD);
		assertThat(nfd).isNotEqualTo("Sở Ngoại vụ");
		assertThat(VietnameseText.nfc(nfd)).isEqualTo("Sở Ngoại vụ");
	}

	@Test
	void foldingRemovesDiacriticsAndCaseIncludingDStroke() {
		assertThat(VietnameseText.fold("  Đăng ký   Hộ chiếu ĐÀ NẴNG ")).isEqualTo("dang ky ho chieu da nang");
		assertThat(VietnameseText.fold(Normalizer.normalize("Thủ tục", Normalizer.Form.NFD))).isEqualTo("thu tuc");
	}

	@Test
	void cleanTrimsAndCollapsesSpaces() {
		assertThat(VietnameseText.clean("  Lĩnh   vực\tđối ngoại ")).isEqualTo("Lĩnh vực đối ngoại");
		assertThat(VietnameseText.clean(null)).isNull();
	}
}
