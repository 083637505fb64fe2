package vn.motcua.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The fuzzing of {@link OpenApiFuzzTests} for the multipart operations of the OpenAPI document: every file part sent
 * with hostile file names (NUL, control characters, U+202E, folders, 10,000 characters) and hostile contents (empty,
 * not what it claims, random bytes). No answer is a 500; every refusal is a problem body and stores no file.
 * (Tomcat's own parsing of such names is checked through a real server in {@link TwoInstancesTests}.)
 */
@MotCuaTest
class MultipartFuzzTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static final List<String> NAMES = List.of("scan\u0000.pdf", "a\u0001\u0007\u001b[31m.png", "hoa-don-\u202Egnp.exe",
			"../../etc/passwd", "..\\..\\windows\\win.ini", "x".repeat(10_000) + ".png", "\u0000", "",
			"Đơn\r\nX-Injected: 1.png", "Do\u0300n.xlsx");

	static final List<byte[]> CONTENTS = List.of(new byte[0], "MZ\u0090\u0000 not a pe".getBytes(StandardCharsets.ISO_8859_1),
			"PK\u0003\u0004 hỏng".getBytes(StandardCharsets.UTF_8), "{\"procedures\": [null]}".getBytes(StandardCharsets.UTF_8),
			new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0 });

	@Test
	@SuppressWarnings("unchecked")
	void noMultipartRequestGetsA500OrStoresWhatWasRefused() throws Exception {
		String doc = mvc.perform(get("/v3/api-docs").with(httpBasic("admin", PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(doc, "$.paths");
		Map<Integer, Integer> statuses = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		int operations = 0;
		for (var path : paths.entrySet()) {
			for (var operation : path.getValue().entrySet()) {
				Object body = operation.getValue().get("requestBody");
				if (!(body instanceof Map<?, ?> requestBody) || !(requestBody.get("content") instanceof Map<?, ?> content)
						|| !(content.get("multipart/form-data") instanceof Map<?, ?> multipart)) {
					continue;
				}
				operations++;
				Map<String, Object> schema = (Map<String, Object>) multipart.get("schema");
				Map<String, Map<String, Object>> properties = schema == null ? Map.of()
						: (Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of());
				String concrete = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
				for (String name : NAMES) {
					for (byte[] bytes : CONTENTS) {
						long before = files();
						MockMultipartHttpServletRequestBuilder request = multipart(HttpMethod
							.valueOf(operation.getKey().toUpperCase()), concrete);
						for (var property : properties.entrySet()) {
							if ("binary".equals(property.getValue().get("format"))) {
								request.file(new MockMultipartFile(property.getKey(), name, "application/octet-stream",
										bytes));
							}
							else {
								request.param(property.getKey(), "x\u0000\u202E");
							}
						}
						if (properties.isEmpty()) {
							request.file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
						}
						MockHttpServletResponse response = mvc.perform(request.with(httpBasic("admin", PASSWORD)))
							.andReturn()
							.getResponse();
						int status = response.getStatus();
						statuses.merge(status, 1, Integer::sum);
						String label = operation.getKey() + " " + path.getKey() + " name="
								+ (name.length() > 30 ? name.substring(0, 30) + "…" : name) + " bytes=" + bytes.length;
						if (status >= 500) {
							failures.add(label + " → " + status + " " + response.getContentAsString());
						}
						else if (status >= 400) {
							if (!String.valueOf(response.getContentType()).startsWith("application/problem+json")) {
								failures.add(label + " → " + status + " without a problem body");
							}
							if (files() != before) {
								failures.add(label + " → " + status + " but a file was stored");
							}
						}
					}
				}
			}
		}
		System.out.println("multipart fuzz: " + operations + " operations, answers " + statuses);
		assertThat(operations).isGreaterThanOrEqualTo(3);
		assertThat(failures).isEmpty();
	}

	long files() {
		return jdbc.sql("select count(*) from stored_file").query(Long.class).single();
	}
}
