package vn.motcua.catalogue.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.PageSlice;
import vn.motcua.catalogue.PublicationDecision;
import vn.motcua.catalogue.PublicationDecisionManagement;
import vn.motcua.catalogue.PublicationDecisionManagement.DecisionCommand;
import vn.motcua.identity.AgencyManagement;
import vn.motcua.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The publication decision form in a web slice: its lines become the command's procedures with their changes read
 * in Vietnamese, and a procedure's problem is shown beside the text area naming its line.
 */
@PageSlice(PublicationDecisionPageController.class)
class PublicationDecisionPageControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PublicationDecisionManagement decisions;

	@MockitoBean
	AgencyManagement agencies;

	@Test
	void theLinesBecomeTheAnnouncedProceduresAndTheListIsShown() throws Exception {
		PublicationDecision saved = mock(PublicationDecision.class);
		when(saved.number()).thenReturn("2449/QĐ-UBND");
		when(decisions.record(any())).thenReturn(saved);
		mvc.perform(post("/quan-tri/quyet-dinh-cong-bo/moi").param("number", "2449/QĐ-UBND")
			.param("signedOn", "2026-03-01").param("agencyCode", "SNV-HT")
			.param("procedures", "2.002352 | ban hành mới\n1.000111 | Bãi bỏ\n")
			.with(user("admin").roles("AGENCY_ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/quan-tri/quyet-dinh-cong-bo"));
		ArgumentCaptor<DecisionCommand> command = ArgumentCaptor.forClass(DecisionCommand.class);
		verify(decisions).record(command.capture());
		assertThat(command.getValue().procedures()).extracting(p -> p.code() + " " + p.change())
			.containsExactly("2.002352 NEW", "1.000111 REPEALED");
	}

	@Test
	void aProceduresProblemIsShownBesideTheTextAreaWithItsLine() throws Exception {
		when(agencies.visible()).thenReturn(List.of());
		when(decisions.record(any())).thenThrow(
				new InvalidInputException("procedures[1].change", "Thay đổi phải là NEW, AMENDED hoặc REPEALED"));
		mvc.perform(post("/quan-tri/quyet-dinh-cong-bo/moi").param("number", "2449/QĐ-UBND")
			.param("signedOn", "2026-03-01").param("agencyCode", "SNV-HT")
			.param("procedures", "2.002352 | mới\n1.000111 | đổi tên")
			.with(user("admin").roles("AGENCY_ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "procedures"))
			.andExpect(content().string(containsString("Dòng 2: Thay đổi phải là NEW, AMENDED hoặc REPEALED")));
	}
}
