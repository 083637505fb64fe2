package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Published after every change of a dossier (tiếp nhận, yêu cầu bổ sung, hoàn thành …), for notifications, the
 * exchange with other agencies and statistics.
 */
public record DossierTransitioned(UUID dossierId, String code, UUID agencyId, DossierAction action,
		DossierStatus from, DossierStatus to, OffsetDateTime at, String by) {
}
