package vn.motcua.identity;

import java.text.Normalizer;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The identity API of API.md: agencies, fields, users; authentication, roles, agency isolation and bad input. */
@MotCuaTest
class IdentityApiTests {

	static final String DEMO_PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	long agencies() {
		return jdbc.sql("select count(*) from agency").query(Long.class).single();
	}

	@Nested
	class Authentication {

		@Test
		void withoutCredentialsTheApiAnswers401ProblemJson() throws Exception {
			mvc.perform(get("/api/v1/agencies"))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
				.andExpect(jsonPath("$.title").value("Chưa đăng nhập"));
		}

		@Test
		void aWrongPasswordAnswers401() throws Exception {
			mvc.perform(get("/api/v1/agencies").with(httpBasic("xem", "wrong-password1")))
				.andExpect(status().isUnauthorized());
		}

		@Test
		void healthIsPublicButMetricsNeedTheSystemAdministrator() throws Exception {
			mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
			mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
			mvc.perform(get("/actuator/prometheus").with(httpBasic("quantri", DEMO_PASSWORD)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", DEMO_PASSWORD))).andExpect(status().isOk());
		}

		@Test
		void theOpenApiDocumentIsForAdministratorsOnly() throws Exception {
			mvc.perform(get("/v3/api-docs").with(httpBasic("xem", DEMO_PASSWORD))).andExpect(status().isForbidden());
			mvc.perform(get("/v3/api-docs").with(httpBasic("quantri", DEMO_PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.paths['/api/v1/agencies']").exists())
				.andExpect(jsonPath("$.paths['/api/v1/users']").exists());
		}

		@Test
		void swaggerUiIsForAdministratorsOnly() throws Exception {
			mvc.perform(get("/swagger-ui/index.html").with(
					org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("xem")
						.roles("VIEWER")))
				.andExpect(status().isForbidden());
			mvc.perform(get("/swagger-ui/index.html").with(
					org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("quantri")
						.roles("AGENCY_ADMIN")))
				.andExpect(status().isOk());
		}

		@Test
		void anAccountIsLockedAfterRepeatedFailuresAndAnAdministratorUnlocksIt() throws Exception {
			mvc.perform(json(post("/api/v1/users"),
					"""
							{"username": "khoa.thu", "fullName": "Khóa Thử", "password": "MatKhau123",
							 "agencyCode": "SNV-HT", "roles": ["VIEWER"]}""")
				.with(httpBasic("quantri", DEMO_PASSWORD))).andExpect(status().isCreated());
			for (int i = 0; i < 3; i++) {
				mvc.perform(get("/api/v1/users/me").with(httpBasic("khoa.thu", "Sai12345")))
					.andExpect(status().isUnauthorized());
			}
			mvc.perform(get("/api/v1/users/me").with(httpBasic("khoa.thu", "MatKhau123")))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail", org.hamcrest.Matchers.not(containsString("khóa"))));
			mvc.perform(get("/api/v1/users/khoa.thu").with(httpBasic("quantri", DEMO_PASSWORD)))
				.andExpect(jsonPath("$.locked").value(true));
			mvc.perform(post("/api/v1/users/khoa.thu/unlock").with(httpBasic("quantri", DEMO_PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.locked").value(false));
			mvc.perform(get("/api/v1/users/me").with(httpBasic("khoa.thu", "MatKhau123")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value("khoa.thu"));
		}

		@Test
		void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
			mvc.perform(json(post("/api/v1/users"),
					"""
							{"username": "doi.matkhau", "fullName": "Đổi Mật Khẩu", "password": "BanDau123",
							 "agencyCode": "SNV-HT", "roles": ["VIEWER"]}""")
				.with(httpBasic("quantri", DEMO_PASSWORD))).andExpect(status().isCreated());
			mvc.perform(json(post("/api/v1/users/me/password"),
					"{\"currentPassword\": \"KhongDung1\", \"newPassword\": \"MoiMoi456\"}")
				.with(httpBasic("doi.matkhau", "BanDau123")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
			mvc.perform(json(post("/api/v1/users/me/password"),
					"{\"currentPassword\": \"BanDau123\", \"newPassword\": \"ngan\"}")
				.with(httpBasic("doi.matkhau", "BanDau123")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
			mvc.perform(json(post("/api/v1/users/me/password"),
					"{\"currentPassword\": \"BanDau123\", \"newPassword\": \"MoiMoi456\"}")
				.with(httpBasic("doi.matkhau", "BanDau123"))).andExpect(status().isNoContent());
			mvc.perform(get("/api/v1/users/me").with(httpBasic("doi.matkhau", "BanDau123")))
				.andExpect(status().isUnauthorized());
			mvc.perform(get("/api/v1/users/me").with(httpBasic("doi.matkhau", "MoiMoi456"))).andExpect(status().isOk());
		}
	}

	@Nested
	class RolesAndAgencies {

		@Test
		void aViewerCannotCreateAgenciesOrUsers() throws Exception {
			long before = agencies();
			mvc.perform(json(post("/api/v1/agencies"),
					"{\"code\": \"X-VIEW\", \"name\": \"Thử\", \"identifierCode\": \"000.00.99.H36\", \"level\": \"COMMUNE\", \"parentCode\": \"SNV-HT\"}")
				.with(httpBasic("xem", DEMO_PASSWORD)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(get("/api/v1/users").with(httpBasic("motcua", DEMO_PASSWORD))).andExpect(status().isForbidden());
			assertThat(agencies()).isEqualTo(before);
		}

		@Test
		void staffSeeOnlyTheirAgencySubtree() throws Exception {
			mvc.perform(get("/api/v1/agencies").with(httpBasic("quantri.stp", DEMO_PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].code", hasItem("STP-HT")))
				.andExpect(jsonPath("$[*].code", not(hasItem("SNV-HT"))));
			mvc.perform(get("/api/v1/agencies/SNV-HT").with(httpBasic("quantri.stp", DEMO_PASSWORD)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/agencies").with(httpBasic("admin", DEMO_PASSWORD)))
				.andExpect(jsonPath("$[*].code", hasItem("SNV-HT")))
				.andExpect(jsonPath("$[*].code", hasItem("STP-HT")));
		}

		@Test
		void anAgencyAdministratorSeesAndManagesOnlyTheirOwnUsers() throws Exception {
			mvc.perform(get("/api/v1/users?size=200").with(httpBasic("quantri.stp", DEMO_PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].username", hasItem("quantri.stp")))
				.andExpect(jsonPath("$.items[*].username", not(hasItem("motcua"))));
			mvc.perform(get("/api/v1/users/motcua").with(httpBasic("quantri.stp", DEMO_PASSWORD)))
				.andExpect(status().isNotFound());
			mvc.perform(json(put("/api/v1/users/motcua"),
					"{\"username\": \"motcua\", \"fullName\": \"Chiếm Quyền\", \"agencyCode\": \"STP-HT\", \"roles\": [\"AGENCY_ADMIN\"]}")
				.with(httpBasic("quantri.stp", DEMO_PASSWORD))).andExpect(status().isNotFound());
			mvc.perform(json(post("/api/v1/users"),
					"""
							{"username": "ngoai.pham.vi", "fullName": "Ngoài Phạm Vi", "password": "MatKhau123",
							 "agencyCode": "SNV-HT", "roles": ["VIEWER"]}""")
				.with(httpBasic("quantri.stp", DEMO_PASSWORD)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("agencyCode"));
		}

		@Test
		void onlyTheSystemAdministratorGrantsTheSystemAdministratorRole() throws Exception {
			mvc.perform(json(post("/api/v1/users"),
					"""
							{"username": "leo.thang", "fullName": "Leo Thang", "password": "MatKhau123",
							 "agencyCode": "SNV-HT", "roles": ["SYSTEM_ADMIN"]}""")
				.with(httpBasic("quantri", DEMO_PASSWORD))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/users/leo.thang").with(httpBasic("admin", DEMO_PASSWORD)))
				.andExpect(status().isNotFound());
		}

		@Test
		void anAgencyAdministratorCreatesAChildAgencyButNotATopLevelOne() throws Exception {
			mvc.perform(json(post("/api/v1/agencies"),
					"""
							{"code": "SNV-PHONG", "name": "Phòng Lãnh sự", "identifierCode": "000.21.20.H36",
							 "level": "PROVINCE", "parentCode": "SNV-HT"}""")
				.with(httpBasic("quantri", DEMO_PASSWORD)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.parentCode").value("SNV-HT"));
			mvc.perform(json(post("/api/v1/agencies"),
					"""
							{"code": "TOP-LEVEL", "name": "Cơ quan cao nhất", "identifierCode": "000.00.00.G01",
							 "level": "MINISTRY"}""")
				.with(httpBasic("quantri", DEMO_PASSWORD))).andExpect(status().isForbidden());
		}
	}

	@Nested
	class BadInput {

		@Test
		void malformedJsonIs400AndNothingIsStored() throws Exception {
			long before = agencies();
			mvc.perform(json(post("/api/v1/agencies"), "{\"code\": \"BROKEN\", ")
				.with(httpBasic("admin", DEMO_PASSWORD)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("urn:motcua:problem:malformed"))
				.andExpect(jsonPath("$.detail", containsString("JSON")));
			assertThat(agencies()).isEqualTo(before);
		}

		@Test
		void missingAndOversizedFieldsAre400WithVietnameseFieldMessages() throws Exception {
			mvc.perform(json(post("/api/v1/agencies"), "{\"code\": \"" + "A".repeat(51) + "\", \"level\": \"PROVINCE\"}")
				.with(httpBasic("admin", DEMO_PASSWORD)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("Không được để trống")))
				.andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value(hasItem("Độ dài phải từ 0 đến 50 ký tự")));
		}

		@Test
		void aValueOfTheWrongTypeNamesTheField() throws Exception {
			mvc.perform(json(post("/api/v1/fields"), "{\"code\": \"KIEU_SAI\", \"name\": \"Sai kiểu\", \"active\": \"có\"}")
				.with(httpBasic("admin", DEMO_PASSWORD)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("active"));
		}

		@Test
		void unknownCodesAre422AndUnknownResources404() throws Exception {
			mvc.perform(json(post("/api/v1/agencies"),
					"""
							{"code": "CON-MO-COI", "name": "Cơ quan mồ côi", "identifierCode": "000.00.98.H36",
							 "level": "COMMUNE", "parentCode": "KHONG-CO"}""")
				.with(httpBasic("admin", DEMO_PASSWORD)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("parentCode"))
				.andExpect(jsonPath("$.errors[0].message", containsString("KHONG-CO")));
			mvc.perform(get("/api/v1/agencies/KHONG-CO").with(httpBasic("admin", DEMO_PASSWORD)))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.title").value("Không tìm thấy"));
			mvc.perform(json(post("/api/v1/users"),
					"""
							{"username": "vai.tro.la", "fullName": "Vai Trò Lạ", "password": "MatKhau123",
							 "agencyCode": "SNV-HT", "roles": ["VIEWER", "KING"]}""")
				.with(httpBasic("admin", DEMO_PASSWORD)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("roles[1]"));
		}

		@Test
		void duplicateCodesAre409() throws Exception {
			mvc.perform(json(post("/api/v1/fields"), "{\"code\": \"DOI_NGOAI\", \"name\": \"Trùng\"}")
				.with(httpBasic("admin", DEMO_PASSWORD)))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail", containsString("DOI_NGOAI")));
			mvc.perform(json(post("/api/v1/agencies"),
					"""
							{"code": "SNV-HT", "name": "Trùng mã", "identifierCode": "000.00.97.H36", "level": "PROVINCE",
							 "parentCode": "UBND-HT"}""")
				.with(httpBasic("admin", DEMO_PASSWORD))).andExpect(status().isConflict());
			mvc.perform(json(post("/api/v1/users"),
					"""
							{"username": "motcua", "fullName": "Trùng tên", "password": "MatKhau123", "agencyCode": "SNV-HT",
							 "roles": ["VIEWER"]}""")
				.with(httpBasic("admin", DEMO_PASSWORD))).andExpect(status().isConflict());
		}

		@Test
		void anAgencyCannotBecomeItsOwnDescendant() throws Exception {
			mvc.perform(json(put("/api/v1/agencies/UBND-HT"),
					"""
							{"code": "UBND-HT", "name": "Ủy ban nhân dân tỉnh Hà Tĩnh", "identifierCode": "000.00.00.H36",
							 "level": "PROVINCE", "parentCode": "SNV-HT"}""")
				.with(httpBasic("admin", DEMO_PASSWORD)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("parentCode"));
		}
	}

	@Nested
	class Normalisation {

		@Test
		void decomposedVietnameseIsStoredAsNfc() throws Exception {
			String nfdName = Normalizer.normalize("Phòng Hợp tác quốc tế", Normalizer.Form.NFD);
			assertThat(nfdName).isNotEqualTo("Phòng Hợp tác quốc tế");
			mvc.perform(json(post("/api/v1/fields"), "{\"code\": \"HOP_TAC\", \"name\": \"" + nfdName + "\"}")
				.with(httpBasic("admin", DEMO_PASSWORD)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.name").value("Phòng Hợp tác quốc tế"));
			String stored = jdbc.sql("select name from field where code = 'HOP_TAC'").query(String.class).single();
			assertThat(stored).isEqualTo("Phòng Hợp tác quốc tế");
			assertThat(Normalizer.isNormalized(stored, Normalizer.Form.NFC)).isTrue();
		}

		@Test
		void searchIgnoresDiacriticsAndDecomposedQueries() throws Exception {
			mvc.perform(get("/api/v1/users").param("q", "tran thi binh").with(httpBasic("quantri", DEMO_PASSWORD)))
				.andExpect(jsonPath("$.items[*].username", hasItem("motcua")));
			mvc.perform(get("/api/v1/users").param("q", Normalizer.normalize("Trần Thị", Normalizer.Form.NFD))
				.with(httpBasic("quantri", DEMO_PASSWORD))).andExpect(jsonPath("$.items[*].username", hasItem("motcua")));
		}
	}
}
