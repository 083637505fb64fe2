package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditLog;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.document.FileStore;
import vn.motcua.dossier.DossierCommands.ActionCommand;
import vn.motcua.dossier.DossierCommands.ApplicantData;
import vn.motcua.dossier.DossierCommands.ComponentData;
import vn.motcua.dossier.DossierCommands.History;
import vn.motcua.dossier.DossierCommands.HistoryEvent;
import vn.motcua.dossier.DossierCommands.IntakeCommand;
import vn.motcua.dossier.DossierCommands.LinkedIntake;
import vn.motcua.dossier.DossierCommands.PaymentCommand;
import vn.motcua.dossier.Dossiers.Payment;
import vn.motcua.dossier.ProcedureDirectory.PaperTerm;
import vn.motcua.dossier.ProcedureDirectory.ProcedureTerms;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.Agency;
import vn.motcua.identity.StaffDirectory;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
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
 * The one-stop desk and the processing workflow: intake on every channel, actions on the dossier state machine,
 * payments, history import. Every operation checks the role for the action and the caller's agency; deadlines come
 * from the working calendar and the procedure version in force at receipt.
 */
@Service
public class DossierManagement {

	private final Dossiers dossiers;

	private final ProcedureDirectory procedures;

	private final CalendarManagement calendar;

	private final AgencyDirectory agencies;

	private final StaffDirectory users;

	private final CurrentActor actor;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final FileStore files;

	DossierManagement(Dossiers dossiers, ProcedureDirectory procedures, CalendarManagement calendar, AgencyDirectory agencies,
			StaffDirectory users, CurrentActor actor, AuditLog audit, ApplicationEventPublisher events, Clock clock,
			FileStore files) {
		this.files = files;
		this.dossiers = dossiers;
		this.procedures = procedures;
		this.calendar = calendar;
		this.agencies = agencies;
		this.users = users;
		this.actor = actor;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	// ---- intake ------------------------------------------------------------------------------------------------

	/**
	 * A dossier handed in at the desk, by post, or pushed by an online portal after its own acceptance. The desk's
	 * decision ({@link IntakeCommand#outcome()}) gives Mẫu 01, 02 or 03.
	 */
	@PreAuthorize(Roles.INTAKE)
	@Transactional
	public Dossier intake(IntakeCommand command) {
		OffsetDateTime now = now();
		Channel channel = channel(command.channel(), "channel");
		ProcedureTerms terms = procedureInForce(command.procedureCode(), now.toLocalDate(), "procedureCode");
		requireVisible(terms.agencyId());
		Applicant applicant = applicant(command.applicant(), "applicant");
		IntakeOutcome outcome = command.outcome() == null ? IntakeOutcome.ACCEPT
				: EnumInput.parse(IntakeOutcome.class, command.outcome(), "outcome", "Kết quả tiếp nhận");
		List<DossierComponent> components = components(command.components(), terms, "components",
				outcome == IntakeOutcome.ACCEPT);
		requireFiles(components, "components");
		if (command.externalId() != null) {
			Optional<Dossier> existing = dossiers.findByExternalId(terms.agencyId(), command.externalId());
			if (existing.isPresent()) {
				return existing.get();
			}
		}
		String by = actor.username();
		String code = nextCode(terms.agencyId(), now.toLocalDate());
		Dossier dossier = switch (outcome) {
			case ACCEPT -> Dossier.receive(UUID.randomUUID(), code, terms.agencyId(), terms.ref(), channel,
					applicant, now, deadline(now, terms.ref()), by, command.externalId(), LookupKeys.newKey());
			case INCOMPLETE -> {
				Dossier submitted = Dossier.handedIn(UUID.randomUUID(), code, terms.agencyId(), terms.ref(),
						channel, applicant, now, by, command.externalId(), LookupKeys.newKey());
				submitted.requestSupplement(now, by, command.reason());
				yield submitted;
			}
			case REFUSE -> {
				Dossier submitted = Dossier.handedIn(UUID.randomUUID(), code, terms.agencyId(), terms.ref(),
						channel, applicant, now, by, command.externalId(), LookupKeys.newKey());
				submitted.refuse(now, by, command.reason());
				yield submitted;
			}
		};
		dossier.recordComponents(components);
		dossier.recordPostalTracking(blankToNull(VietnameseText.clean(command.postalTracking())));
		if (channel == Channel.POSTAL && blank(command.postalTracking()) && outcome == IntakeOutcome.ACCEPT) {
			throw new InvalidInputException("postalTracking", "Hồ sơ qua bưu chính cần số hiệu bưu gửi");
		}
		store(dossier, "INTAKE");
		return dossier;
	}

	/**
	 * A desk intake with the papers scanned at the counter, in one transaction: each upload is stored for the
	 * procedure's agency and attached to its paper (which counts as handed in).
	 */
	@PreAuthorize(Roles.INTAKE)
	@Transactional
	public Dossier intakeWithScans(IntakeCommand command, Map<String, Upload> scans) {
		if (scans.isEmpty()) {
			return intake(command);
		}
		ProcedureTerms terms = procedureInForce(command.procedureCode(), now().toLocalDate(), "procedureCode");
		requireVisible(terms.agencyId());
		List<ComponentData> papers = new ArrayList<>(command.components() == null ? List.of() : command.components());
		for (Map.Entry<String, Upload> scan : scans.entrySet()) {
			UUID file = files.store(scan.getValue().content(), scan.getValue().name(), terms.agencyId()).id();
			int at = -1;
			for (int i = 0; i < papers.size(); i++) {
				if (papers.get(i).code().equalsIgnoreCase(scan.getKey())) {
					at = i;
				}
			}
			ComponentData before = at < 0 ? new ComponentData(scan.getKey(), false, 1, List.of(), null, null)
					: papers.get(at);
			List<UUID> ids = new ArrayList<>(before.fileIds() == null ? List.of() : before.fileIds());
			ids.add(file);
			ComponentData after = new ComponentData(before.code(), before.original(), before.copies(), ids, true,
					before.reused());
			if (at < 0) {
				papers.add(after);
			}
			else {
				papers.set(at, after);
			}
		}
		return intake(new IntakeCommand(command.procedureCode(), command.channel(), command.applicant(), papers,
				command.postalTracking(), command.externalId(), command.outcome(), command.reason()));
	}

	/**
	 * A scan or electronic copy of one paper, attached by staff to an open dossier (at the desk or later); a paper
	 * not yet handed in is added as one copy.
	 */
	@PreAuthorize(Roles.DOSSIER_HANDLERS)
	@Transactional
	public Dossier attachPaper(String code, String paperCode, Upload scan) {
		Dossier dossier = visible(code);
		UUID file = files.store(scan.content(), scan.name(), dossier.agencyId()).id();
		dossier.recordComponents(withFile(dossier, paperCode, file, "paperCode"));
		store(dossier, "ATTACH_PAPER");
		return dossier;
	}

	/** The papers of a dossier with one more file on one of them (added if missing, from the procedure version). */
	List<DossierComponent> withFile(Dossier dossier, String paperCode, UUID file, String field) {
		PaperTerm paper = papersOf(dossier)
			.stream()
			.filter(p -> p.code().equalsIgnoreCase(paperCode == null ? "" : paperCode.trim()))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(field,
					"Thủ tục " + dossier.procedure().code() + " không có thành phần " + paperCode));
		List<DossierComponent> papers = new ArrayList<>();
		boolean found = false;
		for (DossierComponent c : dossier.components()) {
			if (c.code().equalsIgnoreCase(paper.code())) {
				List<UUID> ids = new ArrayList<>(c.fileIds());
				ids.add(file);
				papers.add(new DossierComponent(c.code(), c.name(), c.required(), c.original(), Math.max(1, c.copies()),
						ids, true, c.reused()));
				found = true;
			}
			else {
				papers.add(c);
			}
		}
		if (!found) {
			papers.add(new DossierComponent(paper.code(), paper.name(), paper.required(), false, 1, List.of(file), true,
					false));
		}
		return papers;
	}

	/** A file of a dossier the caller may see: one of its papers' scans or its digitised result; 404 otherwise. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public DossierFile file(String code, UUID fileId) {
		Dossier dossier = visible(code);
		boolean belongs = fileId.equals(dossier.resultFileId())
				|| dossier.components().stream().anyMatch(c -> c.fileIds().contains(fileId));
		if (!belongs) {
			throw new NotFoundException("Hồ sơ " + code + " không có tệp " + fileId);
		}
		var stored = files.get(fileId);
		return new DossierFile(stored.name(), stored.mediaType(), stored.size(), () -> files.open(fileId));
	}

	/**
	 * A citizen's supplement sent online with the code and key of a dossier waiting for it (Mẫu 02): the files are
	 * attached to their papers, all or nothing; the desk then checks them and records "Nhận hồ sơ bổ sung".
	 */
	@Transactional
	@NoRoleRequired("citizens without sign-in: guarded by the dossier code and lookup key")
	public Dossier supplementOnline(String code, @Nullable String key, Map<String, Upload> uploads) {
		Dossier dossier = dossiers.findByCode(code == null ? "" : code.trim())
			.filter(d -> LookupKeys.matches(d.lookupKey(), key))
			.orElseThrow(() -> new NotFoundException("Không tìm thấy hồ sơ với mã và mã tra cứu đã nhập"));
		if (dossier.status() != DossierStatus.AWAITING_SUPPLEMENT) {
			throw new ConflictException("Hồ sơ " + dossier.code() + " không ở trạng thái chờ bổ sung",
					dossier.status().name());
		}
		if (uploads.isEmpty()) {
			throw new InvalidInputException("files", "Chọn ít nhất một tệp để bổ sung");
		}
		for (Map.Entry<String, Upload> upload : uploads.entrySet()) {
			UUID file = files.uploadForAgency(upload.getValue().content(), upload.getValue().name(),
					dossier.agencyId()).id();
			dossier.recordComponents(withFile(dossier, upload.getKey(), file, "file_" + upload.getKey()));
		}
		store(dossier, "SUPPLEMENT_ONLINE");
		return dossier;
	}

	/** A file to send to the browser; {@code content} opens it (the caller closes the stream). */
	public record DossierFile(String name, String mediaType, long size,
			java.util.function.Supplier<java.io.InputStream> content) {
	}

	/** A citizen's online submission from the public site: it waits for the desk to accept it (status 1). */
	@Transactional
	@NoRoleRequired("citizens without sign-in: online submission, rate-limited by the web layer")
	public Dossier submitOnline(String procedureCode, ApplicantData applicantData, List<ComponentData> papers) {
		OffsetDateTime now = now();
		ProcedureTerms terms = procedureInForce(procedureCode, now.toLocalDate(), "procedureCode");
		if (applicantData != null && blank(applicantData.phone()) && blank(applicantData.email())) {
			throw new InvalidInputException("applicant.phone", "Cần số điện thoại hoặc thư điện tử để liên hệ");
		}
		Applicant applicant = applicant(applicantData, "applicant");
		List<DossierComponent> components = components(papers, terms, "components", false);
		Dossier dossier = Dossier.submitOnline(UUID.randomUUID(), nextCode(terms.agencyId(), now.toLocalDate()),
				terms.agencyId(), terms.ref(), applicant, now, "cong-dan", null, LookupKeys.newKey());
		dossier.recordComponents(components);
		store(dossier, "SUBMIT_ONLINE");
		return dossier;
	}

	// ---- actions -----------------------------------------------------------------------------------------------

	/** Takes an action on a dossier now; 409 naming the state when the state forbids it. */
	@PreAuthorize(Roles.STAFF)
	@Transactional
	public Dossier act(String code, ActionCommand command) {
		Dossier dossier = visible(code);
		DossierAction action = action(command.action(), "action");
		if (action == DossierAction.RECEIVE) {
			throw new InvalidInputException("action", "RECEIVE chỉ dùng khi nhập lịch sử hồ sơ");
		}
		if (!actor.hasRole(Roles.SYSTEM_ADMIN) && action.roles().stream().noneMatch(actor::hasRole)) {
			throw new ForbiddenException("Vai trò của bạn không được thực hiện \"" + action.label() + "\"");
		}
		if (command.postal() != null && action != DossierAction.FORWARD) {
			throw new InvalidInputException("postal", "Chỉ ghi bưu gửi khi chuyển liên thông (FORWARD)");
		}
		if (command.receivedOn() != null && action != DossierAction.POSTAL_RECEIVED) {
			throw new InvalidInputException("receivedOn", "Chỉ ghi ngày nhận khi nhận hồ sơ giấy qua bưu chính (POSTAL_RECEIVED)");
		}
		if (command.resultForm() != null && command.resultFileId() == null) {
			throw new InvalidInputException("resultForm", "Chỉ ghi hình thức kết quả khi gắn tệp kết quả");
		}
		if (command.resultFileId() != null) {
			if (action != DossierAction.COMPLETE) {
				throw new InvalidInputException("resultFileId", "Chỉ gắn tệp kết quả khi hoàn thành hồ sơ");
			}
			try {
				files.get(command.resultFileId());
			}
			catch (NotFoundException ex) {
				throw new InvalidInputException("resultFileId", "Không có tệp " + command.resultFileId());
			}
		}
		OffsetDateTime now = now();
		if (action == DossierAction.POSTAL_RECEIVED) {
			OffsetDateTime receipt = dossier.paperReceipt(command.receivedOn(), now);
			Integer legDays = dossier.legWorkingDays();
			dossier.receivePapers(receipt, actor.username(), legDays == null ? deadline(receipt, dossier.procedure())
					: calendar.deadline(receipt, WorkingDuration.workingDays(legDays)));
		}
		else {
			PostalHandoff postal = command.postal() == null ? null
					: PostalHandoff.sent(command.postal().trackingNumber(), command.postal().sentOn(),
							now.toLocalDate(), "postal");
			apply(dossier, action, now, actor.username(), command.reason(), command.note(), command.assignee(),
					command.agencyCode(), command.newAppointmentAt(), command.returnMethod(), command.returnedTo(),
					command.overrideReason(), postal, false);
		}
		if (command.resultFileId() != null) {
			dossier.digitiseResult(command.resultFileId(), command.resultForm());
		}
		store(dossier, action.name());
		return dossier;
	}

	/**
	 * Digitises the result of a completed or returned dossier (số hóa kết quả): the file and whether it is the result
	 * issued electronically ({@code ELECTRONIC}) or a scan of the paper result ({@code SCANNED}).
	 */
	@PreAuthorize(Roles.STAFF)
	@Transactional
	public Dossier digitiseResult(String code, UUID fileId, @Nullable String form) {
		Dossier dossier = visible(code);
		try {
			files.get(fileId);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException("fileId", "Không có tệp " + fileId);
		}
		dossier.digitiseResult(fileId, form);
		store(dossier, "DIGITISE_RESULT");
		return dossier;
	}

	/** {@link #digitiseResult} with the file uploaded in the same transaction (the dossier page). */
	@PreAuthorize(Roles.STAFF)
	@Transactional
	public Dossier digitiseResult(String code, Upload upload, @Nullable String form) {
		Dossier dossier = visible(code);
		UUID file = files.uploadForAgency(upload.content(), upload.name(), dossier.agencyId()).id();
		return digitiseResult(code, file, form);
	}

	/** An action with the digitised result uploaded in the same transaction (page form of COMPLETE). */
	@PreAuthorize(Roles.STAFF)
	@Transactional
	public Dossier actWithResult(String code, ActionCommand command, @Nullable Upload result) {
		if (result == null) {
			return act(code, command);
		}
		UUID file = files.upload(result.content(), result.name()).id();
		return act(code, new ActionCommand(command.action(), command.reason(), command.note(), command.assignee(),
				command.agencyCode(), command.newAppointmentAt(), command.returnMethod(), command.returnedTo(), file,
				command.overrideReason(), command.resultForm()));
	}

	/** Records a fee payment; the receipt number is generated. */
	@PreAuthorize(Roles.INTAKE)
	@Transactional
	public Payment pay(String code, PaymentCommand command) {
		Dossier dossier = visible(code);
		String method = command.method() == null ? "" : command.method().trim().toUpperCase(Locale.ROOT);
		if (!List.of("CASH", "BANK", "ONLINE").contains(method)) {
			throw new InvalidInputException("method", "Hình thức thanh toán phải là CASH, BANK hoặc ONLINE");
		}
		if (("BANK".equals(method) || "ONLINE".equals(method)) && blank(command.reference())) {
			throw new InvalidInputException("reference", "Cần mã giao dịch của ngân hàng hoặc cổng thanh toán");
		}
		if (dossier.status().isFinal()) {
			throw new ConflictException("Hồ sơ " + code + " đã kết thúc; không ghi nhận thêm thanh toán",
					dossier.status().name());
		}
		long paid = dossiers.paidVnd(dossier.id());
		long due = dossier.procedure().feeDueVnd();
		if (due == 0 || paid + command.amountVnd() > due) {
			throw new InvalidInputException("amountVnd", due == 0 ? "Thủ tục này không thu phí, lệ phí"
					: "Số tiền vượt quá số còn phải nộp (" + (due - paid) + " đồng)");
		}
		int count = dossiers.payments(dossier.id()).size();
		Payment payment = new Payment(UUID.randomUUID(), command.amountVnd(), method, command.reference(),
				"BL-" + dossier.code().substring(dossier.code().length() - 11) + "-" + (count + 1), now(),
				actor.username());
		dossiers.insertPayment(dossier.id(), payment);
		audit.record("PAY", "Dossier", dossier.code(), dossier.agencyId(), null, payment);
		return payment;
	}

	// ---- import ------------------------------------------------------------------------------------------------

	/** The result of an import: how many were new, and every history's dossier (new or already there). */
	public record ImportResult(int imported, List<Dossier> dossiers) {
	}

	/**
	 * Imports histories from an earlier system through the same state machine and deadline rules, all or nothing:
	 * any bad history stops the whole request with one error per bad history. An {@code externalId} already imported
	 * answers with the existing dossier and changes nothing.
	 */
	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public ImportResult importHistories(List<History> histories) {
		OffsetDateTime now = now();
		List<Dossier> result = HistoryImport.replayAll(histories, "dossiers", "Danh sách hồ sơ trống",
				".procedureCode", (history, field) -> replay(history, field, now));
		List<Dossier> stored = new ArrayList<>();
		int imported = 0;
		for (Dossier dossier : result) {
			boolean fresh = dossier.version() < 0;
			stored.add(fresh ? store(dossier, "IMPORT") : dossier);
			imported += fresh ? 1 : 0;
		}
		return new ImportResult(imported, stored);
	}

	private Dossier replay(History history, String field, OffsetDateTime now) {
		HistoryImport.requireReceivedFirst(history, field);
		List<HistoryEvent> steps = history.events();
		HistoryEvent first = steps.get(0);
		Channel channel = channel(history.channel(), field + ".channel");
		LocalDate receiptDay = first.at().atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
		ProcedureTerms terms = procedureInForce(history.procedureCode(), receiptDay, field + ".procedureCode");
		requireVisible(terms.agencyId());
		Optional<Dossier> existing = dossiers.findByExternalId(terms.agencyId(), history.externalId());
		if (existing.isPresent()) {
			return existing.get();
		}
		Applicant applicant = applicant(history.applicant(), field + ".applicant");
		List<DossierComponent> components = components(history.components(), terms, field + ".components", false);
		String by = actor.username();
		HistoryImport.requireNoFutureStep(history, field, now);
		Dossier dossier = Dossier.receive(UUID.randomUUID(), DailyNumbers.LATE, terms.agencyId(), terms.ref(), channel,
				applicant, first.at(), deadline(first.at(), terms.ref()), by, history.externalId(),
				LookupKeys.newKey());
		dossier.recordComponents(components);
		for (int s = 1; s < steps.size(); s++) {
			HistoryEvent step = steps.get(s);
			String stepField = HistoryImport.stepField(field, s);
			HistoryImport.replayStep(field, s, () -> apply(dossier, action(step.action(), stepField + ".action"),
					step.at(), by, step.reason(), step.note(), step.assignee(), null, step.newAppointmentAt(), null,
					null, step.overrideReason(), null, true));
		}
		return dossier;
	}

	// ---- shared rules ------------------------------------------------------------------------------------------

	private void apply(Dossier dossier, DossierAction action, OffsetDateTime at, String by, @Nullable String reason,
			@Nullable String note, @Nullable String assignee, @Nullable String agencyCode,
			@Nullable OffsetDateTime newAppointment, @Nullable String returnMethod, @Nullable String returnedTo,
			@Nullable String overrideReason, @Nullable PostalHandoff postal, boolean importing) {
		String why = VietnameseText.clean(reason);
		String remark = VietnameseText.clean(note);
		switch (action) {
			case ACCEPT -> dossier.accept(at, by, deadline(at, dossier.procedure()));
			case REQUEST_SUPPLEMENT -> dossier.requestSupplement(at, by, why, VietnameseText.clean(overrideReason),
					dossier.receivedAt() == null ? null : calendar.deadline(dossier.receivedAt(), WorkingDuration.workingDays(3)));
			case SUPPLEMENT_RECEIVED -> dossier.supplementReceived(at, by, deadline(at, dossier.procedure()));
			case REFUSE -> dossier.refuse(at, by, why);
			case ASSIGN -> dossier.assign(at, by, importing ? (blank(assignee) ? "—" : assignee) : officer(dossier, assignee));
			case SUBMIT -> dossier.submit(at, by, remark);
			case APPROVE -> dossier.approve(at, by, remark);
			case SEND_BACK -> dossier.sendBack(at, by, why);
			case APOLOGISE -> {
				if (newAppointment == null) {
					throw new InvalidInputException("newAppointmentAt", "Cần ngày hẹn trả mới");
				}
				dossier.apologise(at, by, why, newAppointment);
			}
			case COMPLETE -> dossier.complete(at, by, remark);
			case RETURN_RESULT -> {
				// a procedure without fee is settled without reading the payments
				boolean settled = importing || dossier.procedure().feeDueVnd() <= 0
						|| dossiers.paidVnd(dossier.id()) >= dossier.procedure().feeDueVnd();
				String method = returnMethod == null ? null : returnMethod.trim().toUpperCase(Locale.ROOT);
				if (method != null && !List.of("DESK", "POST").contains(method)) {
					throw new InvalidInputException("returnMethod", "Hình thức trả kết quả phải là DESK hoặc POST");
				}
				dossier.returnResult(at, by, remark, settled, method, VietnameseText.clean(returnedTo));
			}
			case WITHDRAW -> dossier.withdraw(at, by, why);
			case STOP -> dossier.stop(at, by, why);
			case FORWARD -> dossier.forward(at, by, forwardTarget(agencyCode, assignee, remark, importing), remark,
					postal);
			case POSTAL_RECEIVED -> throw new InvalidInputException("action",
					"Nhận hồ sơ giấy qua bưu chính chỉ ghi trên hồ sơ liên thông đang chờ, không nhập trong lịch sử");
			case RECEIVE -> throw new InvalidInputException("action", "RECEIVE chỉ được là bước đầu tiên");
		}
	}

	private String officer(Dossier dossier, @Nullable String username) {
		if (blank(username)) {
			throw new InvalidInputException("assignee", "Cần chọn chuyên viên được phân công");
		}
		return users.findByUsername(username)
			.filter(u -> u.enabled() && u.agencyId() != null
					&& agencies.subtree(dossier.agencyId()).contains(u.agencyId())
					&& u.roles().contains(Roles.PROCESSING_OFFICER))
			.map(u -> u.username())
			.orElseThrow(() -> new InvalidInputException("assignee",
					"Không có chuyên viên xử lý " + username + " trong cơ quan"));
	}

	private String forwardTarget(@Nullable String agencyCode, @Nullable String assignee, @Nullable String note,
			boolean importing) {
		String target = !blank(agencyCode) ? agencyCode : !blank(assignee) ? assignee : null;
		if (target == null && importing) {
			return note == null ? "Cơ quan phối hợp" : note;
		}
		if (target == null) {
			throw new InvalidInputException("agencyCode", "Cần mã cơ quan nhận hồ sơ liên thông");
		}
		return target;
	}

	// ---- liên thông between deployments (module exchange) ------------------------------------------------------

	/**
	 * Bên nhận: a dossier another deployment forwarded to one of this deployment's agencies becomes that agency's own
	 * linked dossier: its own code, received now, with its own appointment after the leg's working days (not the
	 * procedure's whole time). When its papers follow by post it waits for them instead, and the leg starts when a
	 * reception officer records their arrival ({@code POSTAL_RECEIVED}; docs/exchange.md "Postal legs"); the sender's
	 * day posted is not checked against this clock (the sender did). The same {@code externalId} again answers with the dossier already made. Called by the
	 * exchange module for a verified peer, as the system.
	 */
	@PreAuthorize(Roles.SYSTEM_ADMIN_ONLY)
	@Transactional
	public Dossier receiveLinked(LinkedIntake intake) {
		Agency agency = agencies.findByCode(intake.agencyCode() == null ? "" : intake.agencyCode().trim())
			.orElseThrow(() -> new InvalidInputException("dossier.targetAgency",
					"Không có cơ quan " + intake.agencyCode() + " tại hệ thống nhận"));
		OffsetDateTime now = now();
		ProcedureTerms terms = procedureInForce(intake.procedureCode(), now.toLocalDate(), "dossier.procedureCode");
		Optional<Dossier> existing = dossiers.findByExternalId(agency.id(), intake.externalId());
		if (existing.isPresent()) {
			return existing.get();
		}
		if (intake.legWorkingDays() < 1 || intake.legWorkingDays() > 365) {
			throw new InvalidInputException("dossier.legWorkingDays", "Số ngày làm việc của chặng phải từ 1 đến 365");
		}
		Channel channel = channel(intake.channel(), "dossier.channel");
		Applicant applicant = applicant(intake.applicant(), "dossier.applicant");
		List<DossierComponent> components = components(intake.components(), terms, "dossier.papers", false);
		PostalHandoff postal = intake.postal() == null ? null
				: PostalHandoff.sent(intake.postal().trackingNumber(), intake.postal().sentOn(),
						intake.postal().sentOn() == null ? now.toLocalDate() : intake.postal().sentOn(), "dossier.postal");
		String code = nextCode(agency.id(), now.toLocalDate());
		Dossier dossier = postal != null
				? Dossier.awaitingPapers(UUID.randomUUID(), code, agency.id(), terms.ref(), channel, applicant, now,
						intake.by(), intake.externalId(), LookupKeys.newKey(), postal, intake.legWorkingDays())
				: Dossier.receive(UUID.randomUUID(), code, agency.id(), terms.ref(), channel, applicant, now,
						calendar.deadline(now, WorkingDuration.workingDays(intake.legWorkingDays())), intake.by(),
						intake.externalId(), LookupKeys.newKey());
		dossier.recordLegWorkingDays(intake.legWorkingDays());
		dossier.recordComponents(components);
		return store(dossier, "RECEIVE_LINKED");
	}

	/**
	 * Bên gửi: the other leg's result came back; a dossier still waiting for it ({@code FORWARDED}) is completed with
	 * the result file and continues at this desk (ready to return). Answers whether it was completed: a dossier that
	 * left that state meanwhile (withdrawn, stopped) keeps its state.
	 */
	@PreAuthorize(Roles.SYSTEM_ADMIN_ONLY)
	@Transactional
	public boolean completeFromOtherLeg(String code, OffsetDateTime at, String by, @Nullable String note,
			@Nullable UUID resultFile) {
		Dossier dossier = dossiers.findByCode(code).orElseThrow(() -> new NotFoundException("Không tìm thấy hồ sơ " + code));
		if (dossier.status() != DossierStatus.FORWARDED) {
			return false;
		}
		dossier.complete(at.isAfter(now()) ? now() : at, by, note, resultFile);
		store(dossier, "COMPLETE");
		return true;
	}

	/** The dossier if the caller may see it; otherwise 404 (its existence is not disclosed). */
	@Transactional(readOnly = true)
	@NoRoleRequired("filters by the caller's agency scope inside (404 otherwise); callers are role-checked")
	public Dossier visible(String code) {
		return dossiers.findByCode(code)
			.filter(d -> actor.canSee(d.agencyId()))
			.orElseThrow(() -> new NotFoundException("Không tìm thấy hồ sơ " + code));
	}

	/** The actions the caller may take on the dossier in its current state, for the action panel. */
	@NoRoleRequired("derives the actions from the caller's own roles")
	public List<DossierAction> allowedActions(Dossier dossier) {
		return dossier.nextSteps(Roles.ALL.stream().filter(actor::hasRole).toList(), now());
	}

	/** Procedures the caller's desk can receive today. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<ProcedureTerms> receivableProcedures() {
		java.util.Collection<UUID> scope = actor.seesAllAgencies()
				? agencies.findAll().stream().map(Agency::id).toList() : actor.visibleAgencyIds();
		return procedures.inForceFor(scope, now().toLocalDate());
	}

	/** A file sent with an online submission. */
	public record Upload(java.io.InputStream content, @Nullable String name) {
	}

	/**
	 * A citizen's online submission with its scans, in one transaction: a refused file or a missing required paper
	 * stores nothing, neither the dossier nor any of its files.
	 */
	@Transactional
	@NoRoleRequired("citizens without sign-in: online submission, rate-limited by the web layer")
	public Dossier submitOnlineWithFiles(String procedureCode, ApplicantData applicant, Map<String, Upload> uploads) {
		ProcedureTerms terms = procedureInForce(procedureCode, now().toLocalDate(), "procedureCode");
		List<FieldProblem> problems = new ArrayList<>(applicantProblems(applicant, "applicant"));
		if (applicant != null && blank(applicant.phone()) && blank(applicant.email())) {
			problems.add(new FieldProblem("applicant.phone", "Cần số điện thoại hoặc thư điện tử để liên hệ"));
		}
		for (PaperTerm paper : terms.papers()) {
			if (paper.required() && !uploads.containsKey(paper.code())) {
				problems.add(new FieldProblem("file_" + paper.code(),
						"Cần tải lên bản chụp hoặc bản điện tử của \"" + paper.name() + "\""));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<ComponentData> papers = new ArrayList<>();
		for (PaperTerm paper : terms.papers()) {
			Upload upload = uploads.get(paper.code());
			if (upload != null) {
				UUID id = files.uploadForAgency(upload.content(), upload.name(), terms.agencyId()).id();
				papers.add(new ComponentData(paper.code(), false, 1, List.of(id), true, false));
			}
		}
		return submitOnline(procedureCode, applicant, papers);
	}

	/** The agency and papers of a procedure open for online submission today (the public form). */
	@Transactional(readOnly = true)
	@NoRoleRequired("citizens without sign-in: published procedures open to online submission only")
	public ProcedureTerms procedureForOnline(String code) {
		return procedureInForce(code, now().toLocalDate(), "procedureCode");
	}

	/** The papers of a procedure in force today, for the intake checklist. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public ProcedureTerms procedureForIntake(String code) {
		ProcedureTerms terms = procedureInForce(code, now().toLocalDate(), "procedureCode");
		requireVisible(terms.agencyId());
		return terms;
	}

	/** The papers of the dossier's procedure (the version it was submitted under), for attaching scans. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<PaperTerm> papersOf(Dossier dossier) {
		LocalDate day = dossier.submittedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
		return procedures.inForce(dossier.procedure().code(), day)
			.or(() -> procedures.inForce(dossier.procedure().code(), now().toLocalDate()))
			.map(ProcedureTerms::papers)
			.orElse(List.of());
	}

	/** Processing officers of the dossier's agency, for the assignment form. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<String> processingOfficers(Dossier dossier) {
		return users.allHoldersOf(Roles.PROCESSING_OFFICER, agencies.subtree(dossier.agencyId()));
	}

	/** Payments recorded for a dossier the caller may see. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<Payment> payments(String code) {
		return dossiers.payments(visible(code).id());
	}

	/** Everything the staff page of a dossier shows besides its view, read in one transaction. */
	public record DossierPage(Dossier dossier, List<DossierAction> steps, List<Payment> payments,
			List<PaperTerm> papers, List<ReusablePaper> reusable) {
	}

	/**
	 * The dossier page of a dossier the caller may see: the dossier loaded once (not once per panel), its next steps,
	 * payments, the procedure's papers and the reusable papers of the same applicant, in one read-only transaction.
	 */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public DossierPage page(String code) {
		Dossier dossier = visible(code);
		return new DossierPage(dossier, allowedActions(dossier), dossiers.payments(dossier.id()), papersOf(dossier),
				reusablePapers(dossier));
	}

	/** A paper the applicant handed in before, already digitised, that a new dossier may reuse. */
	public record ReusablePaper(String dossierCode, String componentCode, String name, List<UUID> fileIds,
			OffsetDateTime receivedAt) {
	}

	/** Số hóa bổ sung: scans of one paper added to a dossier, at any stage. */
	@PreAuthorize(Roles.DOSSIER_HANDLERS)
	@Transactional
	public Dossier digitise(String code, String componentCode, List<UUID> fileIds) {
		Dossier dossier = visible(code);
		requireFiles(List.of(new DossierComponent(componentCode, componentCode, false, false, 1,
				fileIds == null ? List.of() : fileIds, true, false)), "fileIds");
		dossier.digitise(componentCode, fileIds, false);
		return store(dossier, "DIGITISE");
	}

	/** How many of an applicant's latest dossiers, in any agency, are searched for papers to reuse. */
	public static final int REUSE_FROM_LATEST = 50;

	/**
	 * The digitised papers of the same applicant (found by ID number) in the latest earlier dossiers, those of the
	 * agencies the caller sees, newest first: what the desk may reuse instead of scanning again.
	 */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<ReusablePaper> reusablePapers(String code) {
		return reusablePapers(visible(code));
	}

	private List<ReusablePaper> reusablePapers(Dossier dossier) {
		String idNumber = dossier.applicant().idNumber();
		if (idNumber == null || idNumber.isBlank()) {
			return List.of();
		}
		return dossiers.digitisedPapers(idNumber, dossier.id(), actor.agencyFilter())
			.stream()
			.map(p -> new ReusablePaper(p.dossierCode(), p.component().code(), p.component().name(),
					p.component().fileIds(), p.receivedAt()))
			.toList();
	}

	/** Reuses a digitised paper of the same applicant's earlier dossier (Đề án 468 "tái sử dụng"). */
	@PreAuthorize(Roles.DOSSIER_HANDLERS)
	@Transactional
	public Dossier reuse(String code, String componentCode, String fromDossier, @Nullable String fromComponent) {
		String source = fromComponent == null || fromComponent.isBlank() ? componentCode : fromComponent;
		ReusablePaper paper = reusablePapers(code).stream()
			.filter(p -> p.dossierCode().equals(fromDossier) && p.componentCode().equals(source))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("fromDossier", "Không có bản số hóa " + source
					+ " của cùng người nộp trong hồ sơ " + fromDossier));
		Dossier dossier = visible(code);
		dossier.digitise(componentCode, paper.fileIds(), true);
		return store(dossier, "REUSE");
	}

	private Dossier store(Dossier dossier, String what) {
		boolean created = dossier.version() < 0;
		if (created && DailyNumbers.isLate(dossier.code())) {
			LocalDate day = dossier.submittedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
			dossier.assignCode(nextCode(dossier.agencyId(), day));
		}
		dossiers.save(dossier);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", dossier.status().name());
		after.put("appointmentAt", dossier.appointmentAt() == null ? null : dossier.appointmentAt().toString());
		after.put("assignee", dossier.assignee());
		audit.record(created ? "CREATE" : what, "Dossier", dossier.code(), dossier.agencyId(), null, after);
		for (DossierTransitioned transition : dossier.drainTransitions()) {
			events.publishEvent(transition);
			if (dossier.applicant().email() != null && ApplicantToBeNotified.concerns(transition)) {
				events.publishEvent(new ApplicantToBeNotified(transition.dossierId(), transition.code(),
						transition.action(), transition.to()));
			}
		}
		return dossier;
	}

	String nextCode(UUID agencyId, LocalDate day) {
		Agency agency = agencies.findById(agencyId)
			.orElseThrow(() -> new NotFoundException("Không tìm thấy cơ quan của thủ tục"));
		return DailyNumbers.format(agency.identifierCode(), day, dossiers.nextSequence(agencyId, day), "hồ sơ");
	}

	private OffsetDateTime deadline(OffsetDateTime from, ProcedureRef procedure) {
		return calendar.deadline(from, procedure.processingTime());
	}

	private ProcedureTerms procedureInForce(String code, LocalDate day, String field) {
		if (blank(code)) {
			throw new InvalidInputException(field, "Cần mã thủ tục");
		}
		return procedures.inForce(code.trim(), day)
			.orElseThrow(() -> new InvalidInputException(field,
					"Không có thủ tục " + code + " đang có hiệu lực ngày " + day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
	}

	/** Every attached file must exist and belong to the caller's agencies. */
	private void requireFiles(List<DossierComponent> components, String field) {
		for (int i = 0; i < components.size(); i++) {
			for (UUID fileId : components.get(i).fileIds()) {
				try {
					files.get(fileId);
				}
				catch (NotFoundException ex) {
					throw new InvalidInputException(field + "[" + i + "].fileIds", "Không có tệp " + fileId);
				}
			}
		}
	}

	private void requireVisible(UUID agencyId) {
		if (!actor.canSee(agencyId)) {
			throw new ForbiddenException("Thủ tục này thuộc cơ quan khác; bạn không được tiếp nhận hồ sơ của thủ tục này");
		}
	}

	private static Channel channel(@Nullable String value, String field) {
		return EnumInput.parse(Channel.class, value, field, "Kênh nộp");
	}

	private static DossierAction action(@Nullable String value, String field) {
		return EnumInput.parse(DossierAction.class, value, field, "Thao tác");
	}

	private static Applicant applicant(@Nullable ApplicantData data, String field) {
		List<FieldProblem> problems = applicantProblems(data, field);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Applicant(VietnameseText.clean(data.fullName()), blankToNull(VietnameseText.clean(data.idNumber())),
				blankToNull(VietnameseText.clean(data.phone())), blankToNull(VietnameseText.clean(data.email())),
				blankToNull(VietnameseText.clean(data.address())), blankToNull(VietnameseText.clean(data.organisation())),
				blankToNull(VietnameseText.clean(data.organisationTaxCode())),
				blankToNull(VietnameseText.clean(data.organisationDecision())),
				blankToNull(VietnameseText.clean(data.representative())));
	}

	/** Every problem of the applicant's data at once (a form shows them all beside their fields). */
	private static List<FieldProblem> applicantProblems(@Nullable ApplicantData data, String field) {
		List<FieldProblem> problems = new ArrayList<>();
		if (data == null || blank(data.fullName())) {
			problems.add(new FieldProblem(field + ".fullName", "Cần họ tên người nộp"));
		}
		if (data == null) {
			return problems;
		}
		String email = VietnameseText.clean(data.email());
		if (!EmailAddress.Validator.valid(email)) {
			problems.add(new FieldProblem(field + ".email", EmailAddress.MESSAGE));
		}
		String idNumber = VietnameseText.clean(data.idNumber());
		if (!blank(idNumber) && !idNumber.matches("[0-9A-Za-z]{6,20}")) {
			problems.add(new FieldProblem(field + ".idNumber", "Số giấy tờ tùy thân chỉ gồm chữ và số (6–20 ký tự)"));
		}
		boolean organisation = !blank(data.organisation());
		boolean organisationDetails = !blank(data.organisationTaxCode()) || !blank(data.organisationDecision())
				|| !blank(data.representative());
		if (!organisation && organisationDetails) {
			problems.add(new FieldProblem(field + ".organisation", "Cần tên cơ quan, tổ chức đề nghị"));
		}
		if (organisation && blank(data.organisationTaxCode()) && blank(data.organisationDecision())) {
			problems.add(new FieldProblem(field + ".organisationTaxCode",
					"Cần mã số thuế hoặc số quyết định thành lập của tổ chức"));
		}
		String taxCode = VietnameseText.clean(data.organisationTaxCode());
		if (!blank(taxCode) && !taxCode.matches("[0-9]{10}(-[0-9]{3})?")) {
			problems.add(new FieldProblem(field + ".organisationTaxCode",
					"Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, gạch ngang và 3 chữ số"));
		}
		if (organisation && blank(data.representative())) {
			problems.add(new FieldProblem(field + ".representative", "Cần người đại diện theo pháp luật của tổ chức"));
		}
		return problems;
	}

	private static List<DossierComponent> components(@Nullable List<ComponentData> given, ProcedureTerms terms,
			String field, boolean requireComplete) {
		Map<String, PaperTerm> papers = new LinkedHashMap<>();
		terms.papers().forEach(p -> papers.put(p.code().toUpperCase(Locale.ROOT), p));
		List<DossierComponent> result = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; given != null && i < given.size(); i++) {
			ComponentData c = given.get(i);
			String code = c.code() == null ? "" : c.code().trim().toUpperCase(Locale.ROOT);
			PaperTerm paper = papers.get(code);
			if (paper == null) {
				throw new InvalidInputException(field + "[" + i + "].code",
						"Thủ tục " + terms.ref().code() + " không có thành phần " + c.code());
			}
			if (seen.put(code, i) != null) {
				throw new InvalidInputException(field + "[" + i + "].code", "Thành phần " + c.code() + " bị lặp");
			}
			List<UUID> files = c.fileIds() == null ? List.of() : c.fileIds();
			result.add(new DossierComponent(paper.code(), paper.name(), paper.required(), Boolean.TRUE.equals(c.original()),
					c.copies() == null ? 1 : c.copies(), files,
					c.digitised() != null ? c.digitised() : !files.isEmpty(), Boolean.TRUE.equals(c.reused())));
		}
		if (requireComplete) {
			List<PaperTerm> missing = missingPapers(terms, result);
			if (!missing.isEmpty()) {
				throw new InvalidInputException(field, "Thiếu thành phần bắt buộc " + missing.stream()
					.map(p -> "\"" + p.name() + "\"")
					.collect(java.util.stream.Collectors.joining(", "))
						+ "; lập phiếu yêu cầu bổ sung (outcome INCOMPLETE) thay vì tiếp nhận");
			}
		}
		return result;
	}

	/** The required papers an intake command does not hand in: what Mẫu 02 asks for instead of accepting. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<PaperTerm> missingPapers(IntakeCommand command) {
		ProcedureTerms terms = procedureInForce(command.procedureCode(), now().toLocalDate(), "procedureCode");
		return missingPapers(terms, components(command.components(), terms, "components", false));
	}

	/** The required papers of the procedure that are not among those handed in (none, or zero copies). */
	static List<PaperTerm> missingPapers(ProcedureTerms terms, List<DossierComponent> handedIn) {
		return terms.papers()
			.stream()
			.filter(PaperTerm::required)
			.filter(paper -> handedIn.stream().noneMatch(r -> r.code().equalsIgnoreCase(paper.code()) && r.copies() > 0))
			.toList();
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
