package vn.motcua.control.web;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.PageSlice;
import vn.motcua.control.ControlCommands.AssessmentCommand;
import vn.motcua.control.ImpactAssessment;
import vn.motcua.control.ImpactAssessmentManagement;
import vn.motcua.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The impact assessment pages in a web slice: the record form binds by constructor, Bean Validation and the
 * service's refusals land beside their fields, and nothing is stored when anything is refused. The service is mocked
 * (it is ours, not the database); the whole application is not started.
 */
@PageSlice(AssessmentPageController.class)
class AssessmentPageControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ImpactAssessmentManagement assessments;

	@Test
	void theNewFormStartsWithTheProvincialCommitteeAndNoCounts() throws Exception {
		mvc.perform(get("/kiem-soat/danh-gia-tac-dong/moi").with(user("kiemsoat").roles("CONTROL_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(view().name("control/assessment-form"))
			.andExpect(model().attribute("form", AssessmentForm.empty()));
	}

	@Test
	void aValidFormCreatesTheAssessmentAndGoesToIt() throws Exception {
		ImpactAssessment created = mock(ImpactAssessment.class);
		UUID id = UUID.randomUUID();
		when(created.id()).thenReturn(id);
		when(assessments.create(any())).thenReturn(created);
		mvc.perform(post("/kiem-soat/danh-gia-tac-dong/moi").param("draftTitle", "Dự thảo quyết định")
			.param("issuer", "PROVINCIAL_COUNCIL").param("assessedOn", "2026-03-01").param("newCount", "1")
			.param("totalAfter", "1").with(user("kiemsoat").roles("CONTROL_OFFICER")).with(csrf()))
			.andExpect(redirectedUrl("/kiem-soat/danh-gia-tac-dong/" + id));
		var command = org.mockito.ArgumentCaptor.forClass(AssessmentCommand.class);
		verify(assessments).create(command.capture());
		assertThat(command.getValue().draftTitle()).isEqualTo("Dự thảo quyết định");
		assertThat(command.getValue().assessedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(command.getValue().amended()).isZero();
	}

	@Test
	void aMissingDateAndABlankTitleAreShownBesideTheirFieldsAndNothingIsStored() throws Exception {
		mvc.perform(post("/kiem-soat/danh-gia-tac-dong/moi").param("draftTitle", "")
			.param("issuer", "PROVINCIAL_COMMITTEE").with(user("kiemsoat").roles("CONTROL_OFFICER")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("control/assessment-form"))
			.andExpect(model().attributeHasFieldErrors("form", "assessedOn", "draftTitle"));
		verifyNoInteractions(assessments);
	}

	@Test
	void aRuleTheServiceRefusesIsShownBesideItsField() throws Exception {
		when(assessments.create(any()))
			.thenThrow(new InvalidInputException("totalAfter", "Tổng số sau khi ban hành không khớp"));
		mvc.perform(post("/kiem-soat/danh-gia-tac-dong/moi").param("draftTitle", "Dự thảo")
			.param("issuer", "PROVINCIAL_COMMITTEE").param("assessedOn", "2026-03-01").param("newCount", "1")
			.with(user("kiemsoat").roles("CONTROL_OFFICER")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "totalAfter", "invalid"));
	}
}
