package vn.motcua.reporting;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard on known histories of an agency of its own: each bar is drawn with its count and links to exactly
 * the dossiers it counts.
 */
@MotCuaTest
class DashboardTests {

	@Autowired
	MockMvc mvc;

	static List<String> codes;

	@BeforeEach
	void data() throws Exception {
		if (codes != null) {
			return;
		}
		mvc.perform(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "SNV-DB", "name": "Sở Ngoại vụ tổng quan thử", "identifierCode": "000.00.66.H96",
				 "level": "PROVINCE"}""").with(httpBasic("admin", "MotCua@2026"))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "D.000005", "name": "Thủ tục tổng quan thử", "fieldCode": "LANH_SU", "agencyCode": "SNV-DB",
				 "processingTime": {"amount": 5, "unit": "WORKING_DAY"}, "validFrom": "2020-01-01"}""")
			.with(httpBasic("admin", "MotCua@2026"))).andExpect(status().isCreated());
		String answer = mvc.perform(post("/api/v1/dossiers/import").contentType(MediaType.APPLICATION_JSON)
			.content("{\"dossiers\": [" + String.join(",",
					// early: received 5/7, appointment 12/7, completed 7/7
					Ii06aReportTests.history("DB1", "D.000005", "ONLINE", "2021-07-05T09:00:00+07:00", "COMPLETE",
							"2021-07-07T09:00:00+07:00"),
					// late: received 5/7, completed 20/7
					Ii06aReportTests.history("DB2", "D.000005", "DIRECT", "2021-07-05T10:00:00+07:00", "COMPLETE",
							"2021-07-20T09:00:00+07:00"),
					// still open since 2021: overdue today
					Ii06aReportTests.history("DB3", "D.000005", "POSTAL", "2021-08-02T09:00:00+07:00", null, null))
					+ "]}")
			.with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		codes = JsonPath.read(answer, "$.dossiers[*].code");
	}

	@Test
	void barsAreDrawnWithTheirCountsAndLinkToTheirDossiers() throws Exception {
		mvc.perform(get("/bao-cao/tong-quan").param("agency", "SNV-DB").param("from", "2021-06-01")
			.param("to", "2021-09-30")
			.with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"/bao-cao/tong-quan/ds?agency=SNV-DB&amp;from=2021-06-01&amp;to=2021-09-30&amp;slice=month:2021-07:ONLINE")))
			.andExpect(content().string(containsString("1 hồ sơ trực tuyến, tháng 7/2021")))
			.andExpect(content().string(containsString("Trước hạn: 1 (50,0%)")))
			.andExpect(content().string(containsString("Quá hạn: 1 (50,0%)")))
			.andExpect(content().string(containsString("slice=pending:OVERDUE")));

		mvc.perform(get("/bao-cao/tong-quan/ds").param("agency", "SNV-DB").param("from", "2021-06-01")
			.param("to", "2021-09-30").param("slice", "timeliness:EARLY")
			.with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(codes.get(0))))
			.andExpect(content().string(not(containsString(codes.get(1)))));
		mvc.perform(get("/bao-cao/tong-quan/ds").param("agency", "SNV-DB").param("from", "2021-06-01")
			.param("to", "2021-09-30").param("slice", "pending:OVERDUE")
			.with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(content().string(containsString(codes.get(2))))
			.andExpect(content().string(not(containsString(codes.get(0)))));
		mvc.perform(get("/bao-cao/tong-quan/ds").param("agency", "SNV-DB").param("from", "2021-06-01")
			.param("to", "2021-09-30").param("slice", "month:2021-07:DIRECT")
			.with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(content().string(containsString(codes.get(1))))
			.andExpect(content().string(containsString("Tiếp nhận tháng 7/2021, kênh")));
	}

	@Test
	void anUnknownSliceIsAClearErrorAndOtherAgenciesStayHidden() throws Exception {
		int status = mvc.perform(get("/bao-cao/tong-quan/ds").param("agency", "SNV-DB").param("slice", "month:xx")
			.with(user("admin").roles("SYSTEM_ADMIN"))).andReturn().getResponse().getStatus();
		assertThat(status).isBetween(400, 499);
		mvc.perform(get("/bao-cao/tong-quan").param("agency", "SNV-DB").with(user("xem").roles("VIEWER")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/bao-cao/tong-quan").with(user("xem").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hồ sơ tiếp nhận theo tháng và kênh")));
	}
}
