package vn.motcua.reporting;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Biểu II.06a across Tết 2026 (official table: off from Saturday 14/2 to Sunday 22/2) in quarter I/2026
 * (15/12/2025–14/3/2026) and the carry-over into quarter II: the holiday moves appointments, which decides early / on
 * time / late and overdue.
 */
@MotCuaTest
class Ii06aHolidayScenarioTests {

	@Autowired
	MockMvc mvc;

	@Test
	void tetMovesTheAppointmentsThatTheFormCountsAgainst() throws Exception {
		mvc.perform(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "SNV-TET", "name": "Sở Ngoại vụ Tết thử", "identifierCode": "000.00.44.H94", "level": "PROVINCE"}""")
			.with(httpBasic("admin", "MotCua@2026"))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "T.000003", "name": "Thủ tục Tết thử", "fieldCode": "DOI_NGOAI", "agencyCode": "SNV-TET",
				 "processingTime": {"amount": 3, "unit": "WORKING_DAY"}, "validFrom": "2020-01-01"}""")
			.with(httpBasic("admin", "MotCua@2026"))).andExpect(status().isCreated());
		String answer = mvc.perform(post("/api/v1/dossiers/import").contentType(MediaType.APPLICATION_JSON)
			.content("{\"dossiers\": [" + String.join(",",
					// 12/2 before the cut-off: counted 13/2, 23/2, 24/2 → due 24/2; completed that day: on time
					Ii06aReportTests.history("T1", "T.000003", "DIRECT", "2026-02-12T09:00:00+07:00", "COMPLETE",
							"2026-02-24T16:00:00+07:00"),
					// 13/2 after the cut-off: received as of 23/2, counted 24/2, 25/2, 26/2 → due 26/2; completed 24/2: early
					Ii06aReportTests.history("T2", "T.000003", "ONLINE", "2026-02-13T16:00:00+07:00", "COMPLETE",
							"2026-02-24T10:00:00+07:00"),
					// 9/3: due 12/3, still open on 14/3: overdue at the end of Q1, carried into Q2
					Ii06aReportTests.history("T3", "T.000003", "DIRECT", "2026-03-09T09:00:00+07:00", null, null),
					// 12/3: due 17/3, open on 14/3: in time at the end of Q1, carried into Q2
					Ii06aReportTests.history("T4", "T.000003", "POSTAL", "2026-03-12T09:00:00+07:00", null, null))
					+ "]}")
			.with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(answer, "$.dossiers[0].appointmentAt")).startsWith("2026-02-24");
		assertThat((String) JsonPath.read(answer, "$.dossiers[1].appointmentAt")).startsWith("2026-02-26");
		assertThat((String) JsonPath.read(answer, "$.dossiers[2].appointmentAt")).startsWith("2026-03-12");
		assertThat((String) JsonPath.read(answer, "$.dossiers[3].appointmentAt")).startsWith("2026-03-17");

		String q1 = mvc.perform(get("/api/v1/reports/II.06a").param("agency", "SNV-TET").param("period", "2026-Q1")
			.with(httpBasic("admin", "MotCua@2026")))
			.andExpect(jsonPath("$.violations.length()").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Map<String, Integer>) JsonPath.read(q1, "$.total.cells"))
			.isEqualTo(Ii06aReportTests.cells(4, 1, 3, 0, 2, 1, 1, 0, 2, 1, 1));
		String q2 = mvc.perform(get("/api/v1/reports/II.06a").param("agency", "SNV-TET").param("period", "2026-Q2")
			.with(httpBasic("admin", "MotCua@2026"))).andReturn().getResponse().getContentAsString();
		// both open dossiers are carried over; on 14/6 both are long overdue
		assertThat((Map<String, Integer>) JsonPath.read(q2, "$.total.cells"))
			.isEqualTo(Ii06aReportTests.cells(2, 0, 0, 2, 0, 0, 0, 0, 2, 0, 2));
	}
}
