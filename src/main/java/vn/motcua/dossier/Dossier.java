package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;
import static vn.motcua.shared.VietnamTime.ZONE;

/**
 * A one-stop dossier (hồ sơ): the aggregate whose methods are the only way its state changes. Every method guards
 * the current state (a {@link ConflictException} naming it otherwise), appends a {@link DossierEvent} to the history
 * and records a {@link DossierTransitioned} to publish. Deadlines are computed outside (by the working calendar for
 * the procedure version) and handed in, so this class stays pure.
 */
public class Dossier {

	/** Business dates are Vietnamese. */

	private final UUID id;

	private String code;

	private final UUID agencyId;

	private final ProcedureRef procedure;

	private final Channel channel;

	private final Applicant applicant;

	private final OffsetDateTime submittedAt;

	private final @Nullable String externalId;

	private final String lookupKey;

	private List<DossierComponent> components = List.of();

	private java.util.function.@Nullable Supplier<List<DossierComponent>> componentLoader;

	private @Nullable String postalTracking;

	private @Nullable Integer legWorkingDays;

	private @Nullable String returnMethod;

	private @Nullable String returnedTo;

	private @Nullable UUID resultFileId;

	private @Nullable String resultForm;

	private DossierStatus status;

	private @Nullable DossierStatus resumeStatus;

	private @Nullable OffsetDateTime receivedAt;

	private @Nullable OffsetDateTime appointmentAt;

	private @Nullable OffsetDateTime firstAppointmentAt;

	private @Nullable OffsetDateTime completedAt;

	private @Nullable OffsetDateTime returnedAt;

	private @Nullable OffsetDateTime finishedAt;

	private @Nullable OffsetDateTime closedAt;

	private @Nullable String assignee;

	private @Nullable String forwardedTo;

	private boolean apologised;

	private int supplementRequests;

	private int version = -1;

	private int storedEvents;

	private boolean componentsChanged = true;

	private final List<DossierEvent> history = new ArrayList<>();

	private final List<DossierTransitioned> pending = new ArrayList<>();

	Dossier(UUID id, String code, UUID agencyId, ProcedureRef procedure, Channel channel, Applicant applicant,
			OffsetDateTime submittedAt, @Nullable String externalId, String lookupKey, DossierStatus status) {
		this.id = id;
		this.code = code;
		this.agencyId = agencyId;
		this.procedure = procedure;
		this.lookupKey = lookupKey;
		this.channel = channel;
		this.applicant = applicant;
		this.submittedAt = submittedAt;
		this.externalId = externalId;
		this.status = status;
	}

	/** A dossier submitted online: it waits for the one-stop desk (status 1). */
	public static Dossier submitOnline(UUID id, String code, UUID agencyId, ProcedureRef procedure,
			Applicant applicant, OffsetDateTime at, String by, @Nullable String externalId, String lookupKey) {
		return handedIn(id, code, agencyId, procedure, Channel.ONLINE, applicant, at, by, externalId, lookupKey);
	}

	/**
	 * A dossier handed in on {@code channel} but not received yet (the desk is about to ask for papers, Mẫu 02, or
	 * refuse it, Mẫu 03). It keeps its channel for good: a desk dossier completed later is still a desk dossier
	 * (II.06a column 5, not 4).
	 */
	public static Dossier handedIn(UUID id, String code, UUID agencyId, ProcedureRef procedure, Channel channel,
			Applicant applicant, OffsetDateTime at, String by, @Nullable String externalId, String lookupKey) {
		Dossier dossier = new Dossier(id, code, agencyId, procedure, channel, applicant, at, externalId, lookupKey,
				DossierStatus.SUBMITTED);
		dossier.record(DossierAction.RECEIVE, at, by, null, channel == Channel.ONLINE ? "Nộp trực tuyến" : null, null,
				DossierStatus.SUBMITTED);
		return dossier;
	}

	/**
	 * A dossier received complete at the desk, by post, or accepted online in one step: it gets its appointment
	 * (Mẫu 01).
	 */
	public static Dossier receive(UUID id, String code, UUID agencyId, ProcedureRef procedure, Channel channel,
			Applicant applicant, OffsetDateTime at, OffsetDateTime appointmentAt, String by,
			@Nullable String externalId, String lookupKey) {
		Dossier dossier = new Dossier(id, code, agencyId, procedure, channel, applicant, at, externalId,
				lookupKey, DossierStatus.RECEIVED);
		dossier.receivedAt = at;
		dossier.appointmentAt = appointmentAt;
		dossier.firstAppointmentAt = appointmentAt;
		dossier.record(DossierAction.RECEIVE, at, by, null, null, null, DossierStatus.RECEIVED);
		return dossier;
	}

	/**
	 * Liên thông, bên nhận: a dossier forwarded by another agency whose papers follow by post. It waits for them
	 * ({@link DossierStatus#AWAITING_PAPERS}) with no receipt and no appointment yet: the law counts from the receipt
	 * of a complete dossier, so its leg of {@code legWorkingDays} starts when the papers arrive
	 * ({@link #receivePapers}).
	 */
	public static Dossier awaitingPapers(UUID id, String code, UUID agencyId, ProcedureRef procedure, Channel channel,
			Applicant applicant, OffsetDateTime at, String by, @Nullable String externalId, String lookupKey,
			PostalHandoff postal, int legWorkingDays) {
		Dossier dossier = new Dossier(id, code, agencyId, procedure, channel, applicant, at, externalId, lookupKey,
				DossierStatus.AWAITING_PAPERS);
		dossier.postalTracking = postal.trackingNumber();
		dossier.legWorkingDays = legWorkingDays;
		dossier.record(DossierAction.RECEIVE, at, by, null, null, null, DossierStatus.AWAITING_PAPERS, null, postal);
		return dossier;
	}

	/** Rebuilds a stored dossier; only the repository calls this. */
	static Dossier restore(UUID id, String code, UUID agencyId, ProcedureRef procedure, Channel channel,
			Applicant applicant, OffsetDateTime submittedAt, @Nullable String externalId, String lookupKey,
			List<DossierComponent> components, @Nullable String postalTracking, @Nullable String returnMethod,
			@Nullable String returnedTo, DossierStatus status,
			@Nullable DossierStatus resumeStatus, @Nullable OffsetDateTime receivedAt,
			@Nullable OffsetDateTime appointmentAt, @Nullable OffsetDateTime firstAppointmentAt,
			@Nullable OffsetDateTime completedAt, @Nullable OffsetDateTime returnedAt,
			@Nullable OffsetDateTime finishedAt, @Nullable OffsetDateTime closedAt, @Nullable String assignee,
			@Nullable String forwardedTo, boolean apologised, int supplementRequests, List<DossierEvent> history) {
		Dossier dossier = new Dossier(id, code, agencyId, procedure, channel, applicant, submittedAt, externalId,
				lookupKey, status);
		dossier.components = List.copyOf(components);
		dossier.postalTracking = postalTracking;
		dossier.returnMethod = returnMethod;
		dossier.returnedTo = returnedTo;
		dossier.resumeStatus = resumeStatus;
		dossier.receivedAt = receivedAt;
		dossier.appointmentAt = appointmentAt;
		dossier.firstAppointmentAt = firstAppointmentAt;
		dossier.completedAt = completedAt;
		dossier.returnedAt = returnedAt;
		dossier.finishedAt = finishedAt;
		dossier.closedAt = closedAt;
		dossier.assignee = assignee;
		dossier.forwardedTo = forwardedTo;
		dossier.apologised = apologised;
		dossier.supplementRequests = supplementRequests;
		dossier.history.addAll(history);
		dossier.storedEvents = history.size();
		dossier.componentsChanged = false;
		return dossier;
	}

	// ---- transitions -------------------------------------------------------------------------------------------

	/** The desk accepts an online dossier; the legal time runs from now. */
	public void accept(OffsetDateTime at, String by, OffsetDateTime appointment) {
		guard(DossierAction.ACCEPT, at);
		receivedAt = at;
		appointmentAt = appointment;
		firstAppointmentAt = appointment;
		record(DossierAction.ACCEPT, at, by, null, null, null, DossierStatus.RECEIVED);
	}

	/** Mẫu 02 at intake (the dossier is not received yet, so no rule on timing applies). */
	public void requestSupplement(OffsetDateTime at, String by, String reason) {
		requestSupplement(at, by, reason, null, null);
	}

	/**
	 * Mẫu 02: the dossier is incomplete; the legal clock stops until the supplement arrives. After receipt the law
	 * allows one complete request within 03 working days (Decree 61 Art. 19.4, "một lần đầy đủ"): a second request,
	 * or one after {@code requestDeadline}, needs an {@code overrideReason}, is kept as a violation and does not stop
	 * the clock ({@link TimelinessModel}).
	 * @param requestDeadline 03 working days after receipt, computed by the caller's calendar
	 */
	public void requestSupplement(OffsetDateTime at, String by, String reason, @Nullable String overrideReason,
			@Nullable OffsetDateTime requestDeadline) {
		guard(DossierAction.REQUEST_SUPPLEMENT, at);
		requireReason(reason);
		String override = null;
		if (receivedAt != null) {
			long earlier = history.stream()
				.filter(e -> e.action() == DossierAction.REQUEST_SUPPLEMENT && !e.at().isBefore(receivedAt))
				.count();
			boolean late = requestDeadline != null && at.isAfter(requestDeadline);
			if (earlier > 0 || late) {
				if (overrideReason == null || overrideReason.isBlank()) {
					throw new InvalidInputException("overrideReason", earlier > 0
							? "Hồ sơ đã được yêu cầu bổ sung một lần; yêu cầu lần nữa phải ghi rõ lý do vượt quy định"
							: "Đã quá 03 ngày làm việc kể từ ngày tiếp nhận; yêu cầu bổ sung phải ghi rõ lý do vượt quy định");
				}
				override = overrideReason.strip();
			}
		}
		resumeStatus = status;
		supplementRequests++;
		record(DossierAction.REQUEST_SUPPLEMENT, at, by, reason, null, null, DossierStatus.AWAITING_SUPPLEMENT,
				override);
	}

	/**
	 * The complete dossier has arrived: the legal time restarts from zero (Decree 61 Art. 19.4), so the caller hands
	 * in the appointment computed from {@code at}. A dossier asked to supplement at intake is received now.
	 */
	public void supplementReceived(OffsetDateTime at, String by, OffsetDateTime newAppointment) {
		guard(DossierAction.SUPPLEMENT_RECEIVED, at);
		DossierStatus back = resumeStatus == null || resumeStatus == DossierStatus.SUBMITTED ? DossierStatus.RECEIVED
				: resumeStatus;
		if (receivedAt == null) {
			receivedAt = at;
			firstAppointmentAt = newAppointment;
		}
		appointmentAt = newAppointment;
		resumeStatus = null;
		record(DossierAction.SUPPLEMENT_RECEIVED, at, by, null, null, null, back);
	}

	/** Mẫu 03: refused at intake (an online dossier not yet received) or after appraisal. */
	public void refuse(OffsetDateTime at, String by, String reason) {
		guard(DossierAction.REFUSE, at);
		requireReason(reason);
		boolean atIntake = status == DossierStatus.SUBMITTED;
		finishedAt = atIntake ? null : at;
		closedAt = at;
		record(DossierAction.REFUSE, at, by, reason, null, null,
				atIntake ? DossierStatus.REFUSED_AT_INTAKE : DossierStatus.REFUSED);
	}

	/** A head gives the dossier to a processing officer (again, to reassign). */
	public void assign(OffsetDateTime at, String by, String officer) {
		guard(DossierAction.ASSIGN, at);
		if (officer == null || officer.isBlank()) {
			throw new InvalidInputException("assignee", "Cần chọn chuyên viên được phân công");
		}
		assignee = officer;
		record(DossierAction.ASSIGN, at, by, null, null, officer, DossierStatus.ASSIGNED);
	}

	/** The officer submits the appraisal for approval. */
	public void submit(OffsetDateTime at, String by, @Nullable String note) {
		guard(DossierAction.SUBMIT, at);
		record(DossierAction.SUBMIT, at, by, null, note, null, DossierStatus.AWAITING_APPROVAL);
	}

	public void approve(OffsetDateTime at, String by, @Nullable String note) {
		guard(DossierAction.APPROVE, at);
		record(DossierAction.APPROVE, at, by, null, note, null, DossierStatus.APPROVED);
	}

	public void sendBack(OffsetDateTime at, String by, String reason) {
		guard(DossierAction.SEND_BACK, at);
		requireReason(reason);
		record(DossierAction.SEND_BACK, at, by, reason, null, null, DossierStatus.ASSIGNED);
	}

	/**
	 * Mẫu 04: the agency apologises and gives a new appointment, once per dossier (Decree 61 Art. 19.9), before the
	 * current appointment has passed.
	 */
	public void apologise(OffsetDateTime at, String by, String reason, OffsetDateTime newAppointment) {
		guard(DossierAction.APOLOGISE, at);
		requireReason(reason);
		if (apologised) {
			throw new ConflictException("Hồ sơ " + code + " đã được xin lỗi và hẹn lại một lần; không được hẹn lại lần nữa",
					status.name());
		}
		if (appointmentAt != null && at.isAfter(appointmentAt)) {
			throw new ConflictException("Đã quá ngày hẹn trả của hồ sơ " + code
					+ "; phiếu xin lỗi phải gửi trước ngày hẹn", status.name());
		}
		if (newAppointment == null || (appointmentAt != null && !newAppointment.isAfter(appointmentAt))) {
			throw new InvalidInputException("newAppointmentAt", "Ngày hẹn mới phải sau ngày hẹn hiện tại");
		}
		apologised = true;
		appointmentAt = newAppointment;
		record(DossierAction.APOLOGISE, at, by, reason, null, null, status);
	}

	/** The result is ready (or came back from the agency it was forwarded to). */
	public void complete(OffsetDateTime at, String by, @Nullable String note) {
		complete(at, by, note, null);
	}

	/** The result is ready, with its digitised copy (kết quả số hóa) when there is one. */
	public void complete(OffsetDateTime at, String by, @Nullable String note, @Nullable UUID resultFile) {
		complete(at, by, note, resultFile, null);
	}

	/**
	 * The result is ready, with its file and how it was made: {@code ELECTRONIC} (issued as an electronically signed
	 * file, kết quả điện tử) or {@code SCANNED} (a paper result scanned, kết quả số hóa; the default for a file).
	 */
	public void complete(OffsetDateTime at, String by, @Nullable String note, @Nullable UUID resultFile,
			@Nullable String form) {
		guard(DossierAction.COMPLETE, at);
		if (resultFile == null && form != null) {
			throw new InvalidInputException("resultForm", "Chỉ ghi hình thức kết quả khi có tệp kết quả");
		}
		resultFileId = resultFile;
		resultForm = resultFile == null ? null : resultForm(form);
		completedAt = at;
		finishedAt = at;
		closedAt = at;
		record(DossierAction.COMPLETE, at, by, null, note, null, DossierStatus.COMPLETED);
	}

	/**
	 * The result is handed over at the desk or sent by post, to whom; a fee that applies must have been paid.
	 * @param method {@code DESK} or {@code POST}
	 */
	public void returnResult(OffsetDateTime at, String by, @Nullable String note, boolean feeSettled,
			@Nullable String method, @Nullable String recipient) {
		guard(DossierAction.RETURN_RESULT, at);
		if (!feeSettled) {
			throw new ConflictException("Hồ sơ " + code + " chưa nộp đủ phí, lệ phí; chưa thể trả kết quả",
					status.name());
		}
		returnedAt = at;
		returnMethod = method == null ? "DESK" : method;
		returnedTo = recipient == null || recipient.isBlank() ? applicant.fullName() : recipient;
		record(DossierAction.RETURN_RESULT, at, by, null, note, null, DossierStatus.RETURNED);
	}

	public void withdraw(OffsetDateTime at, String by, @Nullable String reason) {
		guard(DossierAction.WITHDRAW, at);
		closedAt = at;
		record(DossierAction.WITHDRAW, at, by, reason, null, null, DossierStatus.WITHDRAWN);
	}

	public void stop(OffsetDateTime at, String by, String reason) {
		guard(DossierAction.STOP, at);
		requireReason(reason);
		finishedAt = at;
		closedAt = at;
		record(DossierAction.STOP, at, by, reason, null, null, DossierStatus.STOPPED);
	}

	/** Liên thông: the dossier goes to another agency, whose result comes back to this desk. */
	public void forward(OffsetDateTime at, String by, String agency, @Nullable String note) {
		forward(at, by, agency, note, null);
	}

	/**
	 * Liên thông with the papers sent by post ({@code postal}, when they are): the day posted may not be before this
	 * dossier's receipt nor after the day of the step.
	 */
	public void forward(OffsetDateTime at, String by, String agency, @Nullable String note,
			@Nullable PostalHandoff postal) {
		guard(DossierAction.FORWARD, at);
		if (agency == null || agency.isBlank()) {
			throw new InvalidInputException("agencyCode", "Cần chọn cơ quan nhận hồ sơ liên thông");
		}
		if (postal != null) {
			if (postal.sentOn().isAfter(day(at))) {
				throw new InvalidInputException("postal.sentOn", "Ngày gửi bưu chính không được sau hôm nay");
			}
			if (receivedAt != null && postal.sentOn().isBefore(day(receivedAt))) {
				throw new InvalidInputException("postal.sentOn", "Ngày gửi bưu chính không được trước ngày tiếp nhận hồ sơ ("
						+ day(receivedAt).format(DAY) + ")");
			}
		}
		forwardedTo = agency;
		record(DossierAction.FORWARD, at, by, null, note, agency, DossierStatus.FORWARDED, null, postal);
	}

	/**
	 * Liên thông, bên nhận: the moment the leg starts when the papers posted to this agency arrived on
	 * {@code receivedOn}. The law counts from the receipt of a complete dossier, that is of the electronic message and
	 * the papers: the later of the two. Papers recorded as arrived today arrived now; on an earlier day, at its start
	 * (before the 15:00 cut-off, so the count starts the next working day, as for any hour before the cut-off). The
	 * day may not be in the future nor before the day they were posted.
	 */
	public OffsetDateTime paperReceipt(@Nullable LocalDate receivedOn, OffsetDateTime now) {
		LocalDate today = day(now);
		LocalDate on = receivedOn == null ? today : receivedOn;
		if (on.isAfter(today)) {
			throw new InvalidInputException("receivedOn", "Ngày nhận hồ sơ giấy không được sau hôm nay");
		}
		PostalHandoff postal = postalHandoff();
		if (postal != null && on.isBefore(postal.sentOn())) {
			throw new InvalidInputException("receivedOn", "Ngày nhận hồ sơ giấy không được trước ngày gửi bưu chính ("
					+ postal.sentOn().format(DAY) + ")");
		}
		OffsetDateTime moment = on.equals(today) ? now : on.atStartOfDay(ZONE).toOffsetDateTime();
		return moment.isBefore(submittedAt) ? submittedAt : moment;
	}

	/**
	 * Liên thông, bên nhận: the papers posted to this agency arrived ({@code at}, from {@link #paperReceipt}); the
	 * dossier is received now and its leg runs to {@code appointment}.
	 */
	public void receivePapers(OffsetDateTime at, String by, OffsetDateTime appointment) {
		guard(DossierAction.POSTAL_RECEIVED, at);
		PostalHandoff postal = postalHandoff();
		receivedAt = at;
		appointmentAt = appointment;
		firstAppointmentAt = appointment;
		record(DossierAction.POSTAL_RECEIVED, at, by, null, null, null, DossierStatus.RECEIVED, null,
				postal == null ? null : postal.received(day(at)));
	}

	/** The latest paper hand-off by post this dossier's history records, with its arrival once recorded. */
	public @Nullable PostalHandoff postalHandoff() {
		for (int i = history.size() - 1; i >= 0; i--) {
			if (history.get(i).postal() != null) {
				return history.get(i).postal();
			}
		}
		return null;
	}

	/** The working days of this agency's leg of a liên thông (linked dossiers only). */
	public @Nullable Integer legWorkingDays() {
		return legWorkingDays;
	}

	void restoreLegWorkingDays(@Nullable Integer days) {
		legWorkingDays = days;
	}

	/** Sets this agency's leg of a liên thông (a linked dossier received at once). */
	void recordLegWorkingDays(int days) {
		legWorkingDays = days;
		pending.replaceAll(t -> new DossierTransitioned(t.dossierId(), t.code(), t.agencyId(), t.action(), t.from(),
				t.to(), t.at(), t.by(), true));
	}

	private static LocalDate day(OffsetDateTime at) {
		return at.atZoneSameInstant(ZONE).toLocalDate();
	}

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

	// ---- derived -----------------------------------------------------------------------------------------------

	/**
	 * The steps a person with these roles may take now, in the order of {@link DossierAction}: the state allows it,
	 * one of the roles may take it (a system administrator takes every step), and its own rule holds now (Mẫu 04 only
	 * once and before the appointment has passed). The pages offer exactly these; the transitions check the same.
	 */
	public List<DossierAction> nextSteps(java.util.Collection<String> roles, OffsetDateTime now) {
		boolean admin = roles.contains(vn.motcua.shared.Roles.SYSTEM_ADMIN);
		return java.util.Arrays.stream(DossierAction.values())
			.filter(a -> a != DossierAction.RECEIVE && a.allowedFrom(status))
			.filter(a -> admin || a.roles().stream().anyMatch(roles::contains))
			.filter(a -> a != DossierAction.APOLOGISE || mayApologise(now))
			.toList();
	}

	/** Mẫu 04 is possible once per dossier and only before the current appointment has passed. */
	private boolean mayApologise(OffsetDateTime now) {
		return !apologised && (appointmentAt == null || !now.isAfter(appointmentAt));
	}

	/**
	 * The verdict of {@link TimelinessModel} on {@code asOf}: early / on time / late once ended, in time / overdue
	 * while open; {@code null} for dossiers never received, which have no deadline to meet.
	 */
	public @Nullable Timeliness timeliness(LocalDate asOf) {
		return TimelinessModel.verdict(this, asOf).timeliness();
	}

	/**
	 * Gives the dossier its code when it is stored ({@link vn.motcua.shared.workflow.DailyNumbers#LATE}: history
	 * import replays every row before it numbers any); the events not yet published carry the code.
	 */
	void assignCode(String code) {
		this.code = code;
		pending.replaceAll(t -> new DossierTransitioned(t.dossierId(), code, t.agencyId(), t.action(), t.from(), t.to(),
				t.at(), t.by(), t.linked()));
	}

	/** The events to publish since the last save; clears them. */
	List<DossierTransitioned> drainTransitions() {
		List<DossierTransitioned> events = List.copyOf(pending);
		pending.clear();
		return events;
	}

	private void guard(DossierAction action, OffsetDateTime at) {
		if (!action.allowedFrom(status)) {
			throw new ConflictException("Không thể thực hiện \"" + action.label() + "\" khi hồ sơ " + code
					+ " đang ở trạng thái \"" + status.label() + "\"", status.name());
		}
		if (at == null) {
			throw new InvalidInputException("at", "Thiếu thời điểm thực hiện");
		}
		if (!history.isEmpty() && at.isBefore(history.get(history.size() - 1).at())) {
			throw new InvalidInputException("at", "Thời điểm " + at + " sớm hơn bước trước của hồ sơ ("
					+ history.get(history.size() - 1).at() + ")");
		}
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Cần nêu lý do");
		}
	}

	private void record(DossierAction action, OffsetDateTime at, String by, @Nullable String reason,
			@Nullable String note, @Nullable String target, DossierStatus to) {
		record(action, at, by, reason, note, target, to, null);
	}

	private void record(DossierAction action, OffsetDateTime at, String by, @Nullable String reason,
			@Nullable String note, @Nullable String target, DossierStatus to, @Nullable String overrideReason) {
		record(action, at, by, reason, note, target, to, overrideReason, null);
	}

	private void record(DossierAction action, OffsetDateTime at, String by, @Nullable String reason,
			@Nullable String note, @Nullable String target, DossierStatus to, @Nullable String overrideReason,
			@Nullable PostalHandoff postal) {
		DossierStatus from = history.isEmpty() ? to : status;
		history.add(new DossierEvent(history.size() + 1, action, at, by, reason, note, target, from, to,
				appointmentAt, overrideReason, postal));
		pending.add(new DossierTransitioned(id, code, agencyId, action, from, to, at, by, legWorkingDays != null));
		status = to;
	}

	// ---- accessors ---------------------------------------------------------------------------------------------

	public UUID id() {
		return id;
	}

	public String code() {
		return code;
	}

	public UUID agencyId() {
		return agencyId;
	}

	public ProcedureRef procedure() {
		return procedure;
	}

	public String lookupKey() {
		return lookupKey;
	}

	public List<DossierComponent> components() {
		if (componentLoader != null) {
			components = List.copyOf(componentLoader.get());
			componentLoader = null;
		}
		return components;
	}

	/** The papers are read from the database the first time they are needed (most actions never need them). */
	void loadComponentsLazily(java.util.function.Supplier<List<DossierComponent>> loader) {
		componentLoader = loader;
	}

	/** Sets the papers as ticked at intake (or corrected while the dossier is open). */
	public void recordComponents(List<DossierComponent> received) {
		if (status.isFinal()) {
			throw new ConflictException("Hồ sơ " + code + " đã kết thúc; không sửa được thành phần", status.name());
		}
		components = List.copyOf(received);
		componentLoader = null;
		componentsChanged = true;
	}

	/**
	 * Digitises one paper, at intake or later ("số hóa bổ sung", Decree 107/2021), also after the dossier ended: the
	 * files are added and the paper counts as digitised; {@code reused} when they were taken from the applicant's
	 * earlier digitised papers.
	 */
	public void digitise(String componentCode, List<UUID> files, boolean reused) {
		if (files == null || files.isEmpty()) {
			throw new InvalidInputException("fileIds", "Cần ít nhất một tệp bản số hóa");
		}
		List<DossierComponent> papers = new ArrayList<>(components());
		int at = -1;
		for (int i = 0; i < papers.size(); i++) {
			if (papers.get(i).code().equals(componentCode)) {
				at = i;
			}
		}
		if (at < 0) {
			throw new InvalidInputException("componentCode", "Hồ sơ " + code + " không có thành phần " + componentCode);
		}
		DossierComponent paper = papers.get(at);
		List<UUID> all = new ArrayList<>(paper.fileIds());
		files.stream().filter(f -> !all.contains(f)).forEach(all::add);
		papers.set(at, new DossierComponent(paper.code(), paper.name(), paper.required(), paper.original(),
				paper.copies(), all, true, paper.reused() || reused));
		components = List.copyOf(papers);
		componentLoader = null;
		componentsChanged = true;
	}

	public @Nullable String postalTracking() {
		return postalTracking;
	}

	/** The postal tracking number of a dossier received by post. */
	public void recordPostalTracking(@Nullable String tracking) {
		postalTracking = tracking;
	}

	public @Nullable String returnMethod() {
		return returnMethod;
	}

	public @Nullable String returnedTo() {
		return returnedTo;
	}

	/** The digitised result (kết quả điện tử / số hóa), if stored. */
	public @Nullable UUID resultFileId() {
		return resultFileId;
	}

	void restoreResultFile(@Nullable UUID file) {
		resultFileId = file;
	}

	/** How the result file was made: {@code ELECTRONIC}, {@code SCANNED}, or {@code null} without a file. */
	public @Nullable String resultForm() {
		return resultFileId == null ? null : resultForm == null ? RESULT_SCANNED : resultForm;
	}

	void restoreResultForm(@Nullable String form) {
		resultForm = form;
	}

	/** A result issued as an electronically signed file (kết quả điện tử). */
	public static final String RESULT_ELECTRONIC = "ELECTRONIC";

	/** A paper result scanned (kết quả giấy được số hóa). */
	public static final String RESULT_SCANNED = "SCANNED";

	/**
	 * Digitises the result after completion (số hóa kết quả): the file of the result, issued electronically or a scan
	 * of the paper one. Only once there is a result (completed or returned).
	 */
	public void digitiseResult(UUID file, @Nullable String form) {
		if (status != DossierStatus.COMPLETED && status != DossierStatus.RETURNED) {
			throw new ConflictException("Hồ sơ " + code + " chưa có kết quả để số hóa", status.name());
		}
		resultFileId = file;
		resultForm = resultForm(form);
	}

	private static String resultForm(@Nullable String form) {
		if (form == null || form.isBlank()) {
			return RESULT_SCANNED;
		}
		if (!RESULT_ELECTRONIC.equals(form) && !RESULT_SCANNED.equals(form)) {
			throw new InvalidInputException("resultForm", "Hình thức kết quả phải là ELECTRONIC hoặc SCANNED");
		}
		return form;
	}

	public Channel channel() {
		return channel;
	}

	public Applicant applicant() {
		return applicant;
	}

	public OffsetDateTime submittedAt() {
		return submittedAt;
	}

	public @Nullable String externalId() {
		return externalId;
	}

	public DossierStatus status() {
		return status;
	}

	public @Nullable DossierStatus resumeStatus() {
		return resumeStatus;
	}

	public @Nullable OffsetDateTime receivedAt() {
		return receivedAt;
	}

	public @Nullable OffsetDateTime appointmentAt() {
		return appointmentAt;
	}

	public @Nullable OffsetDateTime firstAppointmentAt() {
		return firstAppointmentAt;
	}

	public @Nullable OffsetDateTime completedAt() {
		return completedAt;
	}

	public @Nullable OffsetDateTime returnedAt() {
		return returnedAt;
	}

	public @Nullable OffsetDateTime finishedAt() {
		return finishedAt;
	}

	/** When the dossier left the desk's work: resolved, withdrawn, or refused at intake. */
	public @Nullable OffsetDateTime closedAt() {
		return closedAt;
	}

	public @Nullable String assignee() {
		return assignee;
	}

	public @Nullable String forwardedTo() {
		return forwardedTo;
	}

	public boolean apologised() {
		return apologised;
	}

	public int supplementRequests() {
		return supplementRequests;
	}

	public List<DossierEvent> history() {
		return Collections.unmodifiableList(history);
	}

	/** Optimistic-lock version; -1 before the first save. */
	int version() {
		return version;
	}

	void version(int stored) {
		version = stored;
	}

	/** How many history steps are already stored; later ones are new. */
	int storedEvents() {
		return storedEvents;
	}

	/** Whether the papers changed since the dossier was loaded. */
	boolean componentsChanged() {
		return componentsChanged;
	}

	/** After a save: everything is stored. */
	void markStored() {
		storedEvents = history.size();
		componentsChanged = false;
	}
}
