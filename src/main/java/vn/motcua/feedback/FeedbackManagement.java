package vn.motcua.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditLog;
import vn.motcua.feedback.FeedbackCommands.ActionCommand;
import vn.motcua.feedback.FeedbackCommands.History;
import vn.motcua.feedback.FeedbackCommands.HistoryEvent;
import vn.motcua.feedback.FeedbackCommands.IntakeCommand;
import vn.motcua.feedback.FeedbackCommands.SenderData;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.Agency;
import vn.motcua.identity.Field;
import vn.motcua.identity.FieldDirectory;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnameseText;
import vn.motcua.shared.VietnamTime;
import vn.motcua.shared.NoRoleRequired;
import vn.motcua.shared.workflow.DailyNumbers;
import vn.motcua.shared.workflow.EmailAddress;
import vn.motcua.shared.workflow.EnumInput;
import vn.motcua.shared.workflow.HistoryImport;
import vn.motcua.shared.workflow.LookupKeys;

/**
 * Feedback work: intake on every channel (and from the public site), actions on the state machine, history import.
 * Every operation checks the role for the action and the caller's agency; deadlines come from
 * {@link FeedbackDeadlines}. Staff of one agency never see another agency's feedback (404).
 */
@Service
public class FeedbackManagement {

	/** Roles that receive and handle feedback. */
	static final String HANDLERS = Roles.FEEDBACK_HANDLERS;

	/** The name recorded for what the sender does on the public site. */
	static final String CITIZEN = "nguoi-phan-anh";

	private final FeedbackItems items;

	private final FeedbackDeadlines deadlines;

	private final AgencyDirectory agencies;

	private final FieldDirectory fields;

	private final CurrentActor actor;

	private final AuditLog audit;

	private final Clock clock;

	FeedbackManagement(FeedbackItems items, FeedbackDeadlines deadlines, AgencyDirectory agencies, FieldDirectory fields,
			CurrentActor actor, AuditLog audit, Clock clock) {
		this.items = items;
		this.deadlines = deadlines;
		this.agencies = agencies;
		this.fields = fields;
		this.actor = actor;
		this.audit = audit;
		this.clock = clock;
	}

	/** The item received (or the one already received under the same external id or idempotency key). */
	public record Intake(Feedback feedback, boolean created) {
	}

	// ---- intake ------------------------------------------------------------------------------------------------

	/**
	 * Receives an item by e-mail, phone, letter, at the desk, or pushed by a portal. The same {@code externalId} (or,
	 * without one, the same {@code Idempotency-Key}) twice gives the first item.
	 */
	@PreAuthorize(HANDLERS)
	@Transactional
	public Intake intake(IntakeCommand command, @Nullable String idempotencyKey) {
		Agency agency = agencyFor(command.agencyCode(), "agencyCode");
		if (!actor.canSee(agency.id())) {
			throw new ForbiddenException("Bạn không được tiếp nhận phản ánh cho " + agency.name());
		}
		String externalId = blank(command.externalId()) ? VietnameseText.clean(idempotencyKey)
				: VietnameseText.clean(command.externalId());
		if (externalId != null && externalId.length() > 100) {
			throw new InvalidInputException("externalId", "Mã ngoài tối đa 100 ký tự");
		}
		FeedbackChannel channel = channel(command.channel(), "channel");
		Sender sender = sender(command.sender(), "sender");
		String content = content(command.content(), "content");
		FeedbackKind kind = kind(command.kind(), "kind");
		UUID fieldId = field(command.fieldCode(), "fieldCode");
		if (externalId != null) {
			Optional<Feedback> existing = items.findByExternalId(agency.id(), externalId);
			if (existing.isPresent()) {
				return new Intake(existing.get(), false);
			}
		}
		OffsetDateTime now = now();
		Feedback feedback = Feedback.receive(UUID.randomUUID(), nextNumber(now.toLocalDate()), LookupKeys.newKey(), agency.id(),
				channel, sender, content, fieldId, kind, now, actor.username(), externalId, deadlines);
		store(feedback, "CREATE");
		return new Intake(feedback, true);
	}

	/** A sender's feedback from the public site (no sign-in; the caller rate-limits): channel PORTAL. */
	@Transactional
	@NoRoleRequired("citizens without sign-in: rate-limited by the web layer")
	public Feedback submitPublic(String agencyCode, SenderData senderData, String contentText,
			@Nullable String fieldCode, @Nullable String kindName) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		Agency agency = problems.check(() -> agencies.findByCode(agencyCode == null ? "" : agencyCode.trim())
			.filter(Agency::active)
			.orElseThrow(() -> new InvalidInputException("agencyCode", "Cần chọn cơ quan nhận phản ánh")));
		if (senderData != null && blank(senderData.phone()) && blank(senderData.email())
				&& blank(senderData.address())) {
			problems.add("sender.phone", "Cần số điện thoại, thư điện tử hoặc địa chỉ để cơ quan trả lời Ông/Bà");
		}
		Sender sender = problems.check(() -> sender(senderData, "sender"));
		String content = problems.check(() -> content(contentText, "content"));
		FeedbackKind kind = problems.check(() -> blank(kindName) ? FeedbackKind.BEHAVIOUR : kind(kindName, "kind"));
		UUID fieldId = problems.check(() -> field(fieldCode, "fieldCode"));
		problems.throwIfAny();
		OffsetDateTime now = now();
		Feedback feedback = Feedback.receive(UUID.randomUUID(), nextNumber(now.toLocalDate()), LookupKeys.newKey(), agency.id(),
				FeedbackChannel.PORTAL, sender, content, fieldId, kind, now, CITIZEN, null, deadlines);
		store(feedback, "CREATE");
		return feedback;
	}

	// ---- actions -----------------------------------------------------------------------------------------------

	/** Takes an action now; 409 naming the state when the state forbids it, 403 when the role does. */
	@PreAuthorize(Roles.STAFF)
	@Transactional
	public Feedback act(String number, ActionCommand command) {
		Feedback feedback = visible(number);
		FeedbackAction action = action(command.action(), "action");
		if (action == FeedbackAction.RECEIVE) {
			throw new InvalidInputException("action", "RECEIVE chỉ dùng khi nhập lịch sử phản ánh");
		}
		if (!actor.hasRole(Roles.SYSTEM_ADMIN) && action.roles().stream().noneMatch(actor::hasRole)) {
			throw new ForbiddenException("Vai trò của bạn không được thực hiện \"" + action.label() + "\"");
		}
		apply(feedback, action, now(), actor.username(), command.kind(), command.inScope(), command.fieldCode(),
				command.target(), command.reason(), command.answer(), command.note(), command.satisfaction());
		store(feedback, action.name());
		return feedback;
	}

	/** The sender's satisfaction, given on the public site with the number and key. */
	@Transactional
	@NoRoleRequired("citizens without sign-in: guarded by the lookup key")
	public Feedback rateBySender(String number, @Nullable String key, @Nullable String satisfaction) {
		Feedback feedback = byKey(number, key);
		apply(feedback, FeedbackAction.RATE, now(), CITIZEN, null, null, null, null, null, null, null, satisfaction);
		store(feedback, "RATE");
		return feedback;
	}

	/** The item if the number and key match; 404 otherwise (which one was wrong is not disclosed). */
	@Transactional(readOnly = true)
	@NoRoleRequired("citizens without sign-in: guarded by the lookup key")
	public Feedback byKey(String number, @Nullable String key) {
		String wanted = number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
		return items.findByNumber(wanted)
			.filter(f -> LookupKeys.matches(f.lookupKey(), key))
			.orElseThrow(() -> new NotFoundException("Không tìm thấy phản ánh " + number + " với mã tra cứu đã nhập"));
	}

	// ---- import ------------------------------------------------------------------------------------------------

	/** The result of an import: how many were new, and every history's item (new or already there). */
	public record ImportResult(int imported, List<Feedback> feedback) {
	}

	/**
	 * Imports histories from an earlier system through the same state machine and deadline rules, with the given
	 * times, all or nothing: any bad history stops the whole request with one error per bad history. An
	 * {@code externalId} already imported for the agency answers with the existing item and changes nothing.
	 */
	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public ImportResult importHistories(List<History> histories) {
		OffsetDateTime now = now();
		List<Feedback> result = HistoryImport.replayAll(histories, "feedback", "Danh sách phản ánh trống", "",
				(history, field) -> replay(history, field, now));
		int imported = 0;
		for (Feedback feedback : result) {
			if (feedback.version() < 0) {
				LocalDate day = feedback.receivedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
				feedback.assignNumber(nextNumber(day));
				store(feedback, "IMPORT");
				imported++;
			}
		}
		return new ImportResult(imported, result);
	}

	private Feedback replay(History history, String field, OffsetDateTime now) {
		HistoryImport.requireReceivedFirst(history, field);
		List<HistoryEvent> steps = history.events();
		Agency agency = agencyFor(history.agencyCode(), field + ".agencyCode");
		if (!actor.canSee(agency.id())) {
			throw new InvalidInputException(field + ".agencyCode", "Bạn không được nhập phản ánh của " + agency.name());
		}
		String externalId = VietnameseText.clean(history.externalId());
		Optional<Feedback> existing = items.findByExternalId(agency.id(), externalId);
		if (existing.isPresent()) {
			return existing.get();
		}
		FeedbackChannel channel = channel(history.channel(), field + ".channel");
		Sender sender = sender(history.sender(), field + ".sender");
		String content = content(history.content(), field + ".content");
		FeedbackKind kind = kind(history.kind(), field + ".kind");
		UUID fieldId = field(history.fieldCode(), field + ".fieldCode");
		HistoryImport.requireNoFutureStep(history, field, now);
		String by = actor.username();
		OffsetDateTime received = steps.get(0).at().atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime();
		Feedback feedback = Feedback.receive(UUID.randomUUID(), DailyNumbers.LATE, LookupKeys.newKey(), agency.id(),
				channel, sender, content, fieldId, kind, received, by, externalId, deadlines);
		for (int s = 1; s < steps.size(); s++) {
			HistoryEvent step = steps.get(s);
			String stepField = HistoryImport.stepField(field, s);
			HistoryImport.replayStep(field, s, () -> {
				FeedbackAction action = action(step.action(), stepField + ".action");
				if (action == FeedbackAction.RECEIVE) {
					throw new InvalidInputException(stepField + ".action", "RECEIVE chỉ được là bước đầu tiên");
				}
				apply(feedback, action, step.at().atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime(), by, step.kind(),
						step.inScope(), step.fieldCode(), step.target(), step.reason(), step.answer(), step.note(),
						step.satisfaction());
			});
		}
		return feedback;
	}

	// ---- shared rules ------------------------------------------------------------------------------------------

	private void apply(Feedback feedback, FeedbackAction action, OffsetDateTime at, String by, @Nullable String kind,
			@Nullable Boolean inScope, @Nullable String fieldCode, @Nullable String target, @Nullable String reason,
			@Nullable String answer, @Nullable String note, @Nullable String satisfaction) {
		String remark = blankToNull(VietnameseText.clean(note));
		feedback.require(action);
		switch (action) {
			case CLASSIFY -> {
				FeedbackKind k = blank(kind) ? feedback.kind() : kind(kind, "kind");
				if (inScope == null) {
					throw new InvalidInputException("inScope", "Cần xác định phản ánh có thuộc thẩm quyền hay không");
				}
				feedback.classify(at, by, k, inScope, field(fieldCode, "fieldCode"), remark, deadlines);
			}
			case FORWARD -> feedback.forward(at, by, blankToNull(VietnameseText.clean(target)), remark, deadlines);
			case REQUEST_INFO -> feedback.requestInfo(at, by,
					remark != null ? remark : blankToNull(VietnameseText.clean(reason)));
			case INFO_RECEIVED -> feedback.infoReceived(at, by, remark, deadlines);
			case REFUSE -> feedback.refuse(at, by, blankToNull(VietnameseText.clean(reason)));
			case RESOLVE -> feedback.resolve(at, by, blankToNull(VietnameseText.clean(answer)), deadlines);
			case PUBLISH -> feedback.publish(at, by, remark);
			case RATE -> {
				feedback.rate(at, by, satisfaction(satisfaction), remark);
			}
			case RECEIVE -> throw new InvalidInputException("action", "RECEIVE chỉ được là bước đầu tiên");
		}
	}

	/** The item if the caller may see it; otherwise 404 (its existence is not disclosed). */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public Feedback visible(String number) {
		String wanted = number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
		return items.findByNumber(wanted)
			.filter(f -> actor.canSee(f.agencyId()))
			.orElseThrow(() -> new NotFoundException("Không tìm thấy phản ánh " + number));
	}

	/** The actions the caller may take on the item in its current state, for the action panel. */
	@NoRoleRequired("derives the actions from the item's state for a caller already role-checked")
	public List<FeedbackAction> allowedActions(Feedback feedback) {
		return Arrays.stream(FeedbackAction.values())
			.filter(a -> a != FeedbackAction.RECEIVE && a.allowedFrom(feedback.status()))
			.filter(a -> a != FeedbackAction.RATE || feedback.satisfaction() == null)
			.filter(a -> actor.hasRole(Roles.SYSTEM_ADMIN) || a.roles().stream().anyMatch(actor::hasRole))
			.toList();
	}

	private void store(Feedback feedback, String what) {
		items.save(feedback);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", feedback.status().name());
		after.put("kind", feedback.kind().name());
		after.put("dueAt", feedback.dueAt() == null ? null : feedback.dueAt().toString());
		audit.record(what, "Feedback", feedback.number(), feedback.agencyId(), null, after);
	}

	private String nextNumber(LocalDate day) {
		return DailyNumbers.format("PA", day, items.nextNumber(day), "phản ánh");
	}

	private Agency agencyFor(@Nullable String code, String field) {
		if (blank(code)) {
			if (actor.agencyId() == null) {
				throw new InvalidInputException(field, "Cần mã cơ quan nhận phản ánh");
			}
			return agencies.findById(actor.agencyId()).orElseThrow();
		}
		return agencies.findByCode(code.trim())
			.orElseThrow(() -> new InvalidInputException(field, "Không có cơ quan " + code));
	}

	private @Nullable UUID field(@Nullable String code, String field) {
		if (blank(code)) {
			return null;
		}
		return fields.findByCode(code.trim().toUpperCase(Locale.ROOT))
			.filter(Field::active)
			.map(Field::id)
			.orElseThrow(() -> new InvalidInputException(field, "Không có lĩnh vực " + code));
	}

	private static Sender sender(@Nullable SenderData data, String field) {
		if (data == null || blank(data.name())) {
			throw new InvalidInputException(field + ".name", "Cần họ tên người phản ánh, kiến nghị");
		}
		String email = VietnameseText.clean(data.email());
		if (!EmailAddress.Validator.valid(email)) {
			throw new InvalidInputException(field + ".email", EmailAddress.MESSAGE);
		}
		String phone = VietnameseText.clean(data.phone());
		if (!blank(phone) && !phone.matches("\\+?[0-9 .()-]{6,20}")) {
			throw new InvalidInputException(field + ".phone", "Số điện thoại không hợp lệ");
		}
		return new Sender(VietnameseText.clean(data.name()), blankToNull(phone), blankToNull(email),
				blankToNull(VietnameseText.clean(data.address())), blankToNull(VietnameseText.clean(data.organisation())));
	}

	private static String content(@Nullable String text, String field) {
		String content = text == null ? null : VietnameseText.nfc(text.strip());
		if (blank(content)) {
			throw new InvalidInputException(field, "Cần nội dung phản ánh, kiến nghị");
		}
		if (content.length() > 10000) {
			throw new InvalidInputException(field, "Nội dung tối đa 10.000 ký tự");
		}
		return content;
	}

	private static FeedbackChannel channel(@Nullable String value, String field) {
		return EnumInput.parse(FeedbackChannel.class, value, field, "Kênh tiếp nhận");
	}

	private static FeedbackKind kind(@Nullable String value, String field) {
		return EnumInput.parse(FeedbackKind.class, value, field, "Loại phản ánh");
	}

	private static Satisfaction satisfaction(@Nullable String value) {
		return EnumInput.parse(Satisfaction.class, value, "satisfaction", "Mức độ hài lòng");
	}

	private static FeedbackAction action(@Nullable String value, String field) {
		return EnumInput.parse(FeedbackAction.class, value, field, "Thao tác");
	}

	private OffsetDateTime now() {
		return VietnamTime.now(clock).toOffsetDateTime();
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return blank(text) ? null : text;
	}
}
