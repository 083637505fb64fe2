package vn.motcua.reporting;

import java.io.ByteArrayInputStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quarterly narrative report of an agency of its own for Q3/2021: figures filled from the computed forms, texts
 * saved per section with a revision check, submission freezing a snapshot that later imports do not change (and that
 * lists what changed), reopening, the Word document read back, and who may do what.
 */
@MotCuaTest
class QuarterlyReportTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	static boolean loaded;

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("admin", PASSWORD));
	}

	@BeforeEach
	void data() throws Exception {
		if (loaded) {
			return;
		}
		mvc.perform(json(post("/api/v1/agencies"), """
				{"code": "SNV-QR", "name": "Sở Ngoại vụ quý thử", "identifierCode": "000.00.77.H97",
				 "level": "PROVINCE"}""")).andExpect(status().isCreated());
		mvc.perform(json(post("/api/v1/procedures"), """
				{"code": "Q.000005", "name": "Thủ tục quý thử", "fieldCode": "DOI_NGOAI", "agencyCode": "SNV-QR",
				 "processingTime": {"amount": 5, "unit": "WORKING_DAY"}, "validFrom": "2020-01-01"}"""))
			.andExpect(status().isCreated());
		importHistories(Ii06aReportTests.history("Q1", "Q.000005", "ONLINE", "2021-07-05T09:00:00+07:00", "COMPLETE",
				"2021-07-07T09:00:00+07:00"),
				Ii06aReportTests.history("Q2", "Q.000005", "DIRECT", "2021-09-08T09:00:00+07:00", null, null));
		loaded = true;
	}

	void importHistories(String... histories) throws Exception {
		mvc.perform(json(post("/api/v1/dossiers/import"),
				"{\"dossiers\": [" + String.join(",", histories) + "]}")).andExpect(status().isOk());
	}

	MockHttpServletRequestBuilder quarterly(MockHttpServletRequestBuilder request, String period) {
		return request.param("agency", "SNV-QR").param("period", period);
	}

	@Test
	void figuresComeFromTheFormsTextsAreSavedAndSubmissionFreezesTheReport() throws Exception {
		mvc.perform(quarterly(get("/api/v1/reports/QUARTERLY"), "2021-Q3").param("format", "json")
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.period.label").value("Quý III năm 2021 (Từ ngày 15/6/2021 đến ngày 14/9/2021)"))
			.andExpect(jsonPath("$.sections[?(@.key == 'I.6')].figures[0]").value(hasItem(
					"Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: 02, trong đó: số mới tiếp nhận trong kỳ: 02 "
							+ "(trực tuyến: 01; trực tiếp và qua dịch vụ bưu chính: 01); số từ kỳ trước chuyển qua: 0")))
			.andExpect(jsonPath("$.sections[?(@.key == 'I.6')].figures[1]").value(hasItem(
					"Số lượng hồ sơ đã giải quyết: 01; trong đó, giải quyết trước hạn: 01, đúng hạn: 0, quá hạn: 0")));

		// texts: unknown or fixed sections refused with the field named, nothing saved
		mvc.perform(quarterly(json(put("/api/v1/reports/QUARTERLY/texts"),
				"{\"texts\": {\"I\": \"x\", \"Z.9\": \"y\", \"II\": \"không lưu\"}, \"revision\": 0}"), "2021-Q3"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("texts.I", "texts.Z.9")));
		mvc.perform(quarterly(json(put("/api/v1/reports/QUARTERLY/texts"), """
				{"texts": {"I.2": "Không có văn bản QPPL chứa TTHC cần thẩm định.",
				           "II": "Công tác kiểm soát TTHC được thực hiện nghiêm túc."},
				 "number": "136/BC-SNgV", "signer": "Thái Phúc Sơn", "revision": 0}"""), "2021-Q3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.sections[?(@.key == 'II')].text").value(hasItem(
					"Công tác kiểm soát TTHC được thực hiện nghiêm túc.")));
		// a stale editor does not overwrite
		mvc.perform(quarterly(json(put("/api/v1/reports/QUARTERLY/texts"), "{\"texts\": {\"II\": \"cũ\"}, \"revision\": 0}"),
				"2021-Q3"))
			.andExpect(status().isConflict());

		// a viewer may read but neither write nor submit
		mvc.perform(get("/api/v1/reports/QUARTERLY").param("period", "2021-Q3").param("format", "json")
			.with(httpBasic("xem", PASSWORD))).andExpect(status().isOk());
		mvc.perform(put("/api/v1/reports/QUARTERLY/texts").param("period", "2021-Q3")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"texts\": {\"II\": \"x\"}, \"revision\": 0}")
			.with(httpBasic("xem", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/reports/QUARTERLY/submit").param("period", "2021-Q3")
			.with(httpBasic("xem", PASSWORD))).andExpect(status().isForbidden());

		mvc.perform(quarterly(post("/api/v1/reports/QUARTERLY/submit"), "2021-Q3").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.changesSinceSubmitted.length()").value(0));
		mvc.perform(quarterly(json(put("/api/v1/reports/QUARTERLY/texts"), "{\"texts\": {\"II\": \"sau\"}, \"revision\": 2}"),
				"2021-Q3"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.state").value("SUBMITTED"));

		// data imported later does not alter the submitted report, which lists what changed
		importHistories(Ii06aReportTests.history("Q3", "Q.000005", "ONLINE", "2021-08-02T09:00:00+07:00", "COMPLETE",
				"2021-08-03T09:00:00+07:00"));
		mvc.perform(get("/api/v1/reports/II.06a").param("agency", "SNV-QR").param("period", "2021-Q3")
			.with(httpBasic("admin", PASSWORD))).andExpect(jsonPath("$.total.cells['3']").value(3));
		mvc.perform(quarterly(get("/api/v1/reports/QUARTERLY"), "2021-Q3").param("format", "json")
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(jsonPath("$.sections[?(@.key == 'I.6')].figures[0]").value(hasItem(containsString("báo cáo: 02,"))))
			.andExpect(jsonPath("$.changesSinceSubmitted").value(hasItem(
					"Biểu II.06a, Tổng cộng, cột (3): khi gửi 2, nay 3")));

		byte[] docx = mvc.perform(quarterly(get("/api/v1/reports/QUARTERLY"), "2021-Q3").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			String all = text.getText();
			assertThat(all).contains("SỞ NGOẠI VỤ QUÝ THỬ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 136/BC-SNgV",
					"Quý III năm 2021", "(Từ ngày 15/6/2021 đến ngày 14/9/2021)",
					"6. Tình hình, kết quả giải quyết TTHC", "- Số lượng hồ sơ đã giải quyết: 01",
					"Công tác kiểm soát TTHC được thực hiện nghiêm túc.", "Thái Phúc Sơn", "Biểu số II.06a/VPCP/KSTT",
					"TỔNG CỘNG");
			assertThat(all).doesNotContain("báo cáo: 03,");
		}

		// reopening: not by a control officer of another agency, by the head (here: system admin)
		mvc.perform(quarterly(post("/api/v1/reports/QUARTERLY/reopen"), "2021-Q3").with(httpBasic("kiemsoat", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(quarterly(post("/api/v1/reports/QUARTERLY/reopen"), "2021-Q3").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.sections[?(@.key == 'I.6')].figures[0]").value(hasItem(containsString("báo cáo: 03,"))));
	}

	@Test
	void staffOfAnotherAgencyCannotSeeTheReport() throws Exception {
		mvc.perform(quarterly(get("/api/v1/reports/QUARTERLY"), "2021-Q4").param("format", "json")
			.with(httpBasic("xem", PASSWORD))).andExpect(status().isNotFound());
	}

	@Test
	void badPeriodsAndFormatsAreClearErrors() throws Exception {
		mvc.perform(quarterly(get("/api/v1/reports/QUARTERLY"), "2021-Q7").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		mvc.perform(quarterly(get("/api/v1/reports/QUARTERLY"), "2021-Q3").param("format", "xlsx")
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
	}

	@Test
	void thePageShowsFiguresAndATextBoxPerSectionAndSavesThem() throws Exception {
		mvc.perform(get("/bao-cao/dinh-ky").param("period", "2022-Q1").param("agency", "SNV-QR")
			.with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"text.III\"")))
			.andExpect(content().string(containsString("Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: 0")));
		mvc.perform(post("/bao-cao/dinh-ky").param("period", "2022-Q1").param("agency", "SNV-QR")
			.param("revision", "0")
			.param("text.III", "Tiếp tục rà soát TTHC.")
			.with(user("admin").roles("SYSTEM_ADMIN"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/bao-cao/dinh-ky").param("period", "2022-Q1").param("agency", "SNV-QR")
			.with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(content().string(containsString("Tiếp tục rà soát TTHC.")));
	}

	@Test
	void sendingFromThePageSavesWhatIsTypedThereFirst() throws Exception {
		mvc.perform(post("/bao-cao/dinh-ky/gui").param("period", "2022-Q2").param("agency", "SNV-QR")
			.param("revision", "0")
			.param("number", "12/BC-SNgV")
			.param("text.III", "Gõ rồi gửi ngay, chưa lưu.")
			.with(user("admin").roles("SYSTEM_ADMIN"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/reports/QUARTERLY").param("period", "2022-Q2").param("agency", "SNV-QR")
			.param("format", "json")
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.number").value("12/BC-SNgV"))
			.andExpect(jsonPath("$.sections[?(@.key == 'III')].text").value(hasItem("Gõ rồi gửi ngay, chưa lưu.")));
	}
}
