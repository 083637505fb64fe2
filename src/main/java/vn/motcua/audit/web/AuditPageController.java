package vn.motcua.audit.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditLabels;
import vn.motcua.audit.AuditLog;
import vn.motcua.shared.PageResult;
import vn.motcua.shared.PageRequest;

/** The audit log page: search, read before/after, and check the chain. */
@Controller
@RequestMapping("/quan-tri/nhat-ky")
class AuditPageController {

	private final AuditLog audit;

	AuditPageController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("entityType", entityType == null ? "" : entityType);
		model.addAttribute("q", q == null ? "" : q);
		show(model, audit.search(entityType, q, PageRequest.of(page, 30)));
		return "audit/entries";
	}

	@PostMapping("/kiem-tra")
	String verify(Model model) {
		model.addAttribute("verification", audit.verify());
		model.addAttribute("entityType", "");
		model.addAttribute("q", "");
		show(model, audit.search(null, null, PageRequest.of(0, 30)));
		return "audit/entries";
	}

	/** The rows and the kinds of record, in Vietnamese (the page prints full names with {@code @staffNames}). */
	private void show(Model model, PageResult<AuditEntry> result) {
		model.addAttribute("result", result);
		model.addAttribute("entityTypes", AuditLabels.entities());
	}
}
