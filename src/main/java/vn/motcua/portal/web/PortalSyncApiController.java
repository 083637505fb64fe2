package vn.motcua.portal.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.portal.PortalSyncState;
import vn.motcua.shared.NotFoundException;

/** The national-portal sync state of dossiers over HTTP. */
@RestController
@RequestMapping("/api/v1/portal-sync")
class PortalSyncApiController {

	private final PortalSyncState sync;

	PortalSyncApiController(PortalSyncState sync) {
		this.sync = sync;
	}

	/** The last status code the portal acknowledged for a dossier, when, and what is still pending or failed. */
	@GetMapping("/{dossierCode}")
	PortalSyncState.SyncState state(@PathVariable String dossierCode) {
		return sync.of(dossierCode)
			.orElseThrow(() -> new NotFoundException("Không có dữ liệu đồng bộ Cổng DVC quốc gia của hồ sơ " + dossierCode));
	}
}
