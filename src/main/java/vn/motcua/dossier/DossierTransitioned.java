package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Published after every change of a dossier (tiếp nhận, yêu cầu bổ sung, hoàn thành …), for notifications, the
 * exchange with other agencies and statistics.
 * @param linked the dossier is this agency's leg of another agency's dossier (made by liên thông, with a leg of
 * {@link Dossier#legWorkingDays()}): its steps are reported back to that agency; the exchange reads its link only
 * then, not on every transition of every dossier
 */
public record DossierTransitioned(UUID dossierId, String code, UUID agencyId, DossierAction action,
		DossierStatus from, DossierStatus to, OffsetDateTime at, String by, boolean linked) {
}
