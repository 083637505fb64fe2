package vn.motcua.dossier;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dossier module's events, with Spring Modulith's {@link Scenario} on the shared application context: a step
 * publishes {@link DossierTransitioned} (for other modules, e.g. the portal) and, when the applicant gave an e-mail
 * address, {@link ApplicantToBeNotified}, which the module's own {@code @ApplicationModuleListener} turns into an
 * outbox message after the step commits.
 */
@MotCuaTest
@EnableScenarios
class DossierEventsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static final String PROCEDURE = "T.000016";

	@BeforeEach
	void procedure() throws Exception {
		if (mvc.perform(get("/api/v1/procedures/" + PROCEDURE).with(httpBasic("quantri", "MotCua@2026")))
			.andReturn()
			.getResponse()
			.getStatus() != 200) {
			mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
					{"code": "T.000016", "name": "Thủ tục thử sự kiện hồ sơ", "fieldCode": "DOI_NGOAI",
					 "agencyCode": "SNV-HT", "level": "PROVINCE", "origin": "LOCAL",
					 "processingTime": {"amount": 5, "unit": "WORKING_DAY"}, "onlineMode": "FULL",
					 "components": [{"code": "TP1", "name": "Tờ khai", "required": true, "copies": 1}],
					 "resultType": "PAPER", "interAgency": false, "validFrom": "2020-01-01"}""")
				.with(httpBasic("quantri", "MotCua@2026"))).andExpect(status().isCreated());
		}
	}

	@Test
	void anIntakeAnnouncesTheTransition(Scenario scenario) {
		scenario.stimulate(() -> intake("Sự Kiện Một"))
			.andWaitForEventOfType(DossierTransitioned.class)
			.matching(e -> e.action() == DossierAction.RECEIVE)
			.toArriveAndVerify((event, code) -> {
				assertThat(event.code()).isEqualTo(code);
				assertThat(event.to()).isEqualTo(DossierStatus.RECEIVED);
				assertThat(event.by()).isEqualTo("motcua");
			});
	}

	@Test
	void theApplicantIsWrittenToAfterTheIntakeCommits(Scenario scenario) {
		scenario.stimulate(() -> intake("Sự Kiện Hai"))
			.andWaitForStateChange(() -> jdbc.sql("""
					select count(*) from notification_outbox o join dossier d on d.id = o.dossier_id
					where d.applicant_name = 'Sự Kiện Hai' and o.recipient = 'su.kien@example.vn'""")
				.query(Long.class)
				.single(), n -> n > 0)
			.andVerify(n -> assertThat(n).isPositive());
	}

	private String intake(String name) {
		try {
			String body = """
					{"procedureCode": "T.000016", "channel": "DIRECT",
					 "applicant": {"fullName": "%s", "idNumber": "042090000001", "phone": "0912345678",
					               "email": "su.kien@example.vn", "address": "Thạch Hà, Hà Tĩnh"},
					 "components": [{"code": "TP1", "original": true, "copies": 1}]}""".formatted(name);
			String response = mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(httpBasic("motcua", "MotCua@2026"))).andReturn().getResponse().getContentAsString();
			return JsonPath.read(response, "$.code");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
