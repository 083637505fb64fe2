package vn.motcua.catalogue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff and public pages of the catalogue: field errors, versions with their differences, permissions, forms. */
@MotCuaTest
class CataloguePageTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long count() {
		return jdbc.sql("select count(*) from procedure").query(Long.class).single();
	}

	@Test
	void theFormShowsErrorsBesideTheFieldsAndStoresNothing() throws Exception {
		long before = count();
		mvc.perform(post("/quan-tri/thu-tuc/moi").param("code", "TT.000001").param("name", "Thủ tục qua trang")
			.param("agencyCode", "SNV-HT").param("processingAmount", "5").param("processingUnit", "WORKING_DAY")
			.param("validFrom", "2024-01-01").param("fees", "Lệ phí | năm chục")
			.param("steps", "Tiếp nhận | RECEPTION_OFFICER | 1\nGiải quyết | PROCESSING_OFFICER | 2")
			.param("onlineMode", "PARTIAL")
			.with(user("quantri").roles("AGENCY_ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("has-error"),
					containsString("Dòng thứ 1: số tiền"))));
		mvc.perform(post("/quan-tri/thu-tuc/moi").param("code", "TT.000001").param("name", "Thủ tục qua trang")
			.param("agencyCode", "SNV-HT").param("processingAmount", "5").param("processingUnit", "WORKING_DAY")
			.param("validFrom", "2024-01-01").param("fees", "Lệ phí | 50.000")
			.param("steps", "Tiếp nhận | RECEPTION_OFFICER | 1\nGiải quyết | PROCESSING_OFFICER | 2")
			.param("onlineMode", "PARTIAL")
			.with(user("quantri").roles("AGENCY_ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tổng số ngày các bước (3)"),
					containsString("phải công bố lý do"))));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aNewVersionFromTheFormShowsWhatChangedInTheHistory() throws Exception {
		mvc.perform(post("/quan-tri/thu-tuc/moi").param("code", "TT.000002").param("name", "Thủ tục có lịch sử")
			.param("agencyCode", "SNV-HT").param("fieldCode", "LANH_SU").param("processingAmount", "7")
			.param("processingUnit", "WORKING_DAY").param("validFrom", "2023-01-01").param("status", "PUBLISHED")
			.param("fees", "Lệ phí | 30000").param("components", "TK | Tờ khai | bản chính | 1 | bắt buộc")
			.param("applicantTypes", "CITIZEN").param("onlineMode", "NONE").param("oneStop", "true")
			.with(user("quantri").roles("AGENCY_ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/quan-tri/thu-tuc/TT.000002"));
		mvc.perform(get("/quan-tri/thu-tuc/TT.000002/sua").with(user("quantri").roles("AGENCY_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("TK | Tờ khai | bản ch")));
		mvc.perform(post("/quan-tri/thu-tuc/TT.000002/sua").param("name", "Thủ tục có lịch sử")
			.param("agencyCode", "SNV-HT").param("fieldCode", "LANH_SU").param("processingAmount", "5")
			.param("processingUnit", "WORKING_DAY").param("validFrom", "2025-07-01")
			.param("fees", "Lệ phí | 50000").param("components", "TK | Tờ khai | bản chính | 1 | bắt buộc")
			.param("applicantTypes", "CITIZEN").param("onlineMode", "FULL").param("oneStop", "true")
			.with(user("quantri").roles("AGENCY_ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/quan-tri/thu-tuc/TT.000002"));
		mvc.perform(get("/quan-tri/thu-tuc/TT.000002").with(user("xem").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Phiên bản 2"), containsString("Thời hạn"),
					containsString("Lệ phí | 50000"), containsString("Trực tuyến toàn trình"),
					containsString("Không trực tuyến"), not(containsString("Sửa (tạo phiên bản mới)")))));
	}

	@Test
	void onlyTheAgencysAdministratorsEdit() throws Exception {
		mvc.perform(get("/quan-tri/thu-tuc/moi").with(user("xem").roles("VIEWER"))).andExpect(status().isForbidden());
		mvc.perform(get("/quan-tri/thu-tuc/2.002353/sua").with(user("kiemsoat").roles("CONTROL_OFFICER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/quan-tri/thu-tuc/2.002353/sua").with(user("quantri.stp").roles("AGENCY_ADMIN")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/quan-tri/thu-tuc/2.002353/trang-thai").param("status", "REPEALED")
			.with(user("quantri.stp").roles("AGENCY_ADMIN")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/procedures/2.002353").contentType(MediaType.APPLICATION_JSON)
			.content(CatalogueTests.body("2.002353", "2030-01-01", 4, "Không được"))
			.with(httpBasic("quantri.stp", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/procedures/2.002353").contentType(MediaType.APPLICATION_JSON)
			.content(CatalogueTests.body("2.002353", "2030-01-01", 4, "Không được"))
			.with(httpBasic("motcua", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/quan-tri/thu-tuc/2.002353/sua").with(user("quantri").roles("AGENCY_ADMIN")))
			.andExpect(status().isOk());
	}

	@Test
	void publishAndRepealAreGuarded() throws Exception {
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.content(CatalogueTests.body("TT.000003", "2022-01-01", 7, "Dự thảo").replace("\"fieldCode\"",
					"\"status\": \"DRAFT\", \"fieldCode\""))
			.with(httpBasic("quantri", PASSWORD))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/procedures/TT.000003/status").contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"REPEALED\"}").with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("DRAFT")));
		mvc.perform(get("/thu-tuc/TT.000003")).andExpect(status().isNotFound());
		mvc.perform(post("/quan-tri/thu-tuc/TT.000003/trang-thai").param("status", "PUBLISHED")
			.with(user("quantri").roles("AGENCY_ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/quan-tri/thu-tuc/TT.000003"));
		mvc.perform(get("/thu-tuc/TT.000003")).andExpect(status().isOk());
		mvc.perform(get("/thu-tuc").param("q", "tt.000003")).andExpect(content().string(containsString("Dự thảo")));
		mvc.perform(post("/api/v1/procedures/TT.000003/status").contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"REPEALED\", \"from\": \"2026-01-01\"}").with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/procedures/TT.000003").with(httpBasic("xem", PASSWORD)))
			.andExpect(content().string(containsString("\"repealedFrom\":\"2026-01-01\"")));
		mvc.perform(get("/thu-tuc").param("q", "tt.000003"))
			.andExpect(content().string(containsString("Không tìm thấy thủ tục nào")));
		mvc.perform(get("/api/v1/procedures").param("q", "TT.000003").with(httpBasic("xem", PASSWORD)))
			.andExpect(content().string(containsString("\"status\":\"REPEALED\"")));
		mvc.perform(post("/api/v1/procedures/TT.000003/status").contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"PUBLISHED\"}").with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isConflict());
		mvc.perform(put("/api/v1/procedures/TT.000003").contentType(MediaType.APPLICATION_JSON)
			.content(CatalogueTests.body("TT.000003", "2027-01-01", 7, "Dự thảo")).with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("REPEALED")));
	}

	@Test
	void aBlankFormUploadedWithTheProcedureIsDownloadableWithoutSignIn() throws Exception {
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		mvc.perform(multipart("/quan-tri/thu-tuc/moi").file(new MockMultipartFile("templateFile", "to-khai.pdf",
				"application/pdf", pdf))
			.param("code", "TT.000004").param("name", "Thủ tục có mẫu đơn").param("agencyCode", "SNV-HT")
			.param("processingAmount", "3").param("processingUnit", "WORKING_DAY").param("validFrom", "2024-01-01")
			.param("status", "PUBLISHED").param("onlineMode", "FULL")
			.param("components", "TK | Tờ khai | bản chính | 1 | bắt buộc\nCC | Căn cước | bản sao | 1 | bắt buộc")
			.param("templateFor", "TK")
			.with(user("quantri").roles("AGENCY_ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/quan-tri/thu-tuc/TT.000004"));
		mvc.perform(get("/thu-tuc/TT.000004"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/thu-tuc/TT.000004/mau/TK"),
					containsString("/nop-truc-tuyen/TT.000004"), containsString("Bản sao"))));
		mvc.perform(get("/thu-tuc/TT.000004/mau/TK"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(pdf));
		mvc.perform(get("/thu-tuc/TT.000004/mau/CC")).andExpect(status().isNotFound());
	}

	@Test
	void theImportPageListsEveryErrorWithRowAndColumn() throws Exception {
		byte[] file = CatalogueTransferTests.sheet(java.util.List.of(CatalogueTransferTests.HEADER,
				java.util.List.of("TT.000005", "", "LANH_SU", "SNV-HT", "PROVINCE", "CENTRAL", "7", "WORKING_DAY", "",
						"TK | Tờ khai", "2024-01-01")));
		mvc.perform(multipart("/quan-tri/thu-tuc/nhap-xuat").file(new MockMultipartFile("file", "a.xlsx",
				"application/octet-stream", file)).with(user("quantri").roles("AGENCY_ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Không nhập: 2 lỗi"), containsString("Dòng 2, cột Tên thủ tục"),
					containsString("Dòng 2, cột Thành phần hồ sơ"))));
		mvc.perform(get("/quan-tri/thu-tuc/mau-nhap").with(user("quantri").roles("AGENCY_ADMIN")))
			.andExpect(status().isOk());
	}

	@Test
	void theDecisionFormShowsUnknownCodesBesideTheProcedures() throws Exception {
		mvc.perform(post("/quan-tri/quyet-dinh-cong-bo/moi").param("number", "99/QĐ-UBND").param("signedOn", "2026-01-02")
			.param("agencyCode", "SNV-HT").param("procedures", "2.002352 | sửa đổi\nKHONG.CO | mới")
			.with(user("kiemsoat").roles("CONTROL_OFFICER")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("has-error"), containsString("Dòng 2: Không có thủ tục mã KHONG.CO"))));
		mvc.perform(get("/quan-tri/quyet-dinh-cong-bo/moi").with(user("xem").roles("VIEWER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/quan-tri/quyet-dinh-cong-bo").with(user("xem").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("99/QĐ-UBND"))));
	}

	@Test
	void theDemoCatalogueShowsLegsStepsDecisionsAndTheFeeSplit() throws Exception {
		mvc.perform(get("/quan-tri/thu-tuc/2.002352").with(user("xem").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Cục Lãnh sự - Bộ Ngoại giao: 3 ngày"),
					containsString("Thẩm định hồ sơ, dự thảo văn bản đề nghị"), containsString("1520/QĐ-UBND"),
					containsString("2449/QĐ-UBND"), containsString("Thông tư số 08/2025/TT-BNG"))));
		mvc.perform(get("/thu-tuc/LS.000001"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bộ Ngoại giao 20%"), containsString("30.000 đồng"),
					containsString("/thu-tuc/LS.000001/mau/TK"), containsString("Người nước ngoài"))));
		mvc.perform(get("/thu-tuc/LS.000001/mau/TK"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get("/thu-tuc/cong-bo"))
			.andExpect(content().string(allOf(containsString("2449/QĐ-UBND"), containsString("29/06/2021"),
					containsString("Sửa đổi, bổ sung"))));
	}

	@Test
	void publicSearchIgnoresDiacriticsAndHasAnEmptyState() throws Exception {
		mvc.perform(get("/thu-tuc").param("q", "HO CHIEU NGOAI GIAO"))
			.andExpect(content().string(containsString("Cấp hộ chiếu ngoại giao, hộ chiếu công vụ")));
		mvc.perform(get("/thu-tuc").param("q", "hộ chiếu ngoại giao"))
			.andExpect(content().string(containsString("Gia hạn hộ chiếu ngoại giao")));
		mvc.perform(get("/thu-tuc").param("q", "2.00235"))
			.andExpect(content().string(containsString("Cấp công hàm")));
		mvc.perform(get("/thu-tuc").param("q", "khong co thu tuc nay"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không tìm thấy thủ tục nào")));
		mvc.perform(get("/thu-tuc").param("q", "50%_"))
			.andExpect(status().isOk());
	}

	@Test
	void publicSearchFindsAllWordsInAnyOrderIgnoringPunctuationAndFilters() throws Exception {
		mvc.perform(get("/thu-tuc").param("q", "hoi nghi hoi thao quoc te"))
			.andExpect(content().string(containsString("Cho phép tổ chức hội nghị, hội thảo quốc tế không thuộc")))
			.andExpect(content().string(containsString("Xin chủ trương đăng cai tổ chức hội nghị")));
		mvc.perform(get("/thu-tuc").param("q", "quốc tế, hội thảo — không thuộc"))
			.andExpect(content().string(containsString("Cho phép tổ chức hội nghị, hội thảo quốc tế không thuộc")))
			.andExpect(content().string(not(containsString("Xin chủ trương đăng cai"))));
		mvc.perform(get("/thu-tuc").param("q", "hoi thao quoc te").param("online", "NONE"))
			.andExpect(content().string(containsString("Xin chủ trương đăng cai")))
			.andExpect(content().string(not(containsString("Cho phép tổ chức hội nghị, hội thảo quốc tế không thuộc"))));
		mvc.perform(get("/thu-tuc").param("q", "hoi thao").param("field", "HOI_NGHI").param("agency", "SNV-HT"))
			.andExpect(content().string(containsString("Cho phép tổ chức hội nghị")))
			.andExpect(content().string(containsString("<label for=\"field\">Lĩnh vực</label>")));
		mvc.perform(get("/thu-tuc").param("q", "hoi thao").param("agency", "KHONG-CO"))
			.andExpect(content().string(containsString("Không tìm thấy thủ tục nào")));
		mvc.perform(get("/thu-tuc").param("online", "SOMETIMES")).andExpect(status().isUnprocessableEntity());
	}

	@Test
	void theBestMatchComesFirst() throws Exception {
		String page = mvc.perform(get("/thu-tuc").param("q", "ho chieu ngoai giao"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int phrase = page.indexOf("Cấp hộ chiếu ngoại giao, hộ chiếu công vụ");
		assertThat(phrase).isPositive();
		assertThat(page.indexOf("Gia hạn hộ chiếu ngoại giao")).isGreaterThan(phrase);
	}

	@Test
	void staffCatalogueHasTheSameSearchAndFilters() throws Exception {
		mvc.perform(get("/quan-tri/thu-tuc").param("q", "thao hoi quoc").param("online", "FULL")
			.with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(content().string(containsString("Cho phép tổ chức hội nghị, hội thảo quốc tế không thuộc")))
			.andExpect(content().string(not(containsString("Xin chủ trương đăng cai"))));
	}
}
