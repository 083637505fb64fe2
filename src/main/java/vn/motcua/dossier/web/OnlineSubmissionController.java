package vn.motcua.dossier.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierCommands.ApplicantData;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.ProcedureDirectory.PaperTerm;
import vn.motcua.dossier.ProcedureDirectory.ProcedureTerms;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.OneTimeForm;
import vn.motcua.shared.SubmittedInSession;
import vn.motcua.shared.PayloadTooLargeException;
import vn.motcua.shared.RateLimitCounter;
import vn.motcua.shared.RateLimiter;
import vn.motcua.shared.UnsupportedMediaTypeException;
import vn.motcua.shared.VietnameseText;

/**
 * The citizen's online submission (nộp hồ sơ trực tuyến) without sign-in: the form with the procedure's papers and
 * file uploads (sniffed and capped like every upload); the answer is the dossier code and the lookup key. The desk
 * then accepts it, asks for more, or refuses. Limited to 10 submissions an hour per address.
 */
@Controller
class OnlineSubmissionController {

	private final DossierManagement dossiers;

	private final RateLimiter limiter;

	OnlineSubmissionController(DossierManagement dossiers, Clock clock, RateLimitCounter counter) {
		this.dossiers = dossiers;
		this.limiter = new RateLimiter("online-submission", 10, Duration.ofHours(1), clock, counter);
	}

	@GetMapping("/nop-truc-tuyen/{code}")
	String form(@PathVariable String code, Model model) {
		model.addAttribute("terms", dossiers.procedureForOnline(code));
		return "dossier/online";
	}

	@OneTimeForm
	@PostMapping("/nop-truc-tuyen/{code}")
	String submit(@PathVariable String code, @RequestParam(required = false) @Nullable String fullName,
			@RequestParam(required = false) @Nullable String idNumber,
			@RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String address,
			@RequestParam(required = false) @Nullable String organisation,
			@RequestParam(required = false) @Nullable String organisationTaxCode,
			@RequestParam(required = false) @Nullable String organisationDecision,
			@RequestParam(required = false) @Nullable String representative,
			@RequestParam java.util.Map<String, MultipartFile> files, HttpServletRequest request, Model model) {
		ProcedureTerms terms = dossiers.procedureForOnline(code);
		model.addAttribute("terms", terms);
		model.addAttribute("values", java.util.Map.of("fullName", nz(fullName), "idNumber", nz(idNumber), "phone",
				nz(phone), "email", nz(email), "address", nz(address), "organisation", nz(organisation),
				"organisationTaxCode", nz(organisationTaxCode), "organisationDecision", nz(organisationDecision),
				"representative", nz(representative)));
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			model.addAttribute("error", "Bạn đã nộp quá nhiều hồ sơ trong một giờ; vui lòng thử lại sau.");
			return "dossier/online";
		}
		try {
			Dossier dossier = dossiers.submitOnlineWithFiles(code,
					new ApplicantData(VietnameseText.clean(fullName), idNumber, phone, email, address, organisation,
							organisationTaxCode, organisationDecision, representative),
					uploads(terms, files));
			SubmittedInSession.remember(request, dossier.code(), dossier.lookupKey());
			return "redirect:/nop-truc-tuyen/da-nop/" + dossier.code();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", PageErrors.byField(ex, "applicant."));
			model.addAttribute("error", "Hồ sơ chưa nộp được; vui lòng sửa các mục được đánh dấu.");
		}
		catch (UnsupportedMediaTypeException | PayloadTooLargeException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		catch (IOException ex) {
			model.addAttribute("error", "Không đọc được tệp tải lên; vui lòng thử lại.");
		}
		return "dossier/online";
	}

	/** The confirmation after the redirect: a refresh shows it again and creates nothing. */
	@GetMapping("/nop-truc-tuyen/da-nop/{code}")
	String done(@PathVariable String code, HttpServletRequest request, Model model) {
		String key = SubmittedInSession.recall(request, code);
		if (key == null) {
			return "redirect:/tra-cuu";
		}
		model.addAttribute("code", code);
		model.addAttribute("key", key);
		return "dossier/online-done";
	}

	/** The files chosen for the procedure's papers (empty inputs skipped); the streams are read within the request. */
	static java.util.Map<String, DossierManagement.Upload> uploads(ProcedureTerms terms,
			java.util.Map<String, MultipartFile> files) throws IOException {
		java.util.Map<String, DossierManagement.Upload> uploads = new java.util.LinkedHashMap<>();
		for (PaperTerm paper : terms.papers()) {
			MultipartFile file = files.get("file_" + paper.code());
			if (file != null && !file.isEmpty()) {
				uploads.put(paper.code(), new DossierManagement.Upload(file.getInputStream(), file.getOriginalFilename()));
			}
		}
		return uploads;
	}

	private static String nz(@Nullable String text) {
		return text == null ? "" : text;
	}
}
