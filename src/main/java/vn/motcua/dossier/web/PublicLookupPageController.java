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
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.PublicDossiers;
import vn.motcua.shared.OneTimeForm;
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

	private final DossierManagement management;

	PublicLookupPageController(PublicDossiers dossiers, DossierManagement management, Clock clock,
			RateLimitCounter counter) {
		this.management = management;
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

	/** The electronic result, for the applicant with the code and key. */
	@GetMapping("/tra-cuu/ket-qua")
	org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> result(@RequestParam String code,
			@RequestParam String key, HttpServletRequest request) {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			throw new vn.motcua.shared.TooManyRequestsException("Bạn đã tra cứu quá nhiều lần; vui lòng thử lại sau một phút.");
		}
		return DossierFiles.send(dossiers.result(code, key), false);
	}

	/** A supplement sent online while the dossier waits for it (Mẫu 02); the desk then receives it. */
	@OneTimeForm
	@PostMapping("/tra-cuu/bo-sung")
	String supplement(@RequestParam String code, @RequestParam String key,
			@RequestParam java.util.Map<String, org.springframework.web.multipart.MultipartFile> files,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			if (!limiter.tryAcquire(request.getRemoteAddr())) {
				throw new InvalidInputException("files", "Bạn đã gửi quá nhiều lần; vui lòng thử lại sau một phút");
			}
			java.util.Map<String, DossierManagement.Upload> uploads = new java.util.LinkedHashMap<>();
			for (var entry : files.entrySet()) {
				if (entry.getKey().startsWith("file_") && !entry.getValue().isEmpty()) {
					uploads.put(entry.getKey().substring("file_".length()), new DossierManagement.Upload(
							entry.getValue().getInputStream(), entry.getValue().getOriginalFilename()));
				}
			}
			management.supplementOnline(code, key, uploads);
			redirect.addFlashAttribute("message", "Đã gửi hồ sơ bổ sung. Bộ phận một cửa sẽ kiểm tra và tiếp nhận.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.errors().get(0).message());
		}
		catch (ConflictException | NotFoundException | vn.motcua.shared.UnsupportedMediaTypeException
				| vn.motcua.shared.PayloadTooLargeException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		catch (java.io.IOException ex) {
			redirect.addFlashAttribute("error", "Không đọc được tệp tải lên; vui lòng thử lại.");
		}
		redirect.addAttribute("code", code);
		redirect.addAttribute("key", key);
		return "redirect:/tra-cuu";
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
