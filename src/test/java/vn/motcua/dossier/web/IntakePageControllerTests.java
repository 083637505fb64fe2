package vn.motcua.dossier.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.PageSlice;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierCommands.IntakeCommand;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierManagement.Upload;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ProcedureDirectory.PaperTerm;
import vn.motcua.dossier.ProcedureDirectory.ProcedureTerms;
import vn.motcua.dossier.ProcedureRef;
import vn.motcua.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The desk's intake page in a web slice: the record form (with its nested checklist rows and their scans) binds by
 * constructor into the API's intake command, refusals are shown in Vietnamese beside their fields, missing papers
 * turn the page into a request to supplement, and a received dossier redirects to its page. The dossier API is
 * mocked at the slice boundary.
 */
@PageSlice(DossierPageController.class)
class IntakePageControllerTests {

	private static final ProcedureTerms PASSPORT = new ProcedureTerms(new ProcedureRef(UUID.randomUUID(), "2.002352",
			1, "Cấp hộ chiếu ngoại giao", null, 5, "WORKING_DAY", 0), UUID.randomUUID(), false,
			List.of(new PaperTerm("TK", "Tờ khai", true, 1), new PaperTerm("ANH", "Ảnh 4x6", true, 2)), null);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DossierManagement management;

	@MockitoBean
	DossierQueries queries;

	@Test
	void theIntakeFormListsThePapersOfTheChosenProcedure() throws Exception {
		when(management.procedureForIntake("2.002352")).thenReturn(PASSPORT);
		when(management.receivableProcedures()).thenReturn(List.of(PASSPORT));
		mvc.perform(get("/ho-so/tiep-nhan").param("procedureCode", "2.002352")
			.with(user("motcua").roles("RECEPTION_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(view().name("dossier/intake"))
			.andExpect(model().attribute("form", IntakeForm.start("2.002352", IntakeForm.checklist(PASSPORT))))
			.andExpect(content().string(containsString("Ảnh 4x6")));
	}

	@Test
	void aCompleteDossierIsReceivedWithTheTickedAndScannedPapers() throws Exception {
		Dossier received = mock(Dossier.class);
		when(received.code()).thenReturn("000.00.20.H36-260302-0001");
		when(received.status()).thenReturn(DossierStatus.RECEIVED);
		when(management.intakeWithScans(any(), any())).thenReturn(received);
		mvc.perform(multipart("/ho-so/tiep-nhan")
			.file(new MockMultipartFile("papers[1].scan", "anh.pdf", "application/pdf", new byte[] { 1, 2, 3 }))
			.param("procedureCode", "2.002352").param("channel", "DIRECT").param("fullName", "Trần Thị Bình")
			.param("papers[0].code", "TK").param("papers[0].name", "Tờ khai").param("papers[0].present", "true")
			.param("papers[0].original", "true").param("papers[0].copies", "1")
			.param("papers[1].code", "ANH").param("papers[1].name", "Ảnh 4x6").param("papers[1].copies", "2")
			.param("outcome", "ACCEPT").with(user("motcua").roles("RECEPTION_OFFICER")).with(csrf()))
			.andExpect(redirectedUrl("/ho-so/000.00.20.H36-260302-0001"));
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Map<String, Upload>> scans = ArgumentCaptor.forClass(Map.class);
		ArgumentCaptor<IntakeCommand> command = ArgumentCaptor.forClass(IntakeCommand.class);
		verify(management).intakeWithScans(command.capture(), scans.capture());
		assertThat(command.getValue().applicant().fullName()).isEqualTo("Trần Thị Bình");
		assertThat(command.getValue().components()).extracting(c -> c.code()).containsExactly("TK", "ANH");
		assertThat(command.getValue().components().get(1).original()).isFalse();
		assertThat(command.getValue().components().get(1).copies()).isEqualTo(2);
		assertThat(scans.getValue()).containsOnlyKeys("ANH");
	}

	@Test
	void theApplicantsProblemsAreShownBesideTheirFields() throws Exception {
		when(management.receivableProcedures()).thenReturn(List.of(PASSPORT));
		when(management.intakeWithScans(any(), any())).thenThrow(new InvalidInputException(List.of(
				new InvalidInputException.FieldProblem("applicant.fullName", "Không được để trống"),
				new InvalidInputException.FieldProblem("applicant.email", "Địa chỉ thư điện tử không hợp lệ"))));
		mvc.perform(multipart("/ho-so/tiep-nhan").param("procedureCode", "2.002352").param("channel", "DIRECT")
			.param("email", "khong-hop-le").param("papers[0].code", "TK").param("papers[0].name", "Tờ khai")
			.param("papers[0].present", "true").with(user("motcua").roles("RECEPTION_OFFICER")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("dossier/intake"))
			.andExpect(model().attributeHasFieldErrors("form", "fullName", "email"))
			.andExpect(content().string(containsString("Địa chỉ thư điện tử không hợp lệ")));
	}

	@Test
	void missingPapersTurnThePageIntoARequestToSupplement() throws Exception {
		when(management.receivableProcedures()).thenReturn(List.of(PASSPORT));
		when(management.procedureForIntake("2.002352")).thenReturn(PASSPORT);
		when(management.intakeWithScans(any(), any()))
			.thenThrow(new InvalidInputException("components", "Thiếu giấy tờ bắt buộc: Ảnh 4x6"));
		when(management.missingPapers(any())).thenReturn(List.of(new PaperTerm("ANH", "Ảnh 4x6", true, 2)));
		mvc.perform(multipart("/ho-so/tiep-nhan").param("procedureCode", "2.002352").param("channel", "DIRECT")
			.param("fullName", "Trần Thị Bình").param("outcome", "ACCEPT")
			.with(user("motcua").roles("RECEPTION_OFFICER")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("missing"))
			.andExpect(content().string(containsString("Bổ sung: Ảnh 4x6")))
			.andExpect(content().string(containsString("papers[1].code")));
	}
}
