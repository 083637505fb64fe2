package vn.motcua.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.motcua.MotCuaTest;
import vn.motcua.identity.ApiAccess.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every operation of the published OpenAPI document × every role (one demo account each) against the declared table
 * {@link ApiAccess}: an operation without a rule fails; a role the table allows must not get 401 or 403 (nor a 500),
 * a role it does not allow must get 403, and nobody gets in without credentials. Then own against other agency: an
 * administrator of another agency (quantri.stp, Sở Tư pháp) can neither read nor change the Sở Ngoại vụ's users,
 * agency, dossiers or files, and no agency administrator can change the shared fields. Request bodies are empty
 * objects or a text file, so nothing is stored.
 */
@MotCuaTest
class ApiAuthorisationMatrixTests {

	static final String PASSWORD = "MotCua@2026";

	static final Map<String, String> USER_OF_ROLE = new LinkedHashMap<>();

	static {
		USER_OF_ROLE.put(ApiAccess.SA, "admin");
		USER_OF_ROLE.put(ApiAccess.AA, "quantri");
		USER_OF_ROLE.put(ApiAccess.RO, "motcua");
		USER_OF_ROLE.put(ApiAccess.PO, "chuyenvien");
		USER_OF_ROLE.put(ApiAccess.DH, "truongphong");
		USER_OF_ROLE.put(ApiAccess.AH, "giamdoc");
		USER_OF_ROLE.put(ApiAccess.CO, "kiemsoat");
		USER_OF_ROLE.put(ApiAccess.V, "xem");
	}

	static final Map<String, String> SAMPLES = Map.of("code", "KHONG-CO", "username", "khong-co", "year", "2099",
			"form", "II.06a", "date", "2027-02-06", "indicator", "ON_TIME", "number", "KHONG-CO");

	@Autowired
	MockMvc mvc;

	record Operation(HttpMethod method, String path, boolean multipart) {
	}

	List<Operation> operations() throws Exception {
		String doc = mvc.perform(get("/v3/api-docs").with(httpBasic("admin", PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Map<String, Map<String, Object>> paths = JsonPath.read(doc, "$.paths");
		List<Operation> operations = new ArrayList<>();
		paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
			if (!path.startsWith("/api/v1/")) {
				return;
			}
			boolean multipart = String.valueOf(operation).contains("multipart/form-data");
			operations.add(new Operation(HttpMethod.valueOf(method.toUpperCase()), concrete(path), multipart));
		}));
		assertThat(operations).hasSizeGreaterThan(60);
		return operations;
	}

	static String concrete(String template) {
		StringBuilder path = new StringBuilder();
		for (String segment : template.split("/")) {
			if (segment.isEmpty()) {
				continue;
			}
			path.append('/');
			if (segment.startsWith("{") && segment.endsWith("}")) {
				String name = segment.substring(1, segment.length() - 1);
				path.append(SAMPLES.getOrDefault(name, UUID.randomUUID().toString()));
			}
			else {
				path.append(segment);
			}
		}
		return path.toString();
	}

	static Optional<Rule> rule(Operation operation) {
		return ApiAccess.RULES.stream()
			.filter(r -> r.method().equals(operation.method()))
			.filter(r -> PathPatternParser.defaultInstance.parse(r.pattern())
				.matches(PathContainer.parsePath(operation.path())))
			.findFirst();
	}

	AbstractMockHttpServletRequestBuilder<?> call(Operation operation) {
		if (operation.multipart()) {
			return multipart(operation.method(), operation.path()).file(new MockMultipartFile("file", "ghi-chu.txt",
					"text/plain", "không phải tệp hợp lệ".getBytes(StandardCharsets.UTF_8)));
		}
		MockHttpServletRequestBuilder builder = request(operation.method(), operation.path());
		return operation.method().equals(HttpMethod.GET) ? builder
				: builder.contentType(MediaType.APPLICATION_JSON).content("{}");
	}

	@Test
	void everyOperationHasARuleAndEveryRoleGetsWhatTheTableSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		int calls = 0;
		for (Operation operation : operations()) {
			Optional<Rule> rule = rule(operation);
			if (rule.isEmpty()) {
				wrong.add(operation + ": no rule in ApiAccess");
				continue;
			}
			int anonymous = mvc.perform(call(operation)).andReturn().getResponse().getStatus();
			if (anonymous != 401) {
				wrong.add(operation + " without credentials: " + anonymous);
			}
			for (Map.Entry<String, String> role : USER_OF_ROLE.entrySet()) {
				int status = mvc.perform(call(operation).with(httpBasic(role.getValue(), PASSWORD)))
					.andReturn()
					.getResponse()
					.getStatus();
				calls++;
				boolean allowed = rule.get().roles().contains(role.getKey());
				if (allowed && (status == 401 || status == 403 || status >= 500)) {
					wrong.add(operation + " as " + role.getKey() + ": allowed by the table, answered " + status);
				}
				if (!allowed && status != 403) {
					wrong.add(operation + " as " + role.getKey() + ": refused by the table, answered " + status);
				}
			}
		}
		assertThat(wrong).as("%d calls", calls).isEmpty();
	}

	@Test
	void anAdministratorOfAnotherAgencyCannotReadOrChangeThisAgencysRecords() throws Exception {
		String own = "quantri";
		String other = "quantri.stp";
		assertThat(status(get("/api/v1/users/xem"), own)).isEqualTo(200);
		assertThat(status(get("/api/v1/users/xem"), other)).isIn(403, 404);
		assertThat(status(post("/api/v1/users/xem/unlock"), other)).isIn(403, 404);
		assertThat(status(post("/api/v1/users/xem/unlock"), own)).isEqualTo(200);
		String agency = mvc.perform(get("/api/v1/agencies/SNV-HT").with(httpBasic(own, PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(status(put("/api/v1/agencies/SNV-HT").contentType(MediaType.APPLICATION_JSON).content(agency),
				other)).isIn(403, 404);
		String dossier = JsonPath.read(mvc.perform(get("/api/v1/dossiers").with(httpBasic(own, PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.items[0].code");
		assertThat(status(get("/api/v1/dossiers/" + dossier), own)).isEqualTo(200);
		assertThat(status(get("/api/v1/dossiers/" + dossier), other)).isIn(403, 404);
		String file = JsonPath.read(mvc
			.perform(multipart("/api/v1/files")
				.file(new MockMultipartFile("file", "to-khai.pdf", "application/pdf", minimalPdf()))
				.with(httpBasic("motcua", PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.id");
		assertThat(status(get("/api/v1/files/" + file), own)).isEqualTo(200);
		assertThat(status(get("/api/v1/files/" + file), other)).isIn(403, 404);
		assertThat(status(multipart("/api/v1/files/" + file + "/versions")
			.file(new MockMultipartFile("file", "to-khai.pdf", "application/pdf", minimalPdf())), other))
			.isIn(403, 404);
		assertThat(status(multipart("/api/v1/files/" + file + "/versions")
			.file(new MockMultipartFile("file", "to-khai.pdf", "application/pdf", minimalPdf())), "xem"))
			.isEqualTo(403);
		assertThat(status(multipart("/api/v1/files")
			.file(new MockMultipartFile("file", "to-khai.pdf", "application/pdf", minimalPdf())), "xem"))
			.isEqualTo(403);
	}

	@Test
	void noAgencyAdministratorCanRenameOrDeactivateASharedField() throws Exception {
		String body = "{\"code\": \"DOI_NGOAI\", \"name\": \"Đổi tên trái phép\", \"active\": false}";
		for (String admin : List.of("quantri", "quantri.stp")) {
			assertThat(status(put("/api/v1/fields/DOI_NGOAI").contentType(MediaType.APPLICATION_JSON).content(body),
					admin)).isEqualTo(403);
		}
		String field = mvc.perform(get("/api/v1/fields/DOI_NGOAI").with(httpBasic("xem", PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(field).contains("Lĩnh vực đối ngoại").doesNotContain("Đổi tên trái phép");
	}

	int status(AbstractMockHttpServletRequestBuilder<?> request, String user) throws Exception {
		return mvc.perform(request.with(httpBasic(user, PASSWORD))).andReturn().getResponse().getStatus();
	}

	static byte[] minimalPdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.US_ASCII);
	}
}
