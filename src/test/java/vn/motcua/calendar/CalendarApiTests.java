package vn.motcua.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The calendar API and pages of API.md, on the database, with the demo's official 2025–2026 tables. */
@MotCuaTest
class CalendarApiTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aGeneratedYearHasTetGioToAndTheFixedHolidays() throws Exception {
		mvc.perform(get("/api/v1/calendar/2027").with(httpBasic("xem", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2027))
			.andExpect(jsonPath("$.source").value("GENERATED"))
			.andExpect(jsonPath("$.holidays",
					hasItems("2027-01-01", "2027-02-05", "2027-02-08", "2027-04-16", "2027-04-30", "2027-09-02")))
			.andExpect(jsonPath("$.holidayNames['2027-04-16']").value("Giỗ Tổ Hùng Vương"));
	}

	@Test
	void theDeadlineOfApiMdSkipsGioTo() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2027-04-15T09:00:00+07:00")
			.param("amount", "3")
			.param("unit", "WORKING_DAY")
			.with(httpBasic("motcua", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value("2027-04-21T17:00:00+07:00"))
			.andExpect(jsonPath("$.explanation", containsString("Giỗ Tổ")));
	}

	@Test
	void theLunarDateIsVietnamese() throws Exception {
		mvc.perform(get("/api/v1/calendar/lunar/2027-02-06").with(httpBasic("xem", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2027))
			.andExpect(jsonPath("$.month").value(1))
			.andExpect(jsonPath("$.day").value(1))
			.andExpect(jsonPath("$.leapMonth").value(false));
	}

	@Test
	void theEditedOfficialYearDrivesDeadlinesIncludingASwappedSaturday() throws Exception {
		mvc.perform(get("/api/v1/calendar/2026").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$.source").value("EDITED"))
			.andExpect(jsonPath("$.workingWeekendDays", hasItem("2026-01-10")))
			.andExpect(jsonPath("$.holidays", hasItem("2026-01-02")));
		// received Wed 31/12/2025 at 10:00, 2 working days: Thu 1/1 and Fri 2/1 are off, Mon 5/1 and Tue 6/1 count
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2025-12-31T10:00:00+07:00")
			.param("amount", "2")
			.with(httpBasic("xem", PASSWORD))).andExpect(jsonPath("$.due").value("2026-01-06T17:00:00+07:00"));
		// received Fri 9/1/2026 at 16:00 (after the cut-off): deemed received Sat 10/1 (a working Saturday), counted from Mon 12/1
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-01-09T16:00:00+07:00")
			.param("amount", "1")
			.with(httpBasic("xem", PASSWORD))).andExpect(jsonPath("$.due").value("2026-01-12T17:00:00+07:00"));
	}

	@Test
	void onlyTheSystemAdministratorReplacesAYearAndTheChangeIsAudited() throws Exception {
		String body = """
				{"year": 2031, "holidays": ["2031-01-01", "2031-01-22", "2031-01-23", "2031-01-24", "2031-01-27",
				 "2031-01-28", "2031-04-01", "2031-04-30", "2031-05-01", "2031-09-01", "2031-09-02", "2031-12-31"],
				 "workingWeekendDays": ["2031-01-18"], "holidayNames": {"2031-12-31": "Nghỉ hoán đổi"}}""";
		mvc.perform(put("/api/v1/calendar/2031").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic("quantri", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/calendar/2031").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.source").value("EDITED"))
			.andExpect(jsonPath("$.holidayNames['2031-12-31']").value("Nghỉ hoán đổi"));
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2031-12-30T09:00:00+07:00")
			.param("amount", "1")
			.with(httpBasic("xem", PASSWORD))).andExpect(jsonPath("$.due").value("2032-01-02T17:00:00+07:00"));
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'CalendarYear' and entity_key = '2031' and actor = 'admin'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void badInputIsAClearProblem() throws Exception {
		mvc.perform(get("/api/v1/calendar/1900").with(httpBasic("xem", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		mvc.perform(put("/api/v1/calendar/2032").contentType(MediaType.APPLICATION_JSON)
			.content("{\"holidays\": [\"2032-01-01\", \"2032-01-01\"], \"workingWeekendDays\": [\"2032-05-05\"]}")
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("holidays[1]")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("workingWeekendDays[0]")));
		mvc.perform(put("/api/v1/calendar/2032").contentType(MediaType.APPLICATION_JSON)
			.content("{\"holidays\": [\"2033-01-01\"]}")
			.with(httpBasic("admin", PASSWORD))).andExpect(status().isUnprocessableContent());
		mvc.perform(put("/api/v1/calendar/2032").contentType(MediaType.APPLICATION_JSON)
			.content("{\"holidays\": [\"not-a-date\"]}")
			.with(httpBasic("admin", PASSWORD))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2027-04-15T09:00:00+07:00")
			.param("amount", "3")
			.param("unit", "WORKING_WEEK")
			.with(httpBasic("xem", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("unit"));
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2027-04-15T09:00:00+07:00")
			.param("amount", "-1")
			.with(httpBasic("xem", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "hôm qua").param("amount", "1")
			.with(httpBasic("xem", PASSWORD))).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from calendar_year where year = 2032").query(Long.class).single()).isZero();
	}

	@Test
	void theYearPageShowsMonthsLunarDatesAndHolidays() throws Exception {
		mvc.perform(get("/lich-lam-viec/2026").with(user("xem").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lịch làm việc năm 2026")))
			.andExpect(content().string(containsString("Tết Nguyên đán")))
			.andExpect(content().string(containsString("day swapped")))
			.andExpect(content().string(not(containsString("Sửa theo thông báo chính thức"))));
	}

	@Test
	void theEditPagePreviewsChangedDaysBeforeSaving() throws Exception {
		mvc.perform(post("/lich-lam-viec/2033/sua").param("holidaysText", "01/01/2033 Tết Dương lịch\n02/01/2033\n")
			.param("weekendsText", "")
			.param("intent", "preview")
			.with(user("admin").roles("SYSTEM_ADMIN"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Các ngày đổi trạng thái")));
		assertThat(jdbc.sql("select count(*) from calendar_year where year = 2033").query(Long.class).single()).isZero();
		mvc.perform(post("/lich-lam-viec/2033/sua").param("holidaysText", "31/02/2033\n")
			.param("weekendsText", "")
			.param("intent", "preview")
			.with(user("admin").roles("SYSTEM_ADMIN"))
			.with(csrf()))
			.andExpect(content().string(containsString("không phải ngày hợp lệ")));
		mvc.perform(post("/lich-lam-viec/2033/sua").param("holidaysText", "03/01/2033\n")
			.param("weekendsText", "")
			.param("intent", "save")
			.with(user("admin").roles("SYSTEM_ADMIN"))
			.with(csrf())).andExpect(redirectedUrl("/lich-lam-viec/2033"));
		assertThat(jdbc.sql("select count(*) from calendar_day where year = 2033").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void theDeadlineCalculatorExplainsEachDay() throws Exception {
		mvc.perform(get("/lich-lam-viec/tinh-han").param("from", "2027-04-15T09:00")
			.param("amount", "3")
			.param("unit", "WORKING_DAY")
			.with(user("motcua").roles("RECEPTION_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("17:00, 21/04/2027")))
			.andExpect(content().string(containsString("Giỗ Tổ Hùng Vương")));
	}
}
