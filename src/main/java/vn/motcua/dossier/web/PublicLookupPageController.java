package vn.motcua.dossier.web;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.dossier.PublicDossiers;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.RateLimitCounter;
import vn.motcua.shared.RateLimiter;

/** The citizen's lookup page (tra cứu hồ sơ) and rating form, without sign-in. */
@Controller
class PublicLookupPageController {

	private final PublicDossiers dossiers;

	private final RateLimiter limiter;

	PublicLookupPageController(PublicDossiers dossiers, Clock clock, RateLimitCounter counter) {
		this.dossiers = dossiers;
		this.limiter = new RateLimiter("lookup-page", 30, Duration.ofMinutes(1), clock, counter);
	}

	@GetMapping("/tra-cuu")
	String lookup(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String key, HttpServletRequest request, Model model) {
		model.addAttribute("code", code == null ? "" : code);
		model.addAttribute("key", key == null ? "" : key);
		if (code != null && !code.isBlank()) {
			if (!limiter.tryAcquire(request.getRemoteAddr())) {
				model.addAttribute("error", "Bạn đã tra cứu quá nhiều lần; vui lòng thử lại sau một phút.");
			}
			else {
				try {
					model.addAttribute("dossier", dossiers.lookup(code, key));
				}
				catch (NotFoundException ex) {
					model.addAttribute("error", ex.getMessage() + ". Vui lòng kiểm tra lại mã hồ sơ và mã tra cứu in trên giấy tiếp nhận.");
				}
			}
		}
		return "dossier/lookup";
	}

	@PostMapping("/tra-cuu/danh-gia")
	String rate(@RequestParam String code, @RequestParam String key, @RequestParam(required = false) @Nullable Integer score,
			@RequestParam(required = false) @Nullable String comment, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			if (!limiter.tryAcquire(request.getRemoteAddr())) {
				throw new InvalidInputException("score", "Bạn đã gửi quá nhiều lần; vui lòng thử lại sau một phút");
			}
			if (score == null) {
				throw new InvalidInputException("score", "Vui lòng chọn mức đánh giá");
			}
			dossiers.rate(code, key, score, comment);
			redirect.addFlashAttribute("message", "Cảm ơn Ông/Bà đã đánh giá.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.errors().get(0).message());
		}
		catch (ConflictException | NotFoundException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		redirect.addAttribute("code", code);
		redirect.addAttribute("key", key);
		return "redirect:/tra-cuu";
	}
}
