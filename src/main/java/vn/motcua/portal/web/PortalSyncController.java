package vn.motcua.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.motcua.portal.PortalSyncState;

/**
 * The line "Đồng bộ Cổng DVC quốc gia" of a dossier, as an HTML fragment that the dossier page and the outbox page
 * load with htmx (so the dossier module need not know this one).
 */
@Controller
class PortalSyncController {

	private final PortalSyncState sync;

	PortalSyncController(PortalSyncState sync) {
		this.sync = sync;
	}

	@GetMapping("/dong-bo-cong-dvc/{code}")
	String line(@PathVariable String code, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("sync", sync.of(code).orElse(null));
		return "portal/sync-line :: line";
	}
}
