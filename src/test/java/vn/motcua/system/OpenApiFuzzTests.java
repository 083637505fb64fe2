package vn.motcua.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Fuzzing driven by the published OpenAPI document: for every JSON write operation of {@code /api/v1/}, a body shaped
 * by its schema, then that body spoiled one property at a time (wrong types, {@code null} inside arrays, NUL and other
 * control characters, a right-to-left override, NFD text, impossible and 1970 dates, huge strings, huge arrays) and
 * whole bodies that are too deep or not JSON. No answer may be a 500, every refusal is a problem body, and a refused
 * request stores nothing (no audit entry, no dossier, no feedback).
 */
@MotCuaTest
class OpenApiFuzzTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	Map<String, Object> schemas;

	record Case(HttpMethod method, String path, String label, String body) {
	}

	@Test
	void noRequestBuiltFromTheOpenApiDocumentGetsA500OrStoresWhatWasRefused() throws Exception {
		String doc = mvc.perform(get("/v3/api-docs").with(httpBasic("admin", PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		schemas = JsonPath.read(doc, "$.components.schemas");
		Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(doc, "$.paths");
		List<Case> cases = new ArrayList<>();
		paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
			Object schema = jsonSchema(operation);
			if (!path.startsWith("/api/v1/") || schema == null) {
				return;
			}
			cases.addAll(cases(HttpMethod.valueOf(method.toUpperCase()), concrete(path), resolve(schema)));
		}));
		assertThat(cases).hasSizeGreaterThan(500);
		List<String> failures = new ArrayList<>();
		Map<Integer, Integer> statuses = new java.util.TreeMap<>();
		for (Case c : cases) {
			long before = stored();
			MvcResult result = mvc.perform(request(c.method(), c.path()).contentType(MediaType.APPLICATION_JSON)
				.content(c.body())
				.with(asAdmin())).andReturn();
			int status = result.getResponse().getStatus();
			statuses.merge(status, 1, Integer::sum);
			if (status >= 500) {
				failures.add(c.method() + " " + c.path() + " [" + c.label() + "] → " + status);
			}
			else if (status >= 400) {
				if (!String.valueOf(result.getResponse().getContentType()).contains("problem+json")) {
					failures.add(c.method() + " " + c.path() + " [" + c.label() + "] → " + status + " without a problem body");
				}
				if (stored() != before) {
					failures.add(c.method() + " " + c.path() + " [" + c.label() + "] → " + status + " but stored a record");
				}
			}
		}
		System.out.println("OpenApiFuzzTests: " + cases.size() + " requests, answers " + statuses);
		assertThat(failures).as("%d requests, answers %s", cases.size(), statuses).isEmpty();
	}

	/**
	 * The system administrator, signed in once for the whole run: the security context carries the account, and the
	 * Basic header (which the API requires) names the same user, so Spring Security does not check the password again
	 * on each of the thousands of requests. Authentication is not what this test is about.
	 */
	static RequestPostProcessor asAdmin() {
		RequestPostProcessor user = user("admin").roles("SYSTEM_ADMIN");
		RequestPostProcessor basic = httpBasic("admin", "not-checked-again");
		return request -> basic.postProcessRequest(user.postProcessRequest(request));
	}

	long stored() {
		return jdbc.sql("select (select count(*) from audit_entry) + (select count(*) from dossier)"
				+ " + (select count(*) from feedback)").query(Long.class).single();
	}

	@SuppressWarnings("unchecked")
	static Object jsonSchema(Map<String, Object> operation) {
		Object body = operation.get("requestBody");
		if (!(body instanceof Map<?, ?> map) || !(map.get("content") instanceof Map<?, ?> content)) {
			return null;
		}
		Object media = content.get("application/json");
		return media instanceof Map<?, ?> m ? ((Map<String, Object>) m).get("schema") : null;
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> resolve(Object schema) {
		Map<String, Object> s = (Map<String, Object>) schema;
		if (s.get("$ref") instanceof String ref) {
			return (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
		}
		return s;
	}

	/** A value shaped by the schema: the body every mutation starts from. */
	@SuppressWarnings("unchecked")
	Object sample(Map<String, Object> schema, int depth) {
		String type = String.valueOf(schema.get("type"));
		if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
			return values.get(0);
		}
		if (depth > 4) {
			return null;
		}
		switch (type) {
			case "object" -> {
				Map<String, Object> object = new LinkedHashMap<>();
				Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
				properties.forEach((name, property) -> object.put(name, sample(resolve(property), depth + 1)));
				return object;
			}
			case "array" -> {
				Object item = schema.get("items") == null ? "x" : sample(resolve(schema.get("items")), depth + 1);
				return item == null ? List.of() : List.of(item);
			}
			case "integer", "number" -> {
				return 1;
			}
			case "boolean" -> {
				return true;
			}
			case "string" -> {
				return switch (String.valueOf(schema.get("format"))) {
					case "date" -> "2026-03-02";
					case "date-time" -> "2026-03-02T09:00:00+07:00";
					case "uuid" -> UUID.randomUUID().toString();
					default -> "FUZZ" + Integer.toHexString((int) (Math.random() * 0xFFFFF)).toUpperCase();
				};
			}
			default -> {
				return schema.get("$ref") != null ? sample(resolve(schema), depth + 1) : "x";
			}
		}
	}

	@SuppressWarnings("unchecked")
	List<Case> cases(HttpMethod method, String path, Map<String, Object> schema) {
		List<Case> cases = new ArrayList<>();
		Object base = sample(schema, 0);
		cases.add(new Case(method, path, "shaped", write(base)));
		cases.add(new Case(method, path, "not JSON", "{\"a\": "));
		cases.add(new Case(method, path, "array instead of object", "[1, 2]"));
		cases.add(new Case(method, path, "null body", "null"));
		cases.add(new Case(method, path, "deep", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000)));
		if (!(base instanceof Map<?, ?>)) {
			return cases;
		}
		Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
		properties.forEach((name, p) -> {
			Map<String, Object> property = resolve(p);
			String type = String.valueOf(property.get("type"));
			for (Map.Entry<String, Object> spoiled : spoil(type, String.valueOf(property.get("format")),
					property).entrySet()) {
				Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) base);
				body.put(name, spoiled.getValue());
				cases.add(new Case(method, path, name + ": " + spoiled.getKey(), write(body)));
			}
		});
		return cases;
	}

	Map<String, Object> spoil(String type, String format, Map<String, Object> property) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("wrong type object", Map.of("x", 1));
		values.put("wrong type array", List.of(1, 2));
		values.put("huge number", new java.math.BigInteger("9".repeat(400)));
		switch (type) {
			case "string" -> {
				values.put("wrong type number", 12345);
				values.put("NUL", "Nguyễn\u0000Văn");
				values.put("control", "Tên\u0007\u001b[31m");
				values.put("RLO", "hoso\u202Egpj.exe");
				values.put("NFD", "Nguye\u0302\u0303n Va\u0306n A\u0300nh");
				values.put("huge", "ạ".repeat(200_000));
				values.put("blank", "   ");
				if (format.startsWith("date")) {
					values.put("impossible date", "2021-02-30");
					values.put("1970", "1970-01-01T00:00:00Z");
					values.put("far future", "9999-12-31T23:59:59+07:00");
					values.put("not a date", "hôm qua");
				}
			}
			case "array" -> {
				values.put("null inside", Collections.singletonList(null));
				values.put("nulls inside", java.util.Arrays.asList("x", null));
				values.put("wrong type string", "x");
				Object item = property.get("items") == null ? "x" : sample(resolve(property.get("items")), 1);
				values.put("10000 items", Collections.nCopies(10_000, item));
			}
			case "integer", "number" -> {
				values.put("wrong type string", "một trăm");
				values.put("negative", -1);
				values.put("max long", Long.MAX_VALUE);
				values.put("fraction", 1.5);
			}
			case "object" -> values.put("wrong type string", "x");
			default -> values.put("wrong type string", "x");
		}
		return values;
	}

	String write(Object value) {
		return json.writeValueAsString(value);
	}

	static String concrete(String template) {
		return template.replace("{year}", "2099")
			.replaceAll("\\{[^}]*}", UUID.randomUUID().toString().substring(0, 8).toUpperCase());
	}
}
