package vn.motcua.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One row of the audit log.
 *
 * @param seq position in the chain
 * @param at when, to the microsecond
 * @param actor username of who acted ({@code system} for the system itself)
 * @param agencyId the agency whose data was written, where there is one
 * @param action what was done ({@code CREATE}, {@code UPDATE}, {@code PASSWORD_CHANGE} ...)
 * @param entityType the kind of record ({@code Agency}, {@code User} ...)
 * @param entityKey the record's code or name
 * @param before JSON of the record before, {@code null} for a creation
 * @param after JSON of the record after, {@code null} for a deletion
 * @param prevHash hash of the previous row in the chain (64 zeros for the first; empty until the row is chained)
 * @param hash SHA-256 of this row's content and {@code prevHash} (empty until the row is chained, within a second)
 */
public record AuditEntry(long seq, Instant at, String actor, @Nullable UUID agencyId, String action,
		String entityType, String entityKey, @Nullable String before, @Nullable String after, String prevHash,
		String hash) {

	/** The action in Vietnamese, for pages. */
	public String actionLabel() {
		return AuditLabels.action(entityType, action);
	}

	/** The kind of record in Vietnamese, for pages. */
	public String entityLabel() {
		return AuditLabels.entity(entityType);
	}

	/** When, in Vietnamese time, for pages. */
	public java.time.ZonedDateTime localTime() {
		return at.atZone(vn.motcua.shared.VietnamTime.ZONE);
	}
}
