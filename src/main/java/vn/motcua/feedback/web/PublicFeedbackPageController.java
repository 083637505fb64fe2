package vn.motcua.feedback.web;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackKind;
import vn.motcua.feedback.FeedbackManagement;
import vn.motcua.feedback.FeedbackQueries;
import vn.motcua.feedback.Satisfaction;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.FieldDirectory;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.RateLimitCounter;
import vn.motcua.shared.OneTimeForm;
import vn.motcua.shared.RateLimiter;
import vn.motcua.shared.SubmittedInSession;

/**
 * The public feedback pages, without sign-in: the form (gửi phản ánh, kiến nghị), the lookup with the number and key
 * and the rating of the answer, and the published answers. Sending and looking up are limited to 10 a minute per
 * address.
 */
@Controller
class PublicFeedbackPageController {

	private final FeedbackManagement management;

	private final FeedbackQueries queries;

	private final AgencyDirectory agencies;

	private final FieldDirectory fields;

	private final RateLimiter limiter;

	PublicFeedbackPageController(FeedbackManagement management, FeedbackQueries queries, AgencyDirectory agencies,
			FieldDirectory fields, Clock clock, RateLimitCounter counter) {
		this.management = management;
		this.queries = queries;
		this.agencies = agencies;
		this.fields = fields;
		this.limiter = new RateLimiter("feedback-page", 10, Duration.ofMinutes(1), clock, counter);
	}

	@GetMapping("/phan-anh")
	String form(@RequestParam(required = false) @Nullable String agency, Model model) {
		return form(model, FeedbackForm.forPublic(agency == null ? "SNV-HT" : agency));
	}

	private String form(Model model, FeedbackForm form) {
		model.addAttribute("form", form);
		model.addAttribute("agencies", agencies.findAll().stream().filter(a -> a.active()).toList());
		model.addAttribute("fields", fields.findAll().stream().filter(f -> f.active()).toList());
		model.addAttribute("kinds", FeedbackKind.values());
		return "feedback/public-form";
	}

	@OneTimeForm
	@PostMapping("/phan-anh")
	String send(@ModelAttribute("form") FeedbackForm form, BindingResult result, HttpServletRequest request,
			Model model) {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			result.reject("limit", "Ông/Bà đã gửi quá nhiều lần; vui lòng thử lại sau một phút.");
			return form(model, form);
		}
		try {
			Feedback feedback = management.submitPublic(form.agencyCode(), form.sender(), form.content(),
					form.fieldCode(), form.kind());
			SubmittedInSession.remember(request, feedback.number(), feedback.lookupKey());
			return "redirect:/phan-anh/da-gui/" + feedback.number();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(new InvalidInputException(ex.errors()
				.stream()
				.map(p -> new InvalidInputException.FieldProblem(FeedbackForm.pageField(p.field()), p.message()))
				.toList()), result);
			return form(model, form);
		}
	}

	/** The confirmation after the redirect: a refresh shows it again and sends nothing. */
	@GetMapping("/phan-anh/da-gui/{number}")
	String sent(@PathVariable String number, HttpServletRequest request, Model model) {
		String key = SubmittedInSession.recall(request, number);
		if (key == null) {
			return "redirect:/phan-anh/tra-cuu";
		}
		Feedback feedback = management.byKey(number, key);
		model.addAttribute("number", feedback.number());
		model.addAttribute("key", key);
		model.addAttribute("dueAt", feedback.resolveDueAt());
		return "feedback/public-sent";
	}

	@GetMapping("/phan-anh/tra-cuu")
	String lookup(@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable String key, HttpServletRequest request, Model model) {
		model.addAttribute("number", number == null ? "" : number);
		model.addAttribute("key", key == null ? "" : key);
		model.addAttribute("satisfactions", Satisfaction.values());
		if (number != null && !number.isBlank()) {
			if (!limiter.tryAcquire(request.getRemoteAddr())) {
				model.addAttribute("error", "Ông/Bà đã tra cứu quá nhiều lần; vui lòng thử lại sau một phút.");
			}
			else {
				try {
					model.addAttribute("feedback", PublicFeedbackApiController.status(management.byKey(number, key)));
				}
				catch (NotFoundException ex) {
					model.addAttribute("error", ex.getMessage() + ". Vui lòng kiểm tra lại số phản ánh và mã tra cứu.");
				}
			}
		}
		return "feedback/public-lookup";
	}

	@PostMapping("/phan-anh/tra-cuu/danh-gia")
	String rate(@RequestParam String number, @RequestParam String key,
			@RequestParam(required = false) @Nullable String satisfaction, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			if (!limiter.tryAcquire(request.getRemoteAddr())) {
				throw new InvalidInputException("satisfaction", "Ông/Bà đã gửi quá nhiều lần; vui lòng thử lại sau một phút");
			}
			management.rateBySender(number, key, satisfaction);
			redirect.addFlashAttribute("message", "Cảm ơn Ông/Bà đã đánh giá kết quả xử lý.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.errors().get(0).message());
		}
		catch (ConflictException | NotFoundException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		redirect.addAttribute("number", number);
		redirect.addAttribute("key", key);
		return "redirect:/phan-anh/tra-cuu";
	}

	@GetMapping("/phan-anh/cong-khai")
	String published(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("result", queries.published(q, PageRequest.of(page, 20)));
		return "feedback/public-published";
	}
}
