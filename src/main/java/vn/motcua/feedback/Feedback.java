package vn.motcua.feedback;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;
import static vn.motcua.shared.VietnamTime.ZONE;

/**
 * A feedback item (phản ánh, kiến nghị) and its state machine:
 * received → classified → (forwarded to the competent body | more information requested → information received) →
 * resolved (answer) → published; refused with a reason from any open state before the answer. Every transition is
 * guarded (409 naming the state) and recorded with the deadline in force after it. Deadlines come from
 * {@link FeedbackDeadlines}; while the sender is asked for more information the clock stops, and it restarts from
 * zero when the information arrives (as for dossier supplements).
 */
public final class Feedback {

	/** Business dates are in Vietnam's time zone. */

	private final UUID id;

	private String number;

	private final String lookupKey;

	private final UUID agencyId;

	private final FeedbackChannel channel;

	private final Sender sender;

	private final String content;

	private @Nullable UUID fieldId;

	private FeedbackKind kind;

	private @Nullable Boolean inScope;

	private FeedbackStatus status;

	private final OffsetDateTime receivedAt;

	private @Nullable OffsetDateTime dueAt;

	private OffsetDateTime resolveDueAt;

	private @Nullable OffsetDateTime classifiedAt;

	private @Nullable OffsetDateTime forwardedAt;

	private @Nullable String forwardedTo;

	private @Nullable OffsetDateTime infoRequestedAt;

	private @Nullable OffsetDateTime resolvedAt;

	private @Nullable String answer;

	private @Nullable OffsetDateTime refusedAt;

	private @Nullable String refusalReason;

	private @Nullable OffsetDateTime publishedAt;

	private @Nullable OffsetDateTime closedAt;

	private @Nullable Satisfaction satisfaction;

	private @Nullable OffsetDateTime ratedAt;

	private final @Nullable String externalId;

	private int version;

	private final List<FeedbackEvent> history;

	private int storedEvents;

	private Feedback(UUID id, String number, String lookupKey, UUID agencyId, FeedbackChannel channel, Sender sender,
			String content, @Nullable UUID fieldId, FeedbackKind kind, OffsetDateTime receivedAt,
			OffsetDateTime resolveDueAt, @Nullable String externalId, List<FeedbackEvent> history) {
		this.id = id;
		this.number = number;
		this.lookupKey = lookupKey;
		this.agencyId = agencyId;
		this.channel = channel;
		this.sender = sender;
		this.content = content;
		this.fieldId = fieldId;
		this.kind = kind;
		this.receivedAt = receivedAt;
		this.resolveDueAt = resolveDueAt;
		this.externalId = externalId;
		this.history = new ArrayList<>(history);
		this.status = FeedbackStatus.RECEIVED;
	}

	/** A new item received at {@code at}; it must be classified or refused by {@code deadlines.classifyBy(at)}. */
	public static Feedback receive(UUID id, String number, String lookupKey, UUID agencyId, FeedbackChannel channel,
			Sender sender, String content, @Nullable UUID fieldId, FeedbackKind kind, OffsetDateTime at, String by,
			@Nullable String externalId, FeedbackDeadlines deadlines) {
		Feedback feedback = new Feedback(id, number, lookupKey, agencyId, channel, sender, content, fieldId, kind, at,
				deadlines.resolveBy(at), externalId, List.of());
		feedback.version = -1;
		feedback.dueAt = deadlines.classifyBy(at);
		feedback.record(FeedbackAction.RECEIVE, at, by, null, FeedbackStatus.RECEIVED);
		return feedback;
	}

	// ---- transitions -------------------------------------------------------------------------------------------

	/**
	 * Classifies the item: its kind, whether it is within the agency's authority, its field. In scope, the answer is
	 * due within the processing time from receipt; outside it, the item must be forwarded first.
	 */
	public void classify(OffsetDateTime at, String by, FeedbackKind kind, boolean inScope, @Nullable UUID fieldId,
			@Nullable String note, FeedbackDeadlines deadlines) {
		guard(FeedbackAction.CLASSIFY, at);
		this.kind = kind;
		this.inScope = inScope;
		if (fieldId != null) {
			this.fieldId = fieldId;
		}
		this.classifiedAt = at;
		this.dueAt = inScope ? resolveDueAt : deadlines.forwardBy(receivedAt);
		String what = kind.label() + (inScope ? ", thuộc thẩm quyền" : ", không thuộc thẩm quyền");
		record(FeedbackAction.CLASSIFY, at, by, note == null ? what : what + ". " + note, FeedbackStatus.CLASSIFIED);
	}

	/** Forwards the item to the competent body; the answer is then due within the processing time from now. */
	public void forward(OffsetDateTime at, String by, @Nullable String target, @Nullable String note,
			FeedbackDeadlines deadlines) {
		guard(FeedbackAction.FORWARD, at);
		if (target == null || target.isBlank()) {
			throw new InvalidInputException("target", "Cần tên cơ quan có thẩm quyền nhận phản ánh");
		}
		this.forwardedAt = at;
		this.forwardedTo = target;
		this.resolveDueAt = deadlines.resolveBy(at);
		this.dueAt = resolveDueAt;
		record(FeedbackAction.FORWARD, at, by, note == null ? "Chuyển " + target : "Chuyển " + target + ". " + note,
				FeedbackStatus.FORWARDED);
	}

	/** Asks the sender for more information; the clock stops until it arrives. */
	public void requestInfo(OffsetDateTime at, String by, @Nullable String note) {
		guard(FeedbackAction.REQUEST_INFO, at);
		if (note == null || note.isBlank()) {
			throw new InvalidInputException("note", "Cần nêu thông tin cần bổ sung");
		}
		this.infoRequestedAt = at;
		this.dueAt = null;
		record(FeedbackAction.REQUEST_INFO, at, by, note, FeedbackStatus.AWAITING_INFO);
	}

	/** The sender's information arrived; the processing time starts again from now. */
	public void infoReceived(OffsetDateTime at, String by, @Nullable String note, FeedbackDeadlines deadlines) {
		guard(FeedbackAction.INFO_RECEIVED, at);
		this.resolveDueAt = deadlines.resolveBy(at);
		this.dueAt = resolveDueAt;
		record(FeedbackAction.INFO_RECEIVED, at, by, note, FeedbackStatus.INFO_RECEIVED);
	}

	/** Refuses the item with a reason; it is closed. */
	public void refuse(OffsetDateTime at, String by, @Nullable String reason) {
		guard(FeedbackAction.REFUSE, at);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Cần nêu lý do từ chối tiếp nhận");
		}
		this.refusedAt = at;
		this.refusalReason = reason;
		this.closedAt = at;
		this.dueAt = null;
		record(FeedbackAction.REFUSE, at, by, reason, FeedbackStatus.REFUSED);
	}

	/** Records the answer; the item is closed and its answer must be published within the publication time. */
	public void resolve(OffsetDateTime at, String by, @Nullable String answer, FeedbackDeadlines deadlines) {
		guard(FeedbackAction.RESOLVE, at);
		if (answer == null || answer.isBlank()) {
			throw new InvalidInputException("answer", "Cần nội dung trả lời");
		}
		this.resolvedAt = at;
		this.answer = answer;
		this.closedAt = at;
		this.dueAt = deadlines.publishBy(at);
		record(FeedbackAction.RESOLVE, at, by, answer, FeedbackStatus.RESOLVED);
	}

	/** Publishes the answer on the public site. */
	public void publish(OffsetDateTime at, String by, @Nullable String note) {
		guard(FeedbackAction.PUBLISH, at);
		this.publishedAt = at;
		this.dueAt = null;
		record(FeedbackAction.PUBLISH, at, by, note, FeedbackStatus.PUBLISHED);
	}

	/** Records the sender's satisfaction with the answer, once; the state does not change. */
	public void rate(OffsetDateTime at, String by, Satisfaction satisfaction, @Nullable String note) {
		guard(FeedbackAction.RATE, at);
		if (this.satisfaction != null) {
			throw new ConflictException("Phản ánh " + number + " đã được đánh giá mức độ hài lòng", status.name());
		}
		this.satisfaction = satisfaction;
		this.ratedAt = at;
		record(FeedbackAction.RATE, at, by, note == null ? satisfaction.label() : satisfaction.label() + ". " + note,
				status);
	}

	/** 409 naming the state when the current state does not allow the action. */
	public void require(FeedbackAction action) {
		if (!action.allowedFrom(status)) {
			throw new ConflictException("Không thể \"" + action.label() + "\" phản ánh " + number + " ở trạng thái \""
					+ status.label() + "\" (" + status.name() + ")", status.name());
		}
	}

	private void guard(FeedbackAction action, OffsetDateTime at) {
		require(action);
		OffsetDateTime last = history.isEmpty() ? receivedAt : history.get(history.size() - 1).at();
		if (at.isBefore(last)) {
			throw new InvalidInputException("at", "Thời điểm " + at + " sớm hơn bước trước (" + last + ")");
		}
	}

	private void record(FeedbackAction action, OffsetDateTime at, String by, @Nullable String note,
			FeedbackStatus to) {
		FeedbackStatus from = history.isEmpty() ? FeedbackStatus.RECEIVED : status;
		history.add(new FeedbackEvent(history.size() + 1, action, at, by, note, from, to, dueAt));
		status = to;
	}

	// ---- reading -----------------------------------------------------------------------------------------------

	/** Whether the current step's deadline has passed at {@code now}. */
	public boolean overdueAt(OffsetDateTime now) {
		return dueAt != null && dueAt.isBefore(now);
	}

	/**
	 * Whether the answer came by its deadline (calendar dates in Asia/Ho_Chi_Minh); {@code null} while there is no
	 * answer.
	 */
	public @Nullable Boolean answeredOnTime() {
		if (resolvedAt == null) {
			return null;
		}
		return !resolvedAt.atZoneSameInstant(ZONE).toLocalDate().isAfter(resolveDueAt.atZoneSameInstant(ZONE).toLocalDate());
	}

	public UUID id() { return id; }
	public String number() { return number; }
	public String lookupKey() { return lookupKey; }
	public UUID agencyId() { return agencyId; }
	public FeedbackChannel channel() { return channel; }
	public Sender sender() { return sender; }
	public String content() { return content; }
	public @Nullable UUID fieldId() { return fieldId; }
	public FeedbackKind kind() { return kind; }
	public @Nullable Boolean inScope() { return inScope; }
	public FeedbackStatus status() { return status; }
	public OffsetDateTime receivedAt() { return receivedAt; }
	public @Nullable OffsetDateTime dueAt() { return dueAt; }
	public OffsetDateTime resolveDueAt() { return resolveDueAt; }
	public @Nullable OffsetDateTime classifiedAt() { return classifiedAt; }
	public @Nullable OffsetDateTime forwardedAt() { return forwardedAt; }
	public @Nullable String forwardedTo() { return forwardedTo; }
	public @Nullable OffsetDateTime infoRequestedAt() { return infoRequestedAt; }
	public @Nullable OffsetDateTime resolvedAt() { return resolvedAt; }
	public @Nullable String answer() { return answer; }
	public @Nullable OffsetDateTime refusedAt() { return refusedAt; }
	public @Nullable String refusalReason() { return refusalReason; }
	public @Nullable OffsetDateTime publishedAt() { return publishedAt; }
	public @Nullable OffsetDateTime closedAt() { return closedAt; }
	public @Nullable Satisfaction satisfaction() { return satisfaction; }
	public @Nullable OffsetDateTime ratedAt() { return ratedAt; }
	public @Nullable String externalId() { return externalId; }
	public int version() { return version; }
	public List<FeedbackEvent> history() { return List.copyOf(history); }

	// ---- persistence -------------------------------------------------------------------------------------------

	/** Events added since the item was loaded or stored. */
	List<FeedbackEvent> unstoredEvents() {
		return List.copyOf(history.subList(storedEvents, history.size()));
	}

	void markStored(int newVersion) {
		this.version = newVersion;
		this.storedEvents = history.size();
	}

	void assignNumber(String number) {
		this.number = number;
	}

	/** Rebuilds an item from its row and history. */
	static Feedback restore(UUID id, String number, String lookupKey, UUID agencyId, FeedbackChannel channel,
			Sender sender, String content, @Nullable UUID fieldId, FeedbackKind kind, @Nullable Boolean inScope,
			FeedbackStatus status, OffsetDateTime receivedAt, @Nullable OffsetDateTime dueAt,
			OffsetDateTime resolveDueAt, @Nullable OffsetDateTime classifiedAt, @Nullable OffsetDateTime forwardedAt,
			@Nullable String forwardedTo, @Nullable OffsetDateTime infoRequestedAt, @Nullable OffsetDateTime resolvedAt,
			@Nullable String answer, @Nullable OffsetDateTime refusedAt, @Nullable String refusalReason,
			@Nullable OffsetDateTime publishedAt, @Nullable OffsetDateTime closedAt,
			@Nullable Satisfaction satisfaction, @Nullable OffsetDateTime ratedAt, @Nullable String externalId,
			int version, List<FeedbackEvent> history) {
		Feedback f = new Feedback(id, number, lookupKey, agencyId, channel, sender, content, fieldId, kind, receivedAt,
				resolveDueAt, externalId, history);
		f.inScope = inScope;
		f.status = status;
		f.dueAt = dueAt;
		f.classifiedAt = classifiedAt;
		f.forwardedAt = forwardedAt;
		f.forwardedTo = forwardedTo;
		f.infoRequestedAt = infoRequestedAt;
		f.resolvedAt = resolvedAt;
		f.answer = answer;
		f.refusedAt = refusedAt;
		f.refusalReason = refusalReason;
		f.publishedAt = publishedAt;
		f.closedAt = closedAt;
		f.satisfaction = satisfaction;
		f.ratedAt = ratedAt;
		f.version = version;
		f.storedEvents = history.size();
		return f;
	}
}
