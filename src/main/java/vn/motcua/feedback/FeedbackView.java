package vn.motcua.feedback;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A feedback item as the API and the staff pages show it. {@code key} (the sender's lookup key) is given only in the
 * answer to the intake that created the item, so that the desk can hand it to the sender.
 */
public record FeedbackView(String number, @Nullable String key, String agencyCode, String agencyName, String channel,
		String channelLabel, Sender sender, String content, @Nullable String fieldCode, @Nullable String fieldName,
		String kind, String kindLabel, @Nullable Boolean inScope, String status, String statusLabel,
		OffsetDateTime receivedAt, @Nullable OffsetDateTime dueAt, OffsetDateTime resolveDueAt, boolean overdue,
		@Nullable String forwardedTo, @Nullable OffsetDateTime resolvedAt, @Nullable String answer,
		@Nullable Boolean answeredOnTime, @Nullable String refusalReason, @Nullable OffsetDateTime publishedAt,
		@Nullable String satisfaction, @Nullable String externalId, List<Step> events) {

	/** One step of the history. */
	public record Step(String action, String label, OffsetDateTime at, String by, @Nullable String note, String from,
			String to, String toLabel, @Nullable OffsetDateTime dueAt) {
	}
}
