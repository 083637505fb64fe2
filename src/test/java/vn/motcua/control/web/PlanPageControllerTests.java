package vn.motcua.control.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.PageSlice;
import vn.motcua.control.ControlCommands.PlanCommand;
import vn.motcua.control.ControlPlan;
import vn.motcua.control.Indicator;
import vn.motcua.control.PlanManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
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
 * The plan form in a web slice: the record form (with its map of targets) binds by constructor, Bean Validation's
 * and the form's own refusals are shown in Vietnamese beside their fields, and a created plan redirects to its page.
 * The control API is mocked at the slice boundary.
 */
@PageSlice(PlanPageController.class)
class PlanPageControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PlanManagement plans;

	@Test
	void theNewFormIsForThisYearInVietnam() throws Exception {
		mvc.perform(get("/kiem-soat/ke-hoach/moi").with(user("kiemsoat").roles("CONTROL_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(view().name("control/plan-form"))
			.andExpect(model().attribute("form", PlanForm.in(2026)));
	}

	@Test
	void aValidFormCreatesThePlanWithItsTargetsAndGoesToIt() throws Exception {
		UUID id = UUID.randomUUID();
		when(plans.create(any())).thenReturn(new ControlPlan(id, UUID.randomUUID(), 2026, "Kế hoạch 2026", List.of(),
				List.of()));
		mvc.perform(post("/kiem-soat/ke-hoach/moi").param("year", "2026").param("title", "Kế hoạch 2026")
			.param("targets[ONLINE_DOSSIERS]", "50,5").with(user("kiemsoat").roles("CONTROL_OFFICER")).with(csrf()))
			.andExpect(redirectedUrl("/kiem-soat/ke-hoach/" + id));
		ArgumentCaptor<PlanCommand> command = ArgumentCaptor.forClass(PlanCommand.class);
		verify(plans).create(command.capture());
		assertThat(command.getValue().title()).isEqualTo("Kế hoạch 2026");
		assertThat(command.getValue().targets()).singleElement().satisfies(t -> {
			assertThat(t.indicator()).isEqualTo(Indicator.ONLINE_DOSSIERS.name());
			assertThat(t.target()).isEqualTo(50.5);
		});
	}

	@Test
	void aBlankTitleIsShownBesideItInVietnameseAndNothingIsStored() throws Exception {
		mvc.perform(post("/kiem-soat/ke-hoach/moi").param("year", "2026").param("title", "")
			.with(user("kiemsoat").roles("CONTROL_OFFICER")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("control/plan-form"))
			.andExpect(model().attributeHasFieldErrors("form", "title"))
			.andExpect(content().string(containsString("Không được để trống")));
		verifyNoInteractions(plans);
	}

	@Test
	void aTargetThatIsNotANumberIsRefusedNamingItsIndicator() throws Exception {
		mvc.perform(post("/kiem-soat/ke-hoach/moi").param("year", "2026").param("title", "Kế hoạch")
			.param("targets[ONLINE_DOSSIERS]", "năm mươi").with(user("kiemsoat").roles("CONTROL_OFFICER")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "title"))
			.andExpect(content().string(containsString(
					"Chỉ tiêu &quot;" + Indicator.ONLINE_DOSSIERS.label() + "&quot; phải là số")));
		verifyNoInteractions(plans);
	}
}
