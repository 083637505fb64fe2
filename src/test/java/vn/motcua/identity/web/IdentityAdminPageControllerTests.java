package vn.motcua.identity.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.PageSlice;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyLevel;
import vn.motcua.identity.AgencyManagement;
import vn.motcua.identity.AgencyManagement.AgencyCommand;
import vn.motcua.identity.Field;
import vn.motcua.identity.FieldManagement;
import vn.motcua.identity.FieldManagement.FieldCommand;
import vn.motcua.identity.UserManagement;
import vn.motcua.identity.UserManagement.UserCommand;
import vn.motcua.identity.UserManagement.UserView;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The identity admin pages in a web slice (agencies, fields, staff accounts, the own password): each record form
 * binds by its constructor, a refusal is shown in Vietnamese beside its field, a save redirects to the list, and an
 * unticked box is sent as {@code false}. The identity APIs are mocked at the slice boundary.
 */
@PageSlice({ AgencyPageController.class, FieldPageController.class, UserPageController.class,
		AccountPageController.class })
class IdentityAdminPageControllerTests {

	private static final Agency AGENCY = new Agency(UUID.randomUUID(), "SNV-HT", "Sở Ngoại vụ", null, "000.00.20.H36",
			AgencyLevel.PROVINCE, null, null, null, null, true);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AgencyManagement agencies;

	@MockitoBean
	FieldManagement fields;

	@MockitoBean
	UserManagement users;

	@Test
	void aNewAgencyIsCreatedFromTheFormAndTheListIsShown() throws Exception {
		when(agencies.create(any())).thenReturn(AGENCY);
		mvc.perform(post("/quan-tri/co-quan/moi").param("code", "SNV-HT").param("name", "Sở Ngoại vụ")
			.param("identifierCode", "000.00.20.H36").param("level", "PROVINCE").param("_active", "on")
			.with(user("admin").roles("SYSTEM_ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/quan-tri/co-quan"))
			.andExpect(flash().attribute("message", "Đã thêm cơ quan Sở Ngoại vụ"));
		ArgumentCaptor<AgencyCommand> command = ArgumentCaptor.forClass(AgencyCommand.class);
		verify(agencies).create(command.capture());
		assertThat(command.getValue().identifierCode()).isEqualTo("000.00.20.H36");
		assertThat(command.getValue().active()).isFalse();
	}

	@Test
	void aTakenIdentifierIsShownBesideItOnTheAgencyForm() throws Exception {
		when(agencies.create(any())).thenThrow(new ConflictException("Mã định danh 000.00.20.H36 đã được dùng"));
		mvc.perform(post("/quan-tri/co-quan/moi").param("code", "SNV-HT").param("name", "Sở Ngoại vụ")
			.param("identifierCode", "000.00.20.H36").param("level", "PROVINCE")
			.with(user("admin").roles("SYSTEM_ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/agency-form"))
			.andExpect(model().attributeHasFieldErrors("form", "identifierCode"))
			.andExpect(content().string(containsString("Mã định danh 000.00.20.H36 đã được dùng")));
	}

	@Test
	void anAgencyEditShowsTheRefusalBesideTheFieldAndKeepsItsAddress() throws Exception {
		when(agencies.update(eq("SNV-HT"), any()))
			.thenThrow(new InvalidInputException("email", "Địa chỉ thư điện tử không hợp lệ"));
		mvc.perform(post("/quan-tri/co-quan/SNV-HT").param("name", "Sở Ngoại vụ").param("email", "khong-hop-le")
			.param("identifierCode", "000.00.20.H36").param("level", "PROVINCE")
			.with(user("admin").roles("SYSTEM_ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "email"))
			.andExpect(content().string(containsString("Địa chỉ thư điện tử không hợp lệ")))
			.andExpect(content().string(containsString("action=\"/quan-tri/co-quan/SNV-HT\"")));
	}

	@Test
	void theFieldListStartsWithAnActiveBlankForm() throws Exception {
		when(fields.all()).thenReturn(List.of());
		mvc.perform(get("/quan-tri/linh-vuc").with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/fields"))
			.andExpect(model().attribute("form", FieldForm.empty()));
	}

	@Test
	void aFieldIsSavedUnderTheCodeOfItsAddress() throws Exception {
		when(fields.update(eq("DOI_NGOAI"), any())).thenReturn(new Field(UUID.randomUUID(), "DOI_NGOAI", "Đối ngoại", true));
		mvc.perform(post("/quan-tri/linh-vuc/DOI_NGOAI").param("name", "Đối ngoại").param("active", "true")
			.with(user("admin").roles("SYSTEM_ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/quan-tri/linh-vuc"));
		verify(fields).update("DOI_NGOAI", new FieldCommand("DOI_NGOAI", "Đối ngoại", true));
	}

	@Test
	void aBlankFieldNameIsShownBesideItOnTheList() throws Exception {
		when(fields.all()).thenReturn(List.of());
		when(fields.create(any())).thenThrow(new InvalidInputException("name", "Không được để trống"));
		mvc.perform(post("/quan-tri/linh-vuc").param("code", "MOI").param("name", "")
			.with(user("admin").roles("SYSTEM_ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/fields"))
			.andExpect(model().attributeHasFieldErrors("form", "name"))
			.andExpect(content().string(containsString("Không được để trống")));
	}

	@Test
	void aStaffAccountIsCreatedWithTheTickedRoles() throws Exception {
		when(users.create(any())).thenReturn(new UserView("tiepnhan", "Nguyễn Văn A", null, "SNV-HT", "Sở Ngoại vụ",
				List.of("RECEPTION_OFFICER"), true, false));
		mvc.perform(post("/quan-tri/nguoi-dung/moi").param("username", "tiepnhan").param("fullName", "Nguyễn Văn A")
			.param("password", "MotCua@2026").param("agencyCode", "SNV-HT").param("roles", "RECEPTION_OFFICER")
			.param("enabled", "true").with(user("admin").roles("SYSTEM_ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/quan-tri/nguoi-dung"));
		ArgumentCaptor<UserCommand> command = ArgumentCaptor.forClass(UserCommand.class);
		verify(users).create(command.capture());
		assertThat(command.getValue().roles()).containsExactly("RECEPTION_OFFICER");
		assertThat(command.getValue().enabled()).isTrue();
	}

	@Test
	void aTakenUsernameIsShownBesideIt() throws Exception {
		when(users.roleLabels()).thenReturn(Map.of("RECEPTION_OFFICER", "Cán bộ tiếp nhận"));
		when(users.create(any())).thenThrow(new ConflictException("Đã có tài khoản tiepnhan"));
		mvc.perform(post("/quan-tri/nguoi-dung/moi").param("username", "tiepnhan").param("fullName", "Nguyễn Văn A")
			.param("roles", "RECEPTION_OFFICER").with(user("admin").roles("SYSTEM_ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/user-form"))
			.andExpect(model().attributeHasFieldErrors("form", "username"))
			.andExpect(content().string(containsString("Đã có tài khoản tiepnhan")));
	}

	@Test
	void aPasswordTypedDifferentlyTwiceIsRefusedBesideTheConfirmation() throws Exception {
		when(users.me()).thenReturn(new UserView("tiepnhan", "Nguyễn Văn A", null, "SNV-HT", "Sở Ngoại vụ",
				List.of("RECEPTION_OFFICER"), true, false));
		mvc.perform(post("/tai-khoan/mat-khau").param("currentPassword", "Cu@2026aa").param("newPassword", "Moi@2026aa")
			.param("confirmPassword", "Khac@2026aa").with(user("tiepnhan").roles("RECEPTION_OFFICER")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/password"))
			.andExpect(model().attributeHasFieldErrors("form", "confirmPassword"))
			.andExpect(content().string(containsString("Mật khẩu nhập lại không khớp")))
			.andExpect(content().string(not(containsString("Moi@2026aa"))));
		verify(users, never()).changeOwnPassword(any(), any());
	}

	@Test
	void aPasswordChangeRedirectsToThePage() throws Exception {
		mvc.perform(post("/tai-khoan/mat-khau").param("currentPassword", "Cu@2026aa").param("newPassword", "Moi@2026aa")
			.param("confirmPassword", "Moi@2026aa").with(user("tiepnhan").roles("RECEPTION_OFFICER")).with(csrf()))
			.andExpect(redirectedUrl("/tai-khoan/mat-khau"));
		verify(users).changeOwnPassword("Cu@2026aa", "Moi@2026aa");
	}
}
