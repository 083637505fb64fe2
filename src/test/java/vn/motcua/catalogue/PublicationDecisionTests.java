package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.shared.SystemTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Publication decisions: validation (nothing stored), link to the announced versions, publishing, repeal. */
@MotCuaTest
class PublicationDecisionTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogueStatistics statistics;

	@Autowired
	AgencyDirectory agencies;

	void draft(String code, String validFrom) throws Exception {
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "name": "Thủ tục công bố thử %s", "fieldCode": "DOI_NGOAI", "agencyCode": "SNV-HT",
				 "origin": "LOCAL", "processingTime": {"amount": 5, "unit": "WORKING_DAY"}, "validFrom": "%s",
				 "status": "DRAFT", "internalProcess": [{"name": "Tiếp nhận", "role": "RECEPTION_OFFICER", "days": 1},
				 {"name": "Giải quyết", "role": "PROCESSING_OFFICER", "days": 4}]}""".formatted(code, code, validFrom))
			.with(httpBasic("quantri", PASSWORD))).andExpect(status().isCreated());
	}

	static String decision(String number, String signedOn, String items) {
		return """
				{"number": "%s", "signedOn": "%s", "agencyCode": "SNV-HT", "signer": "Nguyễn Văn Chủ tịch",
				 "legalDocuments": ["Thông tư 01/2026/TT-BNG"], "procedures": [%s]}""".formatted(number, signedOn, items);
	}

	@Test
	void anUnknownCodeIsAFieldErrorAndNothingIsStored() throws Exception {
		draft("CB.000001", "2026-01-01");
		mvc.perform(post("/api/v1/publication-decisions").contentType(MediaType.APPLICATION_JSON)
			.content(decision("11/QĐ-UBND", "2025-12-20",
					"{\"code\": \"CB.000001\", \"change\": \"NEW\"}, {\"code\": \"KHONG.CO\", \"change\": \"NEW\"},"
							+ " {\"code\": \"CB.000001\", \"change\": \"SUA\"}"))
			.with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("procedures[1].code")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("procedures[2].change")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("KHONG.CO"))));
		mvc.perform(get("/api/v1/publication-decisions").param("agency", "SNV-HT").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$[*].number", not(hasItem("11/QĐ-UBND"))));
		mvc.perform(get("/api/v1/procedures/CB.000001").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.decisionId").doesNotExist());
	}

	@Test
	void aDecisionPublishesAndLinksTheAnnouncedVersionAndARepealEndsTheProcedureFromItsDate() throws Exception {
		draft("CB.000002", "2026-01-01");
		mvc.perform(post("/api/v1/publication-decisions").contentType(MediaType.APPLICATION_JSON)
			.content(decision("12/QĐ-UBND", "2025-12-20", "{\"code\": \"CB.000002\", \"change\": \"NEW\"}"))
			.with(httpBasic("kiemsoat", PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.procedures[0].code").value("CB.000002"))
			.andExpect(jsonPath("$.procedures[0].version").value(1))
			.andExpect(jsonPath("$.procedures[0].change").value("NEW"));
		mvc.perform(get("/api/v1/procedures/CB.000002").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.decisionNumber").value("12/QĐ-UBND"));
		// sent again unchanged, it answers the recorded decision; the same number with other content is a conflict
		String first = mvc.perform(get("/api/v1/procedures/CB.000002").with(httpBasic("xem", PASSWORD)))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(post("/api/v1/publication-decisions").contentType(MediaType.APPLICATION_JSON)
			.content(decision("12/QĐ-UBND", "2025-12-20", "{\"code\": \"CB.000002\", \"change\": \"NEW\"}"))
			.with(httpBasic("kiemsoat", PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.procedures", hasSize(1)));
		mvc.perform(get("/api/v1/publication-decisions").param("agency", "SNV-HT").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$[?(@.number == '12/QĐ-UBND')]", hasSize(1)));
		assertThat(mvc.perform(get("/api/v1/procedures/CB.000002").with(httpBasic("xem", PASSWORD)))
			.andReturn().getResponse().getContentAsString()).isEqualTo(first);
		mvc.perform(post("/api/v1/publication-decisions").contentType(MediaType.APPLICATION_JSON)
			.content(decision("12/QĐ-UBND", "2025-12-21", "{\"code\": \"CB.000002\", \"change\": \"AMENDED\"}"))
			.with(httpBasic("kiemsoat", PASSWORD))).andExpect(status().isConflict());

		LocalDate before = LocalDate.of(2026, 5, 31);
		LocalDate after = LocalDate.of(2026, 6, 1);
		var agencyIds = List.of(agencies.findByCode("SNV-HT").orElseThrow().id());
		assertThat(SystemTask.call(() -> statistics.inForce(agencyIds, before)))
			.anySatisfy(p -> {
				assertThat(p.code()).isEqualTo("CB.000002");
				assertThat(p.internalProcessDefined()).isTrue();
				assertThat(p.oneStop()).isTrue();
				assertThat(p.decisionNumber()).isEqualTo("12/QĐ-UBND");
			});
		long localBefore = SystemTask.call(() -> statistics.countInForce(agencyIds, before)).local();

		mvc.perform(post("/api/v1/publication-decisions").contentType(MediaType.APPLICATION_JSON)
			.content(decision("13/QĐ-UBND", "2026-06-01", "{\"code\": \"CB.000002\", \"change\": \"REPEALED\"}"))
			.with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.procedures[0].version").value(1));
		mvc.perform(get("/api/v1/procedures/CB.000002").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$.status").value("REPEALED"))
			.andExpect(jsonPath("$.repealedFrom").value("2026-06-01"));
		// in force the day before the repeal, not from its date
		assertThat(SystemTask.call(() -> statistics.inForce(agencyIds, before))).extracting("code").contains("CB.000002");
		assertThat(SystemTask.call(() -> statistics.inForce(agencyIds, after))).extracting("code")
			.doesNotContain("CB.000002");
		assertThat(SystemTask.call(() -> statistics.countInForce(agencyIds, after)).local()).isEqualTo(localBefore - 1);
		var stp = agencies.findByCode("STP-HT").orElseThrow().id();
		var byAgency = SystemTask.call(() -> statistics.countInForceByAgency(List.of(agencyIds.get(0), stp), after));
		assertThat(byAgency.get(stp).total()).isZero();
		assertThat(byAgency.get(agencyIds.get(0))).isEqualTo(SystemTask.call(() -> statistics.countInForce(agencyIds,
				after)));
		// a repealed procedure cannot be repealed again
		mvc.perform(post("/api/v1/publication-decisions").contentType(MediaType.APPLICATION_JSON)
			.content(decision("14/QĐ-UBND", "2026-07-01", "{\"code\": \"CB.000002\", \"change\": \"REPEALED\"}"))
			.with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("procedures[0].change"));
		// the list by agency and dates, and the figures for II.03b
		mvc.perform(get("/api/v1/publication-decisions").param("agency", "SNV-HT")
			.param("from", "2026-06-01").param("to", "2026-06-02").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].number").value("13/QĐ-UBND"));
		var decisions = SystemTask.call(() -> statistics.decisions(agencyIds, LocalDate.of(2025, 12, 1),
				LocalDate.of(2026, 6, 30)));
		assertThat(decisions).extracting("number").contains("12/QĐ-UBND", "13/QĐ-UBND");
		assertThat(decisions.stream().filter(d -> d.number().equals("13/QĐ-UBND")).findFirst().orElseThrow()
			.count("REPEALED")).isEqualTo(1);
		// the public list, without sign-in
		mvc.perform(get("/thu-tuc/cong-bo")).andExpect(status().isOk())
			.andExpect(content().string(containsString("13/QĐ-UBND")));
	}

	@Test
	void aDecisionAnnouncesTheVersionStartingOnOrAfterItsDate() throws Exception {
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.content(CatalogueTests.body("CB.000003", "2021-01-01", 7, "Thủ tục hai phiên bản"))
			.with(httpBasic("quantri", PASSWORD))).andExpect(status().isCreated());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/procedures/CB.000003")
			.contentType(MediaType.APPLICATION_JSON)
			.content(CatalogueTests.body("CB.000003", "2026-03-01", 5, "Thủ tục hai phiên bản"))
			.with(httpBasic("quantri", PASSWORD))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/publication-decisions").contentType(MediaType.APPLICATION_JSON)
			.content(decision("15/QĐ-UBND", "2026-02-15", "{\"code\": \"CB.000003\", \"change\": \"AMENDED\"}"))
			.with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.procedures[0].version").value(2));
		mvc.perform(get("/api/v1/procedures/CB.000003").param("on", "2026-03-01").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$.decisionNumber").value("15/QĐ-UBND"));
		mvc.perform(get("/api/v1/procedures/CB.000003").param("on", "2025-03-01").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$.decisionNumber").doesNotExist());
	}

	@Test
	void aDossierReceivedBeforeTheRepealKeepsItsProcedureAndNoneIsReceivedFromTheRepealDay() throws Exception {
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.content(CatalogueTests.body("CB.000004", "2021-01-01", 7, "Thủ tục sắp bãi bỏ"))
			.with(httpBasic("quantri", PASSWORD))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/publication-decisions").contentType(MediaType.APPLICATION_JSON)
			.content(decision("17/QĐ-UBND", "2026-06-03", "{\"code\": \"CB.000004\", \"change\": \"REPEALED\"}"))
			.with(httpBasic("quantri", PASSWORD))).andExpect(status().isCreated());
		String history = """
				{"dossiers": [{"externalId": "%s", "procedureCode": "CB.000004", "channel": "DIRECT",
				  "applicant": {"fullName": "Người Nộp Thử"}, "events": [{"action": "RECEIVE", "at": "%s"}]}]}""";
		mvc.perform(post("/api/v1/dossiers/import").contentType(MediaType.APPLICATION_JSON)
			.content(history.formatted("REP-1", "2026-06-02T09:00:00+07:00")).with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/dossiers/import").contentType(MediaType.APPLICATION_JSON)
			.content(history.formatted("REP-2", "2026-06-04T09:00:00+07:00")).with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("CB.000004")));
	}

	@Test
	void onlyTheAgencysAdministratorsAndControlOfficersRecordDecisions() throws Exception {
		String body = decision("16/QĐ-UBND", "2026-02-15", "{\"code\": \"2.002352\", \"change\": \"AMENDED\"}");
		mvc.perform(post("/api/v1/publication-decisions").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(httpBasic("xem", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/publication-decisions").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(httpBasic("motcua", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/publication-decisions").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(httpBasic("quantri.stp", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/publication-decisions").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
	}
}
