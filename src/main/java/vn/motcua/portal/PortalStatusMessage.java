package vn.motcua.portal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The JSON body sent to the portal for one status change (docs/portal.md). {@code messageId} is also sent as the
 * {@code Idempotency-Key} header: the portal keeps the first and acknowledges repeats.
 *
 * @param messageId unique per change; the same on every attempt
 * @param dossierCode mã hồ sơ
 * @param sequence 1, 2, 3 … per dossier, in the order of the changes
 * @param statusCode national status code 1–10
 * @param statusName its Vietnamese name
 * @param previousStatusCode the code before, or {@code null} for the first message of a dossier
 * @param action the step that caused it (RECEIVE, REQUEST_SUPPLEMENT, COMPLETE …)
 * @param changedAt when the change happened, with the Vietnam offset
 */
public record PortalStatusMessage(UUID messageId, String dossierCode, long sequence, int statusCode,
		String statusName, Integer previousStatusCode, String action, OffsetDateTime changedAt) {
}
