package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A dossier as the API and the pages show it to staff; {@code timeliness}, {@code timelinessReason},
 * {@code legalDueAt}, {@code onTime766} and {@code violations} come from {@link TimelinessModel}; {@code resultForm}
 * says how the result file was made: {@code ELECTRONIC} (issued electronically) or {@code SCANNED}.
 */
public record DossierView(String code, String procedureCode, int procedureVersion, String procedureName,
		@Nullable String fieldCode, String channel, String status, int nationalStatus, String statusLabel,
		OffsetDateTime submittedAt, @Nullable OffsetDateTime receivedAt, @Nullable OffsetDateTime appointmentAt,
		@Nullable OffsetDateTime firstAppointmentAt, @Nullable OffsetDateTime completedAt,
		@Nullable OffsetDateTime returnedAt, @Nullable String timeliness, @Nullable String timelinessLabel,
		Applicant applicant, @Nullable String assignee, @Nullable String forwardedTo, boolean apologised,
		int supplementRequests, @Nullable String externalId, String lookupKey, @Nullable String postalTracking,
		String processingTime, long feeDueVnd, long paidVnd, java.util.@Nullable UUID resultFileId,
		List<DossierComponent> components,
		List<EventView> events, @Nullable String timelinessReason, @Nullable OffsetDateTime legalDueAt,
		boolean onTime766, List<String> violations, @Nullable String resultForm) {

	/** One step of the history; {@code postal}: the paper hand-off by post it records, if any. */
	public record EventView(int seq, String action, String actionLabel, OffsetDateTime at, String by,
			@Nullable String reason, @Nullable String note, @Nullable String target, String fromStatus,
			String toStatus, String toStatusLabel, @Nullable OffsetDateTime appointmentAt,
			@Nullable PostalHandoff postal) {
	}
}
