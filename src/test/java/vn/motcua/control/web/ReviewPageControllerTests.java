package vn.motcua.control.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.PageSlice;
import vn.motcua.control.ControlCommands.ReviewCommand;
import vn.motcua.control.Review;
import vn.motcua.control.ReviewManagement;

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
 * The review form in a web slice: the record form's lines ("mã | tên | phương án | chi phí trước | chi phí sau |
 * ngày") become the command's procedures, a line that cannot be read is refused in Vietnamese beside the text area,
 * and a created review redirects to its page. The control API is mocked at the slice boundary.
 */
@PageSlice(ReviewPageController.class)
class ReviewPageControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReviewManagement reviews;

	@Test
	void theNewFormIsForThisYearInVietnam() throws Exception {
		mvc.perform(get("/kiem-soat/ra-soat/moi").with(user("kiemsoat").roles("CONTROL_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(view().name("control/review-form"))
			.andExpect(model().attribute("form", ReviewForm.in(2026)));
	}

	@Test
	void aValidFormCreatesTheReviewAndGoesToIt() throws Exception {
		UUID id = UUID.randomUUID();
		when(reviews.create(any())).thenReturn(new Review(id, UUID.randomUUID(), 2026, "Rà soát 2026", List.of()));
		mvc.perform(post("/kiem-soat/ra-soat/moi").param("year", "2026").param("planName", "Rà soát 2026")
			.param("procedures", "2.002352 | Cấp hộ chiếu | AMEND | 1.000.000 | 600.000 | 15/3/2026")
			.with(user("kiemsoat").roles("CONTROL_OFFICER")).with(csrf()))
			.andExpect(redirectedUrl("/kiem-soat/ra-soat/" + id));
		ArgumentCaptor<ReviewCommand> command = ArgumentCaptor.forClass(ReviewCommand.class);
		verify(reviews).create(command.capture());
		assertThat(command.getValue().procedures()).singleElement().satisfies(p -> {
			assertThat(p.costBeforeVnd()).isEqualTo(1_000_000L);
			assertThat(p.reviewedOn()).isEqualTo(LocalDate.of(2026, 3, 15));
		});
	}

	@Test
	void aLineThatCannotBeReadIsShownBesideTheProcedures() throws Exception {
		mvc.perform(post("/kiem-soat/ra-soat/moi").param("year", "2026").param("planName", "Rà soát 2026")
			.param("procedures", "2.002352 | Cấp hộ chiếu | AMEND | một triệu | | ")
			.with(user("kiemsoat").roles("CONTROL_OFFICER")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("control/review-form"))
			.andExpect(model().attributeHasFieldErrors("form", "procedures"))
			.andExpect(content().string(containsString("Dòng 1: chi phí phải là số đồng")));
		verifyNoInteractions(reviews);
	}

	@Test
	void aBlankPlanNameIsShownBesideItInVietnamese() throws Exception {
		mvc.perform(post("/kiem-soat/ra-soat/moi").param("year", "2026").param("planName", " ")
			.param("procedures", "2.002352 | Cấp hộ chiếu | AMEND | | | ")
			.with(user("kiemsoat").roles("CONTROL_OFFICER")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "planName"))
			.andExpect(content().string(containsString("Không được để trống")));
		verifyNoInteractions(reviews);
	}
}
