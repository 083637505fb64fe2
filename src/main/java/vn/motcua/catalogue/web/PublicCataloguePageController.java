package vn.motcua.catalogue.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.catalogue.ProcedureFilter;
import vn.motcua.catalogue.ProcedureManagement;
import vn.motcua.catalogue.ProcedureManagement.TemplateDownload;
import vn.motcua.catalogue.PublicationDecisionManagement;
import vn.motcua.shared.PageRequest;

/**
 * Public pages without sign-in: search the published procedures, read one as a citizen would, download its blank
 * forms, and the list of publication decisions.
 */
@Controller
class PublicCataloguePageController {

	private final ProcedureManagement procedures;

	private final PublicationDecisionManagement decisions;

	PublicCataloguePageController(ProcedureManagement procedures, PublicationDecisionManagement decisions) {
		this.procedures = procedures;
		this.decisions = decisions;
	}

	@GetMapping("/thu-tuc")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String online,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		ProcedureFilter filter = new ProcedureFilter(q, field, agency, online);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("filter", filter);
		model.addAttribute("choices", procedures.publicChoices());
		model.addAttribute("result", procedures.publicSearch(filter, PageRequest.of(page, 20)));
		return "catalogue/public-search";
	}

	@GetMapping("/thu-tuc/{code}")
	String procedure(@PathVariable String code, Model model) {
		model.addAttribute("p", procedures.publicProcedure(code));
		return "catalogue/public-procedure";
	}

	/** The blank form of a paper (mẫu đơn, tờ khai). */
	@GetMapping("/thu-tuc/{code}/mau/{component}")
	ResponseEntity<byte[]> template(@PathVariable String code, @PathVariable String component) {
		TemplateDownload file = procedures.publicTemplate(code, component);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.body(file.content());
	}

	/** Publication decisions (quyết định công bố), newest first, optionally of an agency and a date range. */
	@GetMapping("/thu-tuc/cong-bo")
	String decisions(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Model model) {
		model.addAttribute("decisions", decisions.publicList(agency, from, to));
		model.addAttribute("agency", agency == null ? "" : agency);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "catalogue/public-decisions";
	}
}
