package vn.motcua.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Vietnamese admin pages: sign-in, agencies, fields, users, own password, audit; errors beside fields. */
@MotCuaTest
class IdentityPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLoginPageIsVietnameseAndTheFormSignsIn() throws Exception {
		mvc.perform(get("/dang-nhap"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Đăng nhập cán bộ"), containsString("Tên đăng nhập"))));
		mvc.perform(formLogin("/dang-nhap").user("quantri").password("MotCua@2026")).andExpect(redirectedUrl("/"));
		mvc.perform(formLogin("/dang-nhap").user("quantri").password("sai-mat-khau"))
			.andExpect(redirectedUrl("/dang-nhap?error=bad"));
		mvc.perform(get("/dang-nhap").param("error", "bad"))
			.andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng")));
	}

	@Test
	void staffPagesNeedASignInButPublicPagesDoNot() throws Exception {
		mvc.perform(get("/quan-tri/co-quan")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/dang-nhap"));
		mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("Cổng một cửa")));
	}

	@Test
	void anAdministratorSeesTheAgencyTreeAndTheMenu() throws Exception {
		mvc.perform(get("/quan-tri/co-quan").with(user("quantri").roles("AGENCY_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sở Ngoại vụ tỉnh Hà Tĩnh"), containsString("000.00.20.H36"),
					containsString("Người dùng"), containsString("Nhật ký thao tác"),
					not(containsString("Sở Tư pháp tỉnh Hà Tĩnh")))));
	}

	@Test
	void aViewerIsRefusedTheAdminPages() throws Exception {
		mvc.perform(get("/quan-tri/nguoi-dung").with(user("xem").roles("VIEWER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFieldFormShowsItsErrorsBesideTheFieldsAndStoresNothing() throws Exception {
		long before = jdbc.sql("select count(*) from field").query(Long.class).single();
		mvc.perform(post("/quan-tri/linh-vuc").param("code", "mã sai").param("name", "  ")
			.with(user("admin").roles("SYSTEM_ADMIN"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("has-error"), containsString("Không được để trống"),
					containsString("Mã lĩnh vực gồm 2–40 ký tự"))));
		assertThat(jdbc.sql("select count(*) from field").query(Long.class).single()).isEqualTo(before);
		mvc.perform(post("/quan-tri/linh-vuc").param("code", "BIEN_GIOI").param("name", "Biên giới lãnh thổ")
			.param("active", "true")
			.with(user("admin").roles("SYSTEM_ADMIN"))
			.with(csrf())).andExpect(redirectedUrl("/quan-tri/linh-vuc"));
		assertThat(jdbc.sql("select name from field where code = 'BIEN_GIOI'").query(String.class).single())
			.isEqualTo("Biên giới lãnh thổ");
	}

	@Test
	void anAgencyIsCreatedAndEditedFromThePages() throws Exception {
		mvc.perform(post("/quan-tri/co-quan/moi").param("code", "XA-THACH-HA")
			.param("name", "Ủy ban nhân dân xã Thạch Hà")
			.param("identifierCode", "000.26.19.H36")
			.param("level", "COMMUNE")
			.param("parentCode", "SNV-HT")
			.param("active", "true")
			.with(user("quantri").roles("AGENCY_ADMIN"))
			.with(csrf())).andExpect(redirectedUrl("/quan-tri/co-quan"));
		mvc.perform(get("/quan-tri/co-quan/XA-THACH-HA").with(user("quantri").roles("AGENCY_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ủy ban nhân dân xã Thạch Hà")));
		mvc.perform(post("/quan-tri/co-quan/XA-THACH-HA").param("name", "UBND xã Thạch Hà mới")
			.param("identifierCode", "000.26.19.H36")
			.param("level", "COMMUNE")
			.param("parentCode", "SNV-HT")
			.param("active", "true")
			.with(user("quantri").roles("AGENCY_ADMIN"))
			.with(csrf())).andExpect(redirectedUrl("/quan-tri/co-quan"));
		assertThat(jdbc.sql("select name from agency where code = 'XA-THACH-HA'").query(String.class).single())
			.isEqualTo("UBND xã Thạch Hà mới");
	}

	@Test
	void theUserListFiltersLiveWithHtmx() throws Exception {
		mvc.perform(get("/quan-tri/nguoi-dung").param("q", "hoang van duc")
			.header("HX-Request", "true")
			.with(user("quantri").roles("AGENCY_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hoàng Văn Đức"), not(containsString("<html")),
					not(containsString("Trần Thị Bình")))));
	}

	@Test
	void aUserIsCreatedFromThePageWithRoles() throws Exception {
		mvc.perform(post("/quan-tri/nguoi-dung/moi").param("username", "tiepnhan2")
			.param("fullName", "Ngô Thị Mai")
			.param("password", "MatKhau123")
			.param("agencyCode", "SNV-HT")
			.param("roles", "RECEPTION_OFFICER", "VIEWER")
			.param("enabled", "true")
			.with(user("quantri").roles("AGENCY_ADMIN"))
			.with(csrf())).andExpect(redirectedUrl("/quan-tri/nguoi-dung"));
		assertThat(jdbc.sql("select count(*) from user_role r join app_user u on u.id = r.user_id where u.username = 'tiepnhan2'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void everyAdminPageRenders() throws Exception {
		for (String page : new String[] { "/", "/quan-tri/co-quan/moi", "/quan-tri/co-quan/SNV-HT", "/quan-tri/linh-vuc",
				"/quan-tri/linh-vuc/DOI_NGOAI", "/quan-tri/nguoi-dung", "/quan-tri/nguoi-dung/moi",
				"/quan-tri/nguoi-dung/motcua", "/tai-khoan/mat-khau", "/quan-tri/nhat-ky" }) {
			mvc.perform(get(page).with(user("quantri").roles("AGENCY_ADMIN")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Một Cửa")));
		}
	}

	@Test
	void theOwnPasswordPageRefusesAMismatchedConfirmation() throws Exception {
		mvc.perform(post("/tai-khoan/mat-khau").param("currentPassword", "MotCua@2026")
			.param("newPassword", "MoiMoi123")
			.param("confirmPassword", "KhacNhau123")
			.with(user("xem").roles("VIEWER"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu nhập lại không khớp")));
	}
}
