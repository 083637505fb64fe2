package vn.motcua.catalogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue export cuts a text longer than an XLSX cell holds (32,767 characters) instead of failing with 500. */
class CellLimitTest {

	@Test
	void aLongTextIsCutAtTheCellLimitWithAMark() {
		assertThat(CatalogueTransfer.fitsACell("ạ".repeat(40_000))).hasSize(32_767).endsWith("…");
		assertThat(CatalogueTransfer.fitsACell("Căn cứ pháp lý")).isEqualTo("Căn cứ pháp lý");
		assertThat(CatalogueTransfer.fitsACell(null)).isNull();
	}
}
