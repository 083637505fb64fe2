package vn.motcua.dossier;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;
import vn.motcua.shared.OneTimeForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.OneTimeToken.token;

/** The desk's pages: intake with the paper checklist, inboxes, the dossier page with its actions, the calendar preview. */
@MotCuaTest
class DossierPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OneTimeForms forms;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDeskReceivesADossierFromTheFormAndGetsToItsPage() throws Exception {
		mvc.perform(get("/ho-so/tiep-nhan/thanh-phan").param("procedureCode", "2.002352")
			.with(user("motcua").roles("RECEPTION_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Văn bản cử đi công tác nước ngoài")));
		mvc.perform(post("/ho-so/tiep-nhan").param("procedureCode", "2.002352")
			.param("channel", "DIRECT")
			.param("fullName", "Hoàng Thị Thu Trang")
			.param("papers[0].code", "TK").param("papers[0].present", "true").param("papers[0].original", "true").param("papers[0].copies", "1")
			.param("papers[1].code", "QD").param("papers[1].present", "true").param("papers[1].original", "true").param("papers[1].copies", "1")
			.param("papers[2].code", "ANH").param("papers[2].present", "true").param("papers[2].copies", "2")
			.param("outcome", "ACCEPT")
			.with(user("motcua").roles("RECEPTION_OFFICER"))
			.with(token(forms))
			.with(csrf())).andExpect(redirectedUrlPattern("/ho-so/000.00.20.H36-*"));
		String code = jdbc.sql("select code from dossier where applicant_name = 'Hoàng Thị Thu Trang'").query(String.class).single();
		mvc.perform(get("/ho-so/" + code).with(user("truongphong").roles("DEPARTMENT_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hoàng Thị Thu Trang"), containsString("Phân công"),
					containsString("Mẫu 01"))));
		mvc.perform(post("/ho-so/" + code + "/buoc/ASSIGN").param("assignee", "chuyenvien")
			.with(user("truongphong").roles("DEPARTMENT_HEAD"))
			.with(token(forms))
			.with(csrf())).andExpect(redirectedUrlPattern("/ho-so/*"));
		assertThat(jdbc.sql("select assignee from dossier where code = ?").param(code).query(String.class).single())
			.isEqualTo("chuyenvien");
		mvc.perform(get("/ho-so").param("inbox", "MINE").with(user("chuyenvien").roles("PROCESSING_OFFICER")))
			.andExpect(content().string(containsString(code)));
	}

	@Test
	void aMissingNameStaysOnTheFormWithTheMessageBesideTheField() throws Exception {
		long before = jdbc.sql("select count(*) from dossier").query(Long.class).single();
		mvc.perform(post("/ho-so/tiep-nhan").param("procedureCode", "2.002352")
			.param("channel", "DIRECT")
			.param("fullName", "")
			.param("outcome", "ACCEPT")
			.with(user("motcua").roles("RECEPTION_OFFICER"))
			.with(token(forms))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("has-error"), containsString("Cần họ tên người nộp"))));
		assertThat(jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aScannedPaperAndADigitisedResultAreAttachedAndUnknownFilesAreRefused() throws Exception {
		byte[] png = java.util.Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
		String id = JsonPath.read(mvc.perform(multipart("/api/v1/files")
			.file(new MockMultipartFile("file", "to-khai.png", "image/png", png))
			.with(httpBasic("motcua", "MotCua@2026"))).andReturn().getResponse().getContentAsString(), "$.id");
		String body = """
				{"procedureCode": "2.002354", "channel": "DIRECT", "applicant": {"fullName": "Có Bản Quét"},
				 "components": [{"code": "TK", "original": true, "copies": 1, "fileIds": ["%s"]},
				                {"code": "QD", "original": true, "copies": 1}, {"code": "HC", "original": true, "copies": 1}]}""";
		mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(id))
			.with(httpBasic("motcua", "MotCua@2026")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.components[0].digitised").value(true))
			.andExpect(jsonPath("$.components[0].fileIds[0]").value(id));
		String code = JsonPath.read(mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(id))
			.with(httpBasic("motcua", "MotCua@2026"))).andReturn().getResponse().getContentAsString(), "$.code");
		mvc.perform(post("/api/v1/dossiers/" + code + "/actions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"COMPLETE\", \"resultFileId\": \"" + id + "\"}")
			.with(httpBasic("giamdoc", "MotCua@2026")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resultFileId").value(id));
		mvc.perform(post("/api/v1/dossiers/" + code + "/actions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"RETURN_RESULT\", \"resultFileId\": \"" + id + "\"}")
			.with(httpBasic("motcua", "MotCua@2026")))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(java.util.UUID.randomUUID()))
			.with(httpBasic("motcua", "MotCua@2026")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("components[0].fileIds"));
	}

	@Test
	void editingTheCalendarListsTheOpenDossiersWhoseDeadlineWouldChange() throws Exception {
		String json = mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content("""
				{"procedureCode": "2.002354", "channel": "DIRECT", "applicant": {"fullName": "Chờ Lịch Mới"},
				 "components": [{"code": "TK", "copies": 1}, {"code": "QD", "copies": 1}, {"code": "HC", "copies": 1}]}""")
			.with(httpBasic("motcua", "MotCua@2026"))).andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(json, "$.code");
		java.time.LocalDate received = java.time.OffsetDateTime.parse(JsonPath.read(json, "$.receivedAt")).toLocalDate();
		java.time.LocalDate due = java.time.OffsetDateTime.parse(JsonPath.read(json, "$.appointmentAt")).toLocalDate();
		java.time.LocalDate extra = due.getDayOfWeek().getValue() == 1 ? due.minusDays(3) : due.minusDays(1);
		if (!extra.isAfter(received)) {
			extra = due;
		}
		int year = extra.getYear();
		String current = mvc.perform(get("/api/v1/calendar/" + year).with(httpBasic("admin", "MotCua@2026")))
			.andReturn().getResponse().getContentAsString();
		java.util.List<String> holidays = new java.util.ArrayList<>(JsonPath.read(current, "$.holidays"));
		holidays.add(extra.toString());
		StringBuilder text = new StringBuilder();
		for (String day : holidays) {
			java.time.LocalDate d = java.time.LocalDate.parse(day);
			text.append(String.format("%02d/%02d/%d%n", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
		}
		java.util.List<String> weekends = JsonPath.read(current, "$.workingWeekendDays");
		StringBuilder weekendText = new StringBuilder();
		for (String day : weekends) {
			java.time.LocalDate d = java.time.LocalDate.parse(day);
			weekendText.append(String.format("%02d/%02d/%d%n", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
		}
		mvc.perform(post("/lich-lam-viec/" + year + "/sua").param("holidaysText", text.toString())
			.param("weekendsText", weekendText.toString())
			.param("intent", "preview")
			.with(user("admin").roles("SYSTEM_ADMIN"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)));
		assertThat(jdbc.sql("select appointment_at from dossier where code = ?").param(code).query(java.time.OffsetDateTime.class).single().toLocalDate())
			.isEqualTo(due);
	}

	@Autowired
	DossierQueries queries;

	@Test
	void theInboxCountsOfTheDeskPageAreThoseOfTheirListsAndEachRoleSeesItsOwn() throws Exception {
		var counts = vn.motcua.shared.SystemTask.call(() -> queries.inboxCounts(List.of(DossierQueries.Inbox.values())));
		for (var count : counts) {
			long listed = vn.motcua.shared.SystemTask.call(() -> queries.search(new DossierQueries.Filter(null, null,
					null, null, null, null, null, null, count.inbox()), vn.motcua.shared.PageRequest.of(0, 1)).total());
			assertThat(count.total()).as(count.inbox()).isEqualTo(listed);
		}
		assertThat(counts).anySatisfy(c -> assertThat(c.total()).isPositive());
		mvc.perform(get("/").with(user("truongphong").roles("DEPARTMENT_HEAD")))
			.andExpect(content().string(allOf(containsString("Chờ phân công"), containsString("Chờ phê duyệt"),
					containsString("Quá hạn"), containsString("/ho-so?inbox=TO_APPROVE"))));
		mvc.perform(get("/").with(user("motcua").roles("RECEPTION_OFFICER")))
			.andExpect(content().string(allOf(containsString("Chờ tiếp nhận"), containsString("Chờ trả kết quả"),
					org.hamcrest.Matchers.not(containsString("Chờ phê duyệt")))));
	}
}
