package vn.motcua.control;

import java.io.ByteArrayOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The control pages on the demo data, the page forms with their field errors, the XLSX import and the desk. */
@MotCuaTest
class ControlPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String demoPlan() {
		return jdbc.sql("select p.id::text from control_plan p join agency a on a.id = p.agency_id"
				+ " where a.code = 'SNV-HT' and p.title like 'Kế hoạch hoạt động kiểm soát%' order by p.year desc limit 1")
			.query(String.class)
			.single();
	}

	@Test
	void theDemoPlanShowsItsTargetsProgressAndDrillDown() throws Exception {
		String plan = demoPlan();
		mvc.perform(get("/kiem-soat/ke-hoach").with(user("kiemsoat").roles("CONTROL_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kế hoạch hoạt động kiểm soát thủ tục hành chính")));
		mvc.perform(get("/kiem-soat/ke-hoach/" + plan).with(user("kiemsoat").roles("CONTROL_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tỷ lệ hồ sơ nộp trực tuyến")));
		mvc.perform(get("/kiem-soat/ke-hoach/" + plan + "/tien-do").with(user("xem").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thời gian chờ trung bình")));
		mvc.perform(get("/kiem-soat/ke-hoach/" + plan + "/chi-so/ONLINE_DOSSIERS").with(user("xem").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/ho-so/000.00.20.H36-")));
		mvc.perform(get("/api/v1/plans/" + plan + "/progress").with(httpBasic("kiemsoat", "MotCua@2026")))
			.andExpect(jsonPath("$.targets.length()").value(9))
			.andExpect(jsonPath("$.targets[0].indicator").value("DESK_WAIT_MINUTES"))
			.andExpect(jsonPath("$.targets[0].value").isNumber());
		mvc.perform(get("/kiem-soat/nhac-han").with(user("kiemsoat").roles("CONTROL_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Báo cáo kết quả kiểm soát TTHC quý IV")));
		for (String page : new String[] { "/kiem-soat/danh-gia-tac-dong", "/kiem-soat/ra-soat",
				"/kiem-soat/ke-hoach/moi", "/kiem-soat/danh-gia-tac-dong/moi", "/kiem-soat/ra-soat/moi" }) {
			mvc.perform(get(page).with(user("kiemsoat").roles("CONTROL_OFFICER"))).andExpect(status().isOk());
		}
		mvc.perform(get("/bao-cao/IMPACT").param("agency", "SNV-HT").param("period", "2026")
			.with(user("kiemsoat").roles("CONTROL_OFFICER"))).andExpect(status().isOk());
		mvc.perform(get("/bao-cao/REVIEW").param("agency", "SNV-HT").param("period", "2026")
			.with(user("kiemsoat").roles("CONTROL_OFFICER"))).andExpect(status().isOk());
	}

	@Test
	void evidenceUploadedOnThePlanPageIsStoredAndMarksTheTaskDone() throws Exception {
		String plan = demoPlan();
		String task = jdbc.sql("select id::text from control_task where plan_id = ?::uuid and status <> 'DONE'"
				+ " order by position limit 1").param(plan).query(String.class).single();
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
		mvc.perform(multipart("/kiem-soat/ke-hoach/" + plan + "/nhiem-vu/" + task)
			.file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", pdf))
			.param("status", "DONE").with(user("kiemsoat").roles("CONTROL_OFFICER")).with(csrf()))
			.andExpect(redirectedUrlPattern("/kiem-soat/ke-hoach/*"));
		assertThat(jdbc.sql("select status || ':' || (evidence_file_id is not null) from control_task where id = ?::uuid")
			.param(task).query(String.class).single()).isEqualTo("DONE:true");
		mvc.perform(multipart("/kiem-soat/ke-hoach/" + plan + "/nhiem-vu/" + task).param("status", "DONE")
			.with(user("kiemsoat").roles("CONTROL_OFFICER")).with(csrf()))
			.andExpect(redirectedUrlPattern("/kiem-soat/ke-hoach/*"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", containsString("Hoàn thành")));
	}

	@Test
	void theAssessmentFormShowsErrorsBesideTheFieldsAndStoresNothing() throws Exception {
		long before = jdbc.sql("select count(*) from impact_assessment").query(Long.class).single();
		mvc.perform(post("/kiem-soat/danh-gia-tac-dong/moi").param("draftTitle", "")
			.param("issuer", "PROVINCIAL_COMMITTEE").param("assessedOn", "2026-03-01").param("newCount", "1")
			.param("amended", "0").param("repealed", "0").param("kept", "0").param("totalAfter", "0")
			.with(user("kiemsoat").roles("CONTROL_OFFICER")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "draftTitle"));
		mvc.perform(post("/kiem-soat/danh-gia-tac-dong/moi").param("draftTitle", "Dự thảo thử trên trang")
			.param("issuer", "PROVINCIAL_COMMITTEE").param("assessedOn", "2026-03-01").param("newCount", "1")
			.param("amended", "0").param("repealed", "0").param("kept", "0").param("totalAfter", "0")
			.with(user("kiemsoat").roles("CONTROL_OFFICER")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "totalAfter"));
		assertThat(jdbc.sql("select count(*) from impact_assessment").query(Long.class).single()).isEqualTo(before);
		mvc.perform(post("/kiem-soat/danh-gia-tac-dong/moi").param("draftTitle", "Dự thảo thử trên trang")
			.param("issuer", "PROVINCIAL_COUNCIL").param("assessedOn", "2026-03-01").param("newCount", "1")
			.param("amended", "0").param("repealed", "0").param("kept", "0").param("totalAfter", "1")
			.with(user("kiemsoat").roles("CONTROL_OFFICER")).with(csrf()))
			.andExpect(redirectedUrlPattern("/kiem-soat/danh-gia-tac-dong/*"));
	}

	@Test
	void aPlanIsImportedFromAnXlsxTableLikeTheSeed() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet tasks = book.createSheet("Nhiệm vụ");
			row(tasks, 0, "STT", "Nhiệm vụ", "Kết quả công việc", "Phòng, bộ phận thực hiện", "Thời gian thực hiện");
			row(tasks, 1, "I", "Hoàn thiện hệ thống văn bản pháp lý");
			row(tasks, 2, "1", "Ban hành các văn bản chỉ đạo", "Công văn", "Văn phòng Sở", "Thường xuyên trong năm");
			row(tasks, 3, "2", "Rà soát quy trình điện tử", "Báo cáo", "Văn phòng, phòng Nghiệp vụ",
					"Báo cáo trước ngày 30/6/2025");
			Sheet targets = book.createSheet("Chỉ tiêu");
			row(targets, 0, "Chỉ số", "Ngưỡng");
			row(targets, 1, "ONLINE_DOSSIERS", "70");
			row(targets, 2, "DESK_WAIT_MINUTES", "15");
			book.write(bytes);
		}
		String json = mvc.perform(multipart("/api/v1/plans/import")
			.file(new MockMultipartFile("file", "ke-hoach.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.toByteArray()))
			.param("year", "2025").param("title", "Kế hoạch nhập từ bảng")
			.with(httpBasic("kiemsoat", "MotCua@2026")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.tasks.length()").value(2))
			.andExpect(jsonPath("$.tasks[0].section").value("I. Hoàn thiện hệ thống văn bản pháp lý"))
			.andExpect(jsonPath("$.tasks[0].deadline").doesNotExist())
			.andExpect(jsonPath("$.tasks[0].deadlineNote").value("Thường xuyên trong năm"))
			.andExpect(jsonPath("$.tasks[1].deadline").value("2025-06-30"))
			.andExpect(jsonPath("$.targets[1].indicator").value("DESK_WAIT_MINUTES"))
			.andReturn().getResponse().getContentAsString();
		assertThat(json).contains("SNV-HT");
		mvc.perform(multipart("/api/v1/plans/import")
			.file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", "không phải xlsx".getBytes()))
			.param("year", "2025").param("title", "Hỏng").with(httpBasic("kiemsoat", "MotCua@2026")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		ByteArrayOutputStream bad = new ByteArrayOutputStream();
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet tasks = book.createSheet("Nhiệm vụ");
			row(tasks, 0, "STT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời hạn");
			row(tasks, 1, "1", "Nhiệm vụ không có đơn vị", "", "30/6/2025");
			row(tasks, 2, "2", "x".repeat(1200), "Văn phòng", "31/2/2025");
			Sheet targets = book.createSheet("Chỉ tiêu");
			row(targets, 0, "Chỉ số", "Ngưỡng");
			row(targets, 1, "ONLINE_DOSSIERS", "bảy mươi");
			book.write(bad);
		}
		long plans = jdbc.sql("select count(*) from control_plan").query(Long.class).single();
		mvc.perform(multipart("/api/v1/plans/import")
			.file(new MockMultipartFile("file", "hong.xlsx", "application/octet-stream", bad.toByteArray()))
			.param("year", "2025").param("title", "Hỏng").with(httpBasic("kiemsoat", "MotCua@2026")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("dòng 2")))
			.andExpect(jsonPath("$.errors[1].message", containsString("31/2/2025")))
			.andExpect(jsonPath("$.errors[2].message", containsString("bảy mươi")));
		assertThat(jdbc.sql("select count(*) from control_plan").query(Long.class).single()).isEqualTo(plans);
	}

	@Test
	void theReceptionOfficerTakesCallsAndServesNumbersAndTheWaitIsMeasured() throws Exception {
		mvc.perform(post("/kiem-soat/quay-mot-cua").param("purpose", "Hợp pháp hóa lãnh sự")
			.with(user("motcua").roles("RECEPTION_OFFICER")).with(csrf()))
			.andExpect(redirectedUrlPattern("/kiem-soat/quay-mot-cua*"));
		String id = jdbc.sql("select id::text from desk_visit where purpose = 'Hợp pháp hóa lãnh sự' order by taken_at desc limit 1")
			.query(String.class).single();
		mvc.perform(post("/kiem-soat/quay-mot-cua/" + id + "/xong").with(user("motcua").roles("RECEPTION_OFFICER"))
			.with(csrf())).andExpect(redirectedUrlPattern("/kiem-soat/quay-mot-cua*"));
		assertThat(jdbc.sql("select served_at is null from desk_visit where id = ?::uuid").param(id)
			.query(Boolean.class).single()).isTrue();
		mvc.perform(post("/kiem-soat/quay-mot-cua/" + id + "/goi").with(user("motcua").roles("RECEPTION_OFFICER"))
			.with(csrf())).andExpect(redirectedUrlPattern("/kiem-soat/quay-mot-cua*"));
		mvc.perform(post("/kiem-soat/quay-mot-cua/" + id + "/xong").with(user("motcua").roles("RECEPTION_OFFICER"))
			.with(csrf())).andExpect(redirectedUrlPattern("/kiem-soat/quay-mot-cua*"));
		mvc.perform(get("/kiem-soat/quay-mot-cua").with(user("motcua").roles("RECEPTION_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thời gian chờ trung bình")))
			.andExpect(content().string(containsString("Đã phục vụ")));
		mvc.perform(post("/api/v1/desk-visits/" + id + "/call").with(httpBasic("motcua", "MotCua@2026")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.state").value("SERVED"));
		mvc.perform(post("/api/v1/desk-visits").contentType("application/json")
			.content("{\"at\": \"2099-01-01T08:00:00+07:00\"}").with(httpBasic("motcua", "MotCua@2026")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("at"));
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}
}
