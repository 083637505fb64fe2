package vn.motcua.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every list in every request body has a largest size: the OpenAPI document (built from the command records'
 * {@code @Size}) gives each array of each request schema a {@code maxItems}, and a body past it is refused with a
 * Vietnamese message naming the field, before anything is stored.
 */
@MotCuaTest
class RequestListLimitsTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlers;

	Map<String, Map<String, Object>> schemas;

	@Test
	void everyArrayInEveryRequestBodyHasMaxItems() throws Exception {
		String doc = mvc.perform(get("/v3/api-docs").with(httpBasic("admin", PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		schemas = JsonPath.read(doc, "$.components.schemas");
		List<Object> bodies = JsonPath.read(doc, "$.paths.*.*.requestBody.content.*.schema");
		assertThat(bodies).hasSizeGreaterThan(30);
		Set<String> unbounded = new LinkedHashSet<>();
		Set<String> seen = new java.util.HashSet<>();
		bodies.forEach(body -> walk(body, "body", unbounded, seen));
		assertThat(seen).as("schemas walked").hasSizeGreaterThan(30);
		assertThat(unbounded).as("arrays in request bodies without maxItems (add @Size(max = …) to the list)")
			.isEmpty();
	}

	@SuppressWarnings("unchecked")
	private void walk(Object node, String where, Set<String> unbounded, Set<String> seen) {
		if (!(node instanceof Map<?, ?> raw)) {
			return;
		}
		Map<String, Object> schema = (Map<String, Object>) raw;
		if (schema.get("$ref") instanceof String ref) {
			String name = ref.substring(ref.lastIndexOf('/') + 1);
			if (seen.add(name)) {
				walk(schemas.get(name), name, unbounded, seen);
			}
			return;
		}
		Object type = schema.get("type");
		if ("array".equals(type) || (type instanceof List<?> types && types.contains("array"))) {
			if (!schema.containsKey("maxItems")) {
				unbounded.add(where);
			}
			walk(schema.get("items"), where + "[]", unbounded, seen);
		}
		if (schema.get("properties") instanceof Map<?, ?> properties) {
			properties.forEach((name, property) -> walk(property, where + "." + name, unbounded, seen));
		}
		for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
			if (schema.get(combinator) instanceof List<?> parts) {
				parts.forEach(part -> walk(part, where, unbounded, seen));
			}
		}
		walk(schema.get("additionalProperties"), where + ".*", unbounded, seen);
	}

	/**
	 * The same over the classes: every record reachable from a {@code @RequestBody} parameter of any controller (the
	 * OpenAPI document merges records with the same simple name, so it alone would miss some).
	 */
	@Test
	void everyCollectionInEveryRequestBodyRecordHasSize() {
		Set<String> unbounded = new LinkedHashSet<>();
		Set<Class<?>> seen = new java.util.HashSet<>();
		handlers.getHandlerMethods().values().forEach(method -> {
			for (org.springframework.core.MethodParameter parameter : method.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
					// a raw byte[] body (signed exchange messages) is capped in bytes before it is read
					// (SignedPeerAuthentication, motcua.exchange.max-message-size), not by @Size
					if (collection(parameter.getParameterType()) && parameter.getParameterType() != byte[].class) {
						unbounded.add(method.getShortLogMessage() + " body");
					}
					walk(parameter.getGenericParameterType(), unbounded, seen);
				}
			}
		});
		assertThat(seen).as("records walked").hasSizeGreaterThan(30);
		assertThat(unbounded).as("collections in request bodies without @Size(max = …)").isEmpty();
	}

	private static boolean collection(Class<?> type) {
		return java.util.Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || type.isArray();
	}

	private static void walk(java.lang.reflect.Type type, Set<String> unbounded, Set<Class<?>> seen) {
		if (type instanceof java.lang.reflect.ParameterizedType generic) {
			for (java.lang.reflect.Type argument : generic.getActualTypeArguments()) {
				walk(argument, unbounded, seen);
			}
			walk(generic.getRawType(), unbounded, seen);
			return;
		}
		if (!(type instanceof Class<?> type1) || !type1.isRecord() || !type1.getName().startsWith("vn.motcua")
				|| !seen.add(type1)) {
			return;
		}
		for (java.lang.reflect.RecordComponent component : type1.getRecordComponents()) {
			if (collection(component.getType())
					&& component.getAccessor().getAnnotation(jakarta.validation.constraints.Size.class) == null) {
				unbounded.add(type1.getName().substring("vn.motcua.".length()) + "." + component.getName());
			}
			walk(component.getGenericType(), unbounded, seen);
		}
	}

	@Test
	void aListPastItsLimitIsRefusedNamingTheFieldInVietnamese() throws Exception {
		List<String> fees = new ArrayList<>();
		for (int i = 0; i < 31; i++) {
			fees.add("{\"name\": \"Phí %d\", \"amountVnd\": 1000}".formatted(i));
		}
		String body = """
				{"code": "SZ.000001", "name": "Quá nhiều phí", "fieldCode": "LANH_SU", "agencyCode": "SNV-HT",
				 "processingTime": {"amount": 3, "unit": "WORKING_DAY"}, "validFrom": "2024-01-01", "fees": [%s]}"""
			.formatted(String.join(",", fees));
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.errors[*].field", hasItem("fees")))
			.andExpect(jsonPath("$.errors[0].message").value("Tối đa 30 mục"));
		mvc.perform(get("/api/v1/procedures/SZ.000001").with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isNotFound());
	}
}
