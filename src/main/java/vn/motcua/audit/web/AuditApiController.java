package vn.motcua.audit.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditLog;
import vn.motcua.audit.AuditVerification;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;

/** The audit log over HTTP, for administrators. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

	private final AuditLog audit;

	AuditApiController(AuditLog audit) {
		this.audit = audit;
	}

	/** Audit rows, newest first, filtered by entity type and by a text in the record key or the actor. */
	@GetMapping
	PageResult<AuditEntry> list(@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return audit.search(entityType, q, PageRequest.of(page, size));
	}

	/** Checks the whole hash chain and names the first broken row. */
	@GetMapping("/verify")
	AuditVerification verify() {
		return audit.verify();
	}
}
