package vn.motcua.catalogue.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.PageSlice;
import vn.motcua.calendar.DurationUnit;
import vn.motcua.catalogue.CatalogueTransfer;
import vn.motcua.catalogue.ProcedureManagement;
import vn.motcua.catalogue.ProcedureManagement.ProcedureCommand;
import vn.motcua.catalogue.ProcedureStatus;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyLevel;
import vn.motcua.identity.AgencyManagement;
import vn.motcua.identity.FieldDirectory;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
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
 * The procedure form page in a web slice: the record form binds by its constructor into the API's command, the
 * service's refusals (renamed to the form's fields) are shown in Vietnamese beside their fields, and a saved
 * procedure redirects to its page. The catalogue and identity APIs are mocked at the slice boundary.
 */
@PageSlice(ProcedurePageController.class)
class ProcedurePageControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProcedureManagement procedures;

	@MockitoBean
	CatalogueTransfer transfer;

	@MockitoBean
	AgencyManagement agencies;

	@MockitoBean
	FieldDirectory fields;

	private static final Agency AGENCY = new Agency(UUID.randomUUID(), "SNV-HT", "Sở Ngoại vụ", null, "000.00.20.H36",
			AgencyLevel.PROVINCE, null, null, null, null, true);

	@Test
	void theNewFormIsADraftOfTheCallersAgencyFromToday() throws Exception {
		when(agencies.visible()).thenReturn(List.of(AGENCY));
		mvc.perform(get("/quan-tri/thu-tuc/moi").with(user("admin").roles("AGENCY_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(view().name("catalogue/form"))
			.andExpect(model().attribute("form", ProcedureForm.empty("SNV-HT", java.time.LocalDate.of(2026, 3, 2))));
	}

	@Test
	void aValidFormCreatesTheProcedureAndGoesToIt() throws Exception {
		ProcedureVersion saved = mock(ProcedureVersion.class);
		when(saved.code()).thenReturn("2.002352");
		when(procedures.save(isNull(), any(), isNull())).thenReturn(saved);
		mvc.perform(multipart("/quan-tri/thu-tuc/moi").param("code", "2.002352").param("name", "Cấp hộ chiếu")
			.param("agencyCode", "SNV-HT").param("level", "PROVINCE").param("origin", "CENTRAL")
			.param("processingAmount", "5").param("processingUnit", "WORKING_DAY").param("onlineMode", "NONE")
			.param("fees", "Lệ phí | 200000").param("validFrom", "2026-04-01").param("status", "DRAFT")
			.param("oneStop", "true").param("_oneStop", "on").param("_onTheSpot", "on")
			.with(user("admin").roles("AGENCY_ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/quan-tri/thu-tuc/2.002352"));
		ArgumentCaptor<ProcedureCommand> command = ArgumentCaptor.forClass(ProcedureCommand.class);
		verify(procedures).save(isNull(), command.capture(), isNull());
		assertThat(command.getValue().name()).isEqualTo("Cấp hộ chiếu");
		assertThat(command.getValue().processingTime().amount()).isEqualTo(5);
		assertThat(command.getValue().processingTime().unit()).isEqualTo(DurationUnit.WORKING_DAY.name());
		assertThat(command.getValue().fees()).hasSize(1);
		assertThat(command.getValue().oneStop()).isTrue();
		assertThat(command.getValue().onTheSpot()).isFalse();
		assertThat(command.getValue().status()).isEqualTo(ProcedureStatus.DRAFT.name());
	}

	@Test
	void aMissingTimeAndDateAreShownBesideTheirFieldsAndNothingIsSent() throws Exception {
		mvc.perform(multipart("/quan-tri/thu-tuc/moi").param("code", "2.002352").param("name", "Cấp hộ chiếu")
			.param("agencyCode", "SNV-HT").with(user("admin").roles("AGENCY_ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("catalogue/form"))
			.andExpect(model().attributeHasFieldErrors("form", "processingAmount", "validFrom"))
			.andExpect(content().string(containsString("Cần số ngày (hoặc giờ) làm việc")))
			.andExpect(content().string(containsString("Cần ngày có hiệu lực")));
		verifyNoInteractions(procedures);
	}

	@Test
	void theServicesRefusalsLandBesideTheFormsFields() throws Exception {
		when(procedures.save(isNull(), any(), isNull())).thenThrow(new InvalidInputException(List.of(
				new FieldProblem("processingTime.unit", "Giá trị phải là một trong WORKING_DAY, WORKING_HOUR"),
				new FieldProblem("internalProcess", "Tổng số ngày các bước (3) phải bằng thời hạn giải quyết (5 ngày làm việc)"))));
		mvc.perform(multipart("/quan-tri/thu-tuc/moi").param("code", "2.002352").param("name", "Cấp hộ chiếu")
			.param("agencyCode", "SNV-HT").param("processingAmount", "5").param("processingUnit", "WEEK")
			.param("validFrom", "2026-04-01").with(user("admin").roles("AGENCY_ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "processingUnit", "steps"))
			.andExpect(content().string(containsString("Tổng số ngày các bước (3) phải bằng thời hạn giải quyết")));
	}

	@Test
	void aTakenCodeIsShownBesideTheCode() throws Exception {
		when(procedures.save(isNull(), any(), isNull())).thenThrow(new ConflictException("Đã có thủ tục mã 2.002352"));
		mvc.perform(multipart("/quan-tri/thu-tuc/moi").param("code", "2.002352").param("name", "Cấp hộ chiếu")
			.param("agencyCode", "SNV-HT").param("processingAmount", "5").param("validFrom", "2026-04-01")
			.with(user("admin").roles("AGENCY_ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "code"))
			.andExpect(content().string(containsString("Đã có thủ tục mã 2.002352")));
	}

	@Test
	void anEditKeepsTheProcedureCodeOfItsAddressAndShowsItsErrors() throws Exception {
		when(procedures.save(org.mockito.ArgumentMatchers.eq("2.002352"), any(), isNull()))
			.thenThrow(new InvalidInputException("validFrom", "Phiên bản mới phải có hiệu lực sau ngày 2021-01-01"));
		mvc.perform(multipart("/quan-tri/thu-tuc/2.002352/sua").param("name", "Cấp hộ chiếu")
			.param("agencyCode", "SNV-HT").param("processingAmount", "5").param("validFrom", "2020-01-01")
			.with(user("admin").roles("AGENCY_ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "validFrom"))
			.andExpect(content().string(containsString("/quan-tri/thu-tuc/2.002352/sua")))
			.andExpect(content().string(containsString("Phiên bản mới phải có hiệu lực sau ngày 2021-01-01")));
		ArgumentCaptor<ProcedureCommand> command = ArgumentCaptor.forClass(ProcedureCommand.class);
		verify(procedures).save(org.mockito.ArgumentMatchers.eq("2.002352"), command.capture(), isNull());
		assertThat(command.getValue().code()).isEqualTo("2.002352");
	}
}
