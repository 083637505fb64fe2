package vn.motcua.portal;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A dossier's whole life, imported as a history: national codes 2, 5, 2, 9, 10. */
final class PortalTestSupport {

	static final String PASSWORD = "MotCua@2026";

	static final String PROCEDURE = "T.PORTAL1";

	private PortalTestSupport() {
	}

	static void procedure(MockMvc mvc) throws Exception {
		if (mvc.perform(get("/api/v1/procedures/" + PROCEDURE).with(httpBasic("quantri", PASSWORD)))
			.andReturn()
			.getResponse()
			.getStatus() == 200) {
			return;
		}
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "T.PORTAL1", "name": "Thủ tục thử đồng bộ Cổng", "fieldCode": "DOI_NGOAI",
				 "agencyCode": "SNV-HT", "level": "PROVINCE", "origin": "LOCAL",
				 "processingTime": {"amount": 5, "unit": "WORKING_DAY"}, "onlineMode": "FULL", "fees": [],
				 "components": [{"code": "TP1", "name": "Tờ khai", "required": true, "copies": 1}],
				 "resultType": "PAPER", "interAgency": false, "validFrom": "2020-01-01"}""")
			.with(httpBasic("quantri", PASSWORD)));
	}

	/** Imports one whole life and answers the dossier code. */
	static String wholeLife(MockMvc mvc) throws Exception {
		String body = """
				{"dossiers": [{"externalId": "%s", "procedureCode": "T.PORTAL1", "channel": "DIRECT",
				   "applicant": {"fullName": "Đồng Bộ Thử"},
				   "events": [{"action": "RECEIVE", "at": "2026-04-15T09:00:00+07:00"},
				              {"action": "REQUEST_SUPPLEMENT", "at": "2026-04-16T10:00:00+07:00", "reason": "Thiếu ảnh"},
				              {"action": "SUPPLEMENT_RECEIVED", "at": "2026-04-24T14:00:00+07:00"},
				              {"action": "COMPLETE", "at": "2026-04-28T09:00:00+07:00"},
				              {"action": "RETURN_RESULT", "at": "2026-04-29T08:00:00+07:00"}]}]}"""
			.formatted("PORTAL-" + UUID.randomUUID());
		String answer = mvc
			.perform(post("/api/v1/dossiers/import").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(httpBasic("quantri", PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(answer, "$.dossiers[0].code");
	}
}
