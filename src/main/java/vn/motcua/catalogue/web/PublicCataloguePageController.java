package vn.motcua.catalogue.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.catalogue.ProcedureManagement;
import vn.motcua.shared.PageRequest;

/** Public pages without sign-in: search the published procedures, read one as a citizen would. */
@Controller
class PublicCataloguePageController {

	private final ProcedureManagement procedures;

	PublicCataloguePageController(ProcedureManagement procedures) {
		this.procedures = procedures;
	}

	@GetMapping("/thu-tuc")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("result", procedures.publicSearch(q, PageRequest.of(page, 20)));
		return "catalogue/public-search";
	}

	@GetMapping("/thu-tuc/{code}")
	String procedure(@PathVariable String code, Model model) {
		model.addAttribute("p", procedures.publicProcedure(code));
		return "catalogue/public-procedure";
	}
}
