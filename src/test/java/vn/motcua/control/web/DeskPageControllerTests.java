package vn.motcua.control.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.PageSlice;
import vn.motcua.control.ControlCommands.TicketCommand;
import vn.motcua.control.DeskQueue;
import vn.motcua.control.DeskVisit;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;

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
 * The one-stop desk's queue page in a web slice: the day's tickets in Vietnam time, taking a number and calling it
 * redirect back with a Vietnamese message, and a refusal comes back as the page's error. The queue is mocked at the
 * slice boundary.
 */
@PageSlice(DeskPageController.class)
class DeskPageControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DeskQueue desk;

	@Test
	void theDaysQueueIsShownInVietnamTime() throws Exception {
		when(desk.ofDay(null, null)).thenReturn(List.of(new DeskVisit(UUID.randomUUID(), UUID.randomUUID(),
				LocalDate.of(2026, 3, 2), 7, "Hộ chiếu", OffsetDateTime.parse("2026-03-02T01:05:00Z"), null, null)));
		mvc.perform(get("/kiem-soat/quay-mot-cua").with(user("motcua").roles("RECEPTION_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(view().name("control/desk"))
			.andExpect(model().attribute("day", LocalDate.of(2026, 3, 2)))
			.andExpect(content().string(containsString("08:05")))
			.andExpect(content().string(containsString("Chưa có lượt nào được gọi.")));
	}

	@Test
	void takingANumberRedirectsWithTheTicket() throws Exception {
		when(desk.take(any())).thenReturn(new DeskVisit(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 3, 2),
				8, "Hợp pháp hóa", OffsetDateTime.parse("2026-03-02T02:00:00Z"), null, null));
		mvc.perform(post("/kiem-soat/quay-mot-cua").param("purpose", "Hợp pháp hóa")
			.with(user("motcua").roles("RECEPTION_OFFICER")).with(csrf()))
			.andExpect(redirectedUrl("/kiem-soat/quay-mot-cua"))
			.andExpect(flash().attribute("message", "Đã cấp số 8"));
		verify(desk).take(new TicketCommand(null, "Hợp pháp hóa", null));
	}

	@Test
	void aPurposeTheQueueRefusesComesBackAsTheError() throws Exception {
		when(desk.take(any())).thenThrow(new InvalidInputException("purpose", "Mục đích tối đa 200 ký tự"));
		mvc.perform(post("/kiem-soat/quay-mot-cua").param("purpose", "x".repeat(300))
			.with(user("motcua").roles("RECEPTION_OFFICER")).with(csrf()))
			.andExpect(redirectedUrl("/kiem-soat/quay-mot-cua"))
			.andExpect(flash().attribute("error", containsString("Mục đích tối đa 200 ký tự")));
	}

	@Test
	void callingATicketAlreadyServedComesBackAsTheError() throws Exception {
		UUID id = UUID.randomUUID();
		when(desk.call(id, null)).thenThrow(new ConflictException("Số 8 đã được phục vụ"));
		mvc.perform(post("/kiem-soat/quay-mot-cua/" + id + "/goi").with(user("motcua").roles("RECEPTION_OFFICER"))
			.with(csrf()))
			.andExpect(redirectedUrl("/kiem-soat/quay-mot-cua"))
			.andExpect(flash().attribute("error", "Số 8 đã được phục vụ"));
	}
}
