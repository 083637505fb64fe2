package vn.motcua.dossier;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One step of a dossier's history: who did what, when, why, and the state before and after. The list of these is
 * the dossier's audit trail and what reports explain their counts with.
 *
 * @param appointmentAt the appointment in force after the step
 * @param target the assignee for {@code ASSIGN}, the agency for {@code FORWARD}
 * @param overrideReason why a supplement request broke the one-request, 3-working-day rule (only then)
 * @param postal the paper hand-off by post this step records ({@code FORWARD} by post; at the receiving agency
 *     {@code RECEIVE} of papers on their way and {@code POSTAL_RECEIVED})
 */
public record DossierEvent(int seq, DossierAction action, OffsetDateTime at, String by, @Nullable String reason,
		@Nullable String note, @Nullable String target, DossierStatus fromStatus, DossierStatus toStatus,
		@Nullable OffsetDateTime appointmentAt, @Nullable String overrideReason, @Nullable PostalHandoff postal) {

	/** A step without a postal hand-off. */
	public DossierEvent(int seq, DossierAction action, OffsetDateTime at, String by, @Nullable String reason,
			@Nullable String note, @Nullable String target, DossierStatus fromStatus, DossierStatus toStatus,
			@Nullable OffsetDateTime appointmentAt, @Nullable String overrideReason) {
		this(seq, action, at, by, reason, note, target, fromStatus, toStatus, appointmentAt, overrideReason, null);
	}

	/** A step that needed no override. */
	public DossierEvent(int seq, DossierAction action, OffsetDateTime at, String by, @Nullable String reason,
			@Nullable String note, @Nullable String target, DossierStatus fromStatus, DossierStatus toStatus,
			@Nullable OffsetDateTime appointmentAt) {
		this(seq, action, at, by, reason, note, target, fromStatus, toStatus, appointmentAt, null);
	}
}
