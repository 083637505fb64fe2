package vn.motcua.feedback;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One step of a feedback item's history: the action, when and by whom, the note (reason, answer, forwarding
 * target, classification), the states before and after, and the deadline in force after it.
 */
public record FeedbackEvent(int seq, FeedbackAction action, OffsetDateTime at, String by, @Nullable String note,
		FeedbackStatus from, FeedbackStatus to, @Nullable OffsetDateTime dueAt) {
}
