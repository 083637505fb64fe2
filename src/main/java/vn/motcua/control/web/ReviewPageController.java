package vn.motcua.control.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.control.Review;
import vn.motcua.control.ReviewManagement;
import vn.motcua.shared.FormErrors;

/** The pages of reviews of procedures (rà soát, đánh giá TTHC) and their simplification. */
@Controller
@RequestMapping("/kiem-soat/ra-soat")
class ReviewPageController {

	private final ReviewManagement reviews;

	private final Validator validator;

	private final Clock clock;

	ReviewPageController(ReviewManagement reviews, Validator validator, Clock clock) {
		this.reviews = reviews;
		this.validator = validator;
		this.clock = clock;
	}

	@GetMapping
	String reviews(@RequestParam(required = false) @Nullable Integer year, Model model) {
		model.addAttribute("reviews", reviews.list(year));
		model.addAttribute("today", vn.motcua.shared.VietnamTime.today(clock));
		model.addAttribute("year", year);
		return "control/reviews";
	}

	@GetMapping("/moi")
	String newReview(Model model) {
		model.addAttribute("form", ReviewForm.in(vn.motcua.shared.VietnamTime.today(clock).getYear()));
		return reviewForm(model, null);
	}

	@PostMapping("/moi")
	String createReview(@ModelAttribute("form") ReviewForm form, BindingResult result, Model model) {
		return FormErrors.submit(validator, result, form::command,
				command -> "redirect:/kiem-soat/ra-soat/" + reviews.create(command).id(),
				() -> reviewForm(model, null));
	}

	@GetMapping("/{id}")
	String review(@PathVariable UUID id, Model model) {
		Review review = reviews.get(id);
		model.addAttribute("form", ReviewForm.of(review));
		return reviewForm(model, review);
	}

	@PostMapping("/{id}")
	String updateReview(@PathVariable UUID id, @ModelAttribute("form") ReviewForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Review review = reviews.get(id);
		return FormErrors.submit(validator, result, form::command, command -> {
			reviews.update(id, command);
			redirect.addFlashAttribute("message", "Đã lưu kế hoạch rà soát");
			return "redirect:/kiem-soat/ra-soat/" + id;
		}, () -> reviewForm(model, review));
	}

	private String reviewForm(Model model, @Nullable Review review) {
		model.addAttribute("review", review);
		model.addAttribute("today", vn.motcua.shared.VietnamTime.today(clock));
		return "control/review-form";
	}
}
