package vn.motcua.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditLog;
import vn.motcua.calendar.DurationUnit;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.document.FileStore;
import vn.motcua.document.StoredFile;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.Agency;
import vn.motcua.identity.Field;
import vn.motcua.identity.FieldDirectory;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;
import vn.motcua.shared.Roles;
import vn.motcua.shared.SystemTask;
import vn.motcua.shared.VietnameseText;
import vn.motcua.shared.VietnamTime;
import vn.motcua.shared.NoRoleRequired;
import vn.motcua.shared.workflow.EnumInput;

/**
 * The procedure catalogue: create (version 1), change (a new version from a later date), publish and repeal, find the
 * version in force on a day. Administrators of the procedure's agency (or the system) edit; staff read their
 * agencies' procedures; the public reads published ones.
 */
@Service
public class ProcedureManagement {

	private final Procedures procedures;

	private final AgencyDirectory agencies;

	private final FieldDirectory fields;

	private final CurrentActor actor;

	private final AuditLog audit;

	private final FileStore files;

	private final Clock clock;

	ProcedureManagement(Procedures procedures, AgencyDirectory agencies, FieldDirectory fields, CurrentActor actor, AuditLog audit,
			FileStore files, Clock clock) {
		this.procedures = procedures;
		this.agencies = agencies;
		this.fields = fields;
		this.actor = actor;
		this.audit = audit;
		this.files = files;
		this.clock = clock;
	}

	/**
	 * The API.md body of a procedure version, plus the catalogue's details: applicant types, inter-agency legs,
	 * one-stop and "4 tại chỗ" flags, result name, the internal process and each paper's type and form template.
	 */
	public record ProcedureCommand(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 500) String name,
			@Nullable @Size(max = 40) String fieldCode, @NotBlank @Size(max = 50) String agencyCode,
			@Nullable String level, @Nullable String origin, @NotNull @Valid ProcessingTime processingTime,
			@Nullable String onlineMode, @Nullable @Size(max = 1000) String onlineReason,
			@Nullable @Size(max = MAX_FEES, message = "Tối đa {max} mục") List<@Valid FeeData> fees,
			@Nullable @Size(max = MAX_COMPONENTS, message = "Tối đa {max} mục") List<@Valid ComponentData> components,
			@Nullable String resultType, @Nullable Boolean interAgency, @NotNull LocalDate validFrom,
			@Nullable @Size(max = 20000) String legalBasis, @Nullable @Size(max = 1000) String whereToSubmit,
			@Nullable @Size(max = 100) String decisionNumber, @Nullable String status,
			@Nullable @Size(max = MAX_STEPS, message = "Tối đa {max} mục") List<@Valid StepData> internalProcess,
			@Nullable @Size(max = MAX_STEPS, message = "Tối đa {max} mục") List<String> applicantTypes,
			@Nullable @Size(max = MAX_STEPS, message = "Tối đa {max} mục") List<@Valid LegData> legs, @Nullable Boolean oneStop, @Nullable Boolean onTheSpot,
			@Nullable @Size(max = 300) String resultName) {

		/** Without the catalogue's details (as API.md shows the body). */
		public ProcedureCommand(String code, String name, @Nullable String fieldCode, String agencyCode,
				@Nullable String level, @Nullable String origin, ProcessingTime processingTime,
				@Nullable String onlineMode, @Nullable String onlineReason, @Nullable List<FeeData> fees,
				@Nullable List<ComponentData> components, @Nullable String resultType, @Nullable Boolean interAgency,
				LocalDate validFrom, @Nullable String legalBasis, @Nullable String whereToSubmit,
				@Nullable String decisionNumber, @Nullable String status, @Nullable List<StepData> internalProcess) {
			this(code, name, fieldCode, agencyCode, level, origin, processingTime, onlineMode, onlineReason, fees,
					components, resultType, interAgency, validFrom, legalBasis, whereToSubmit, decisionNumber, status,
					internalProcess, null, null, null, null, null);
		}

		/** Without an internal process. */
		public ProcedureCommand(String code, String name, @Nullable String fieldCode, String agencyCode,
				@Nullable String level, @Nullable String origin, ProcessingTime processingTime,
				@Nullable String onlineMode, @Nullable String onlineReason, @Nullable List<FeeData> fees,
				@Nullable List<ComponentData> components, @Nullable String resultType, @Nullable Boolean interAgency,
				LocalDate validFrom, @Nullable String legalBasis, @Nullable String whereToSubmit,
				@Nullable String decisionNumber, @Nullable String status) {
			this(code, name, fieldCode, agencyCode, level, origin, processingTime, onlineMode, onlineReason, fees,
					components, resultType, interAgency, validFrom, legalBasis, whereToSubmit, decisionNumber, status,
					(List<StepData>) null);
		}

		/** The command that would recreate a version (export, edit pages). */
		public static ProcedureCommand of(ProcedureVersion v) {
			return new ProcedureCommand(v.code(), v.name(), v.fieldCode(), v.agencyCode(), v.level().name(),
					v.origin().name(), new ProcessingTime(v.processingAmount(), v.processingUnit().name()),
					v.onlineMode().name(), v.onlineReason(),
					v.fees().stream().map(f -> new FeeData(f.name(), f.amountVnd(), f.shareList().stream()
						.map(s -> new FeeShareData(s.holder(), s.percent())).toList())).toList(),
					v.components().stream().map(c -> new ComponentData(c.code(), c.name(), c.required(), c.copies(),
							c.paper(), c.templateFileId())).toList(),
					v.resultType().name(), v.interAgency(), v.validFrom(), v.legalBasis(), v.whereToSubmit(),
					v.decisionId() == null ? v.decisionNumber() : null, v.status().name(),
					v.steps().stream().map(st -> new StepData(st.name(), st.role(), st.days())).toList(),
					v.applicantTypes(), v.legs().stream().map(l -> new LegData(l.agency(), l.days())).toList(),
					v.oneStop(), v.onTheSpot(), v.resultName());
		}
	}

	/** A step of the internal process: name, the role that does it, working days. */
	public record StepData(@NotBlank @Size(max = 300) String name, @NotBlank String role, @NotNull Integer days) {
	}

	/** Thời hạn giải quyết. */
	public record ProcessingTime(@NotNull Integer amount, @NotBlank String unit) {
	}

	/** A fee in VND, with the shares of who keeps it (percent, adding up to 100) where the law splits it. */
	public record FeeData(@NotBlank @Size(max = 300) String name, @NotNull Long amountVnd,
			@Nullable @Size(max = 20, message = "Tối đa {max} mục") List<@Valid FeeShareData> shares) {

		public FeeData(String name, Long amountVnd) {
			this(name, amountVnd, null);
		}
	}

	/** Who keeps which percentage of a fee ("Bộ Ngoại giao", 20). */
	public record FeeShareData(@NotBlank @Size(max = 200) String holder, @NotNull Integer percent) {
	}

	/** A leg of an inter-agency procedure: the agency and its working days. */
	public record LegData(@NotBlank @Size(max = 300) String agency, @NotNull Integer days) {
	}

	/**
	 * A paper: ORIGINAL, CERTIFIED_COPY or COPY ({@code paperType}), and the id of a stored blank form (uploaded with
	 * {@code POST /api/v1/files}) citizens can download.
	 */
	public record ComponentData(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 500) String name,
			@Nullable Boolean required, @Nullable Integer copies, @Nullable String paperType,
			@Nullable UUID templateFileId) {

		public ComponentData(String code, String name, @Nullable Boolean required, @Nullable Integer copies) {
			this(code, name, required, copies, null, null);
		}
	}

	/** Applicant types (đối tượng thực hiện) in display order. */
	public static final List<String> APPLICANT_TYPES = List.of("CITIZEN", "FOREIGNER", "ORGANISATION", "STATE_AGENCY");

	/** Paper types in display order. */
	public static final List<String> PAPER_TYPES = List.of("ORIGINAL", "CERTIFIED_COPY", "COPY");

	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public ProcedureVersion create(ProcedureCommand command) {
		String code = command.code() == null ? "" : command.code().trim();
		if (procedures.exists(code)) {
			throw new ConflictException("Đã có thủ tục mã " + code);
		}
		Agency agency = editableAgency(command.agencyCode());
		ProcedureStatus status = status(command.status(), ProcedureStatus.PUBLISHED);
		UUID procedureId = UUID.randomUUID();
		ProcedureVersion version = validated(command, procedureId, code, 1, agency, status);
		procedures.insertProcedure(procedureId, code, agency.id(), status);
		procedures.insertVersion(version, actor.username());
		audit.record("CREATE", "Procedure", code, agency.id(), null, version);
		return version;
	}

	/** A new version valid from a date after the latest version's. */
	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public ProcedureVersion update(String code, ProcedureCommand command) {
		ProcedureVersion latest = existing(code);
		Agency agency = editableAgency(latest.agencyCode());
		if (latest.status() == ProcedureStatus.REPEALED) {
			throw new ConflictException("Thủ tục " + latest.code() + " đã bị bãi bỏ, không thêm phiên bản được",
					latest.status().name());
		}
		if (command.agencyCode() != null && !command.agencyCode().equalsIgnoreCase(latest.agencyCode())) {
			throw new InvalidInputException("agencyCode", "Không đổi được cơ quan của thủ tục; tạo thủ tục mới");
		}
		if (command.validFrom() != null && !command.validFrom().isAfter(latest.validFrom())) {
			throw new InvalidInputException("validFrom", "Phiên bản mới phải có hiệu lực sau ngày "
					+ latest.validFrom() + " của phiên bản " + latest.version());
		}
		ProcedureVersion version = validated(command, latest.procedureId(), latest.code(), latest.version() + 1,
				agency, latest.status());
		procedures.insertVersion(version, actor.username());
		audit.record("NEW_VERSION", "Procedure", latest.code(), agency.id(), latest, version);
		return version;
	}

	/** Publishes a draft or repeals a published procedure from today. */
	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public ProcedureVersion changeStatus(String code, String target) {
		return changeStatus(code, target, null);
	}

	/**
	 * Publishes a draft (DRAFT → PUBLISHED) or repeals a published procedure (PUBLISHED → REPEALED) from a day
	 * (today when {@code null}); any other move is a 409 naming the current state.
	 */
	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public ProcedureVersion changeStatus(String code, String target, @Nullable LocalDate from) {
		ProcedureVersion latest = existing(code);
		editableAgency(latest.agencyCode());
		ProcedureStatus to = status(target, null);
		Procedure procedure = Procedure.of(latest);
		procedure.moveTo(to, from == null ? VietnamTime.today(clock) : from);
		procedures.store(procedure);
		audit.record(to == ProcedureStatus.PUBLISHED ? "PUBLISH" : "REPEAL", "Procedure", code, latest.agencyId(),
				latest.status().name(), to.name());
		return procedures.latest(code).orElseThrow();
	}

	/** The version in force on {@code on} (the latest when {@code null}); 404 outside the caller's agencies. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public ProcedureVersion visible(String code, @Nullable LocalDate on) {
		Optional<ProcedureVersion> found = on == null ? procedures.latest(code) : procedures.inForce(code, on);
		return found.filter(v -> actor.canSee(v.agencyId()))
			.orElseThrow(() -> new NotFoundException(on == null ? "Không tìm thấy thủ tục " + code
					: "Thủ tục " + code + " không có phiên bản hiệu lực ngày " + on));
	}

	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<ProcedureVersion> history(String code) {
		visible(code, null);
		return procedures.history(code);
	}

	/** A version and what changed since the one before (empty for version 1). */
	public record VersionChanges(ProcedureVersion version, List<ProcedureColumns.Change> changes) {
	}

	/** The history, newest first, each version with the fields that differ from the previous one. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<VersionChanges> changes(String code) {
		List<ProcedureVersion> history = history(code);
		List<VersionChanges> rows = new ArrayList<>();
		for (int i = history.size() - 1; i >= 0; i--) {
			rows.add(new VersionChanges(history.get(i),
					i == 0 ? List.of() : ProcedureColumns.changes(history.get(i - 1), history.get(i))));
		}
		return rows;
	}

	/** Staff search within their agencies. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public PageResult<ProcedureVersion> search(@Nullable String q, PageRequest page) {
		return search(ProcedureFilter.text(q), page);
	}

	/** Staff search within their agencies, with filters by field, agency and online mode. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public PageResult<ProcedureVersion> search(ProcedureFilter filter, PageRequest page) {
		return procedures.search(filter, actor.seesAllAgencies() ? null : actor.visibleAgencyIds(), null, page);
	}

	/** The fields and agencies a member of staff can filter their catalogue by. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public ProcedureFilter.Choices choices() {
		return procedures.choices(actor.seesAllAgencies() ? null : actor.visibleAgencyIds());
	}

	/** The fields and agencies of the published procedures, for the public filters. */
	@Transactional(readOnly = true)
	@NoRoleRequired("public catalogue, no sign-in")
	public ProcedureFilter.Choices publicChoices() {
		return procedures.publicChoices();
	}

	/** Public search: published procedures only. */
	@Transactional(readOnly = true)
	@NoRoleRequired("public catalogue, no sign-in")
	public PageResult<ProcedureSummary> publicSearch(@Nullable String q, PageRequest page) {
		return publicSearch(ProcedureFilter.text(q), page);
	}

	/** Public search with filters by field, agency and online mode. */
	@Transactional(readOnly = true)
	@NoRoleRequired("public catalogue, no sign-in")
	public PageResult<ProcedureSummary> publicSearch(ProcedureFilter filter, PageRequest page) {
		return procedures.publicSearch(filter, page);
	}

	/** Public page: a published procedure's current version. */
	@Transactional(readOnly = true)
	@NoRoleRequired("public catalogue, no sign-in: published procedures only")
	public ProcedureVersion publicProcedure(String code) {
		return procedures.latest(code)
			.filter(v -> v.status() == ProcedureStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("Không tìm thấy thủ tục " + code));
	}

	/** For intake: the version in force on a day, of a procedure that is not repealed; any agency. */
	@Transactional(readOnly = true)
	@NoRoleRequired("read by the dossier module, which checks the caller")
	public Optional<ProcedureVersion> versionInForce(String code, LocalDate day) {
		return procedures.inForce(code, day).filter(v -> notRepealedOn(v, day));
	}

	/** The version a dossier is bound to, by id. */
	@Transactional(readOnly = true)
	@NoRoleRequired("read by the dossier module, which checks the caller")
	public Optional<ProcedureVersion> version(UUID versionId) {
		return procedures.version(versionId);
	}

	/** For intake forms: the procedures in force on a day for the given agencies, not repealed. */
	@Transactional(readOnly = true)
	@NoRoleRequired("read by the dossier module for its intake forms, which checks the caller")
	public List<ProcedureVersion> inForceFor(Collection<UUID> agencyIds, LocalDate day) {
		return procedures.inForceFor(agencyIds, day, null).stream().filter(v -> notRepealedOn(v, day)).toList();
	}

	/** The latest version for a change: 404 when there is no such procedure; the caller then checks the agency (403). */
	private ProcedureVersion existing(String code) {
		return procedures.latest(code).orElseThrow(() -> new NotFoundException("Không tìm thấy thủ tục " + code));
	}

	/** Not repealed, or repealed only after the day (a dossier received before the repeal keeps its procedure). */
	private static boolean notRepealedOn(ProcedureVersion v, LocalDate day) {
		return v.status() != ProcedureStatus.REPEALED || (v.repealedFrom() != null && v.repealedFrom().isAfter(day));
	}

	/**
	 * The blank form of a paper of a published procedure, for citizens (no sign-in): the file's name, type and
	 * content. 404 when the procedure is not published or the paper has no form.
	 */
	@Transactional(readOnly = true)
	@NoRoleRequired("public catalogue, no sign-in: forms of published procedures only")
	public TemplateDownload publicTemplate(String code, String componentCode) {
		ProcedureVersion v = publicProcedure(code);
		ProcedureVersion.Component component = v.components()
			.stream()
			.filter(c -> c.code().equalsIgnoreCase(componentCode) && c.templateFileId() != null)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Giấy tờ " + componentCode + " không có mẫu để tải"));
		return SystemTask.call(() -> {
			StoredFile file = files.get(component.templateFileId());
			try (var in = files.open(file.id())) {
				return new TemplateDownload(file.name(), file.mediaType(), in.readAllBytes());
			}
			catch (java.io.IOException ex) {
				throw new NotFoundException("Không đọc được mẫu " + file.name());
			}
		});
	}

	/** A downloadable blank form. */
	public record TemplateDownload(String name, String mediaType, byte[] content) {
	}

	/** A blank form uploaded with the staff form, for the paper with the given code. */
	public record TemplateUpload(String componentCode, java.io.InputStream content, @Nullable String name) {
	}

	/**
	 * The staff form's save: creates the procedure ({@code existingCode} {@code null}) or adds a version, storing an
	 * uploaded blank form for one of its papers first, all in one transaction (nothing stays if the command is
	 * refused).
	 */
	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public ProcedureVersion save(@Nullable String existingCode, ProcedureCommand command,
			@Nullable TemplateUpload upload) {
		ProcedureCommand c = command;
		if (upload != null) {
			String agencyCode = existingCode == null ? command.agencyCode() : existing(existingCode).agencyCode();
			List<ComponentData> components = c.components() == null ? List.of() : c.components();
			String target = upload.componentCode() == null ? "" : upload.componentCode().trim();
			if (components.stream().noneMatch(x -> x.code() != null && x.code().trim().equalsIgnoreCase(target))) {
				throw new InvalidInputException("templateFor", "Chọn mã giấy tờ có trong danh sách thành phần hồ sơ");
			}
			StoredFile file = files.store(upload.content(), upload.name(), editableAgency(agencyCode).id());
			List<ComponentData> replaced = components.stream()
				.map(x -> x.code() != null && x.code().trim().equalsIgnoreCase(target) ? new ComponentData(x.code(),
						x.name(), x.required(), x.copies(), x.paperType(), file.id()) : x)
				.toList();
			c = new ProcedureCommand(c.code(), c.name(), c.fieldCode(), c.agencyCode(), c.level(), c.origin(),
					c.processingTime(), c.onlineMode(), c.onlineReason(), c.fees(), replaced, c.resultType(),
					c.interAgency(), c.validFrom(), c.legalBasis(), c.whereToSubmit(), c.decisionNumber(), c.status(),
					c.internalProcess(), c.applicantTypes(), c.legs(), c.oneStop(), c.onTheSpot(), c.resultName());
		}
		return existingCode == null ? create(c) : update(existingCode, c);
	}

	/** Passes for administrators (the new-procedure page), 403 for anyone else. */
	@PreAuthorize(Roles.ADMINS)
	public void checkAdministrator() {
		// the annotation is the check
	}

	/** The latest version of a procedure the caller may edit (for the edit pages); 403 otherwise. */
	@PreAuthorize(Roles.ADMINS)
	@Transactional(readOnly = true)
	public ProcedureVersion editable(String code) {
		ProcedureVersion latest = existing(code);
		editableAgency(latest.agencyCode());
		return latest;
	}

	/**
	 * The problems a new procedure would be refused for, without storing anything: the import uses it to report
	 * every problem of a row whose cells could not all be read.
	 */
	@PreAuthorize(Roles.ADMINS)
	@Transactional(readOnly = true)
	public List<FieldProblem> problems(ProcedureCommand command) {
		try {
			Agency agency = editableAgency(command.agencyCode());
			validated(command, UUID.randomUUID(), command.code() == null ? "" : command.code().trim(), 1, agency,
					ProcedureStatus.PUBLISHED);
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.errors();
		}
		catch (ForbiddenException ex) {
			return List.of(new FieldProblem("agencyCode", ex.getMessage()));
		}
	}

	/** Whether the caller may edit the procedure (for pages: show or hide the edit buttons). */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public boolean canEdit(ProcedureVersion v) {
		return (actor.hasRole(Roles.SYSTEM_ADMIN) || actor.hasRole(Roles.AGENCY_ADMIN)) && actor.canSee(v.agencyId());
	}

	private Agency editableAgency(@Nullable String code) {
		Agency agency = code == null ? null : agencies.findByCode(code).orElse(null);
		if (agency == null) {
			throw new InvalidInputException("agencyCode", "Không có cơ quan với mã " + code);
		}
		if (!actor.canSee(agency.id())) {
			throw new ForbiddenException("Bạn chỉ được sửa danh mục thủ tục của cơ quan mình");
		}
		return agency;
	}

	/** At most this many fees per procedure version (a real procedure has a handful; the public page lists them all). */
	static final int MAX_FEES = 30;

	/** At most this many papers (thành phần hồ sơ) per procedure version. */
	static final int MAX_COMPONENTS = 60;

	/** At most this many steps of the internal process, legs or applicant types per procedure version. */
	static final int MAX_STEPS = 40;

	/** Adds the problem and answers true when {@code items} has more than {@code max} entries. */
	private static boolean capped(String field, @Nullable List<?> items, int max, List<FieldProblem> errors) {
		if (items != null && items.size() > max) {
			errors.add(new FieldProblem(field, "Tối đa " + max + " mục (đã gửi " + items.size() + ")"));
			return true;
		}
		return false;
	}

	private ProcedureVersion validated(ProcedureCommand c, UUID procedureId, String code, int version, Agency agency,
			ProcedureStatus status) {
		List<FieldProblem> errors = new ArrayList<>();
		if (!code.matches("[0-9A-Za-z][0-9A-Za-z._-]{0,39}")) {
			errors.add(new FieldProblem("code", "Mã thủ tục gồm chữ, số, dấu chấm, gạch ngang (ví dụ 2.002352)"));
		}
		String name = VietnameseText.clean(c.name());
		if (name == null || name.isEmpty()) {
			errors.add(new FieldProblem("name", "Không được để trống"));
		}
		Field field = null;
		if (c.fieldCode() != null && !c.fieldCode().isBlank()) {
			field = fields.findByCode(c.fieldCode().trim()).orElse(null);
			if (field == null) {
				errors.add(new FieldProblem("fieldCode", "Không có lĩnh vực mã " + c.fieldCode()));
			}
		}
		ProcedureLevel level = oneOf(ProcedureLevel.class, c.level(), ProcedureLevel.PROVINCE, "level", errors);
		ProcedureOrigin origin = oneOf(ProcedureOrigin.class, c.origin(), ProcedureOrigin.LOCAL, "origin", errors);
		OnlineMode onlineMode = oneOf(OnlineMode.class, c.onlineMode(), OnlineMode.NONE, "onlineMode", errors);
		ResultType resultType = oneOf(ResultType.class, c.resultType(), ResultType.PAPER, "resultType", errors);
		DurationUnit unit = oneOf(DurationUnit.class, c.processingTime() == null ? null : c.processingTime().unit(),
				null, "processingTime.unit", errors);
		int amount = c.processingTime() == null || c.processingTime().amount() == null ? -1 : c.processingTime().amount();
		if (amount < 0 || amount > 365) {
			errors.add(new FieldProblem("processingTime.amount", "Thời hạn giải quyết từ 0 đến 365"));
		}
		if (onlineMode == OnlineMode.PARTIAL && (c.onlineReason() == null || c.onlineReason().isBlank())) {
			errors.add(new FieldProblem("onlineReason", "Dịch vụ công trực tuyến một phần phải công bố lý do"));
		}
		boolean overCap = capped("fees", c.fees(), MAX_FEES, errors)
				| capped("components", c.components(), MAX_COMPONENTS, errors)
				| capped("internalProcess", c.internalProcess(), MAX_STEPS, errors)
				| capped("legs", c.legs(), MAX_STEPS, errors)
				| capped("applicantTypes", c.applicantTypes(), MAX_STEPS, errors);
		if (overCap) {
			throw new InvalidInputException(errors);
		}
		List<ProcedureVersion.Fee> fees = new ArrayList<>();
		List<FeeData> feeData = c.fees() == null ? List.of() : c.fees();
		for (int i = 0; i < feeData.size(); i++) {
			FeeData fee = feeData.get(i);
			String feeName = VietnameseText.clean(fee.name());
			if (feeName == null || feeName.isEmpty()) {
				errors.add(new FieldProblem("fees[" + i + "].name", "Cần tên khoản phí, lệ phí"));
			}
			List<ProcedureVersion.FeeShare> shares = new ArrayList<>();
			int percent = 0;
			List<FeeShareData> shareData = fee.shares() == null ? List.of() : fee.shares();
			for (int j = 0; j < shareData.size(); j++) {
				FeeShareData share = shareData.get(j);
				String holder = VietnameseText.clean(share.holder());
				int p = share.percent() == null ? -1 : share.percent();
				if (holder == null || holder.isEmpty()) {
					errors.add(new FieldProblem("fees[" + i + "].shares[" + j + "].holder", "Cần tên nơi hưởng"));
				}
				if (p < 0 || p > 100) {
					errors.add(new FieldProblem("fees[" + i + "].shares[" + j + "].percent", "Tỷ lệ từ 0 đến 100"));
				}
				percent += Math.max(0, p);
				shares.add(new ProcedureVersion.FeeShare(holder == null ? "" : holder, p));
			}
			if (!shares.isEmpty() && percent != 100) {
				errors.add(new FieldProblem("fees[" + i + "].shares",
						"Tổng tỷ lệ phân chia phải bằng 100% (hiện là " + percent + "%)"));
			}
			if (fee.amountVnd() == null || fee.amountVnd() < 0) {
				errors.add(new FieldProblem("fees[" + i + "].amountVnd", "Số tiền không được âm"));
			}
			else {
				fees.add(new ProcedureVersion.Fee(feeName == null ? "" : feeName, fee.amountVnd(), shares));
			}
		}
		List<ProcedureVersion.Component> components = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		List<ComponentData> componentData = c.components() == null ? List.of() : c.components();
		for (int i = 0; i < componentData.size(); i++) {
			ComponentData component = componentData.get(i);
			String componentCode = component.code() == null ? "" : component.code().trim().toUpperCase(Locale.ROOT);
			if (!codes.add(componentCode)) {
				errors.add(new FieldProblem("components[" + i + "].code", "Mã thành phần " + component.code() + " bị lặp"));
			}
			int copies = component.copies() == null ? 1 : component.copies();
			if (copies < 0 || copies > 100) {
				errors.add(new FieldProblem("components[" + i + "].copies", "Số bản từ 0 đến 100"));
			}
			if (!componentCode.matches("[0-9A-Z][0-9A-Z._-]{0,39}")) {
				errors.add(new FieldProblem("components[" + i + "].code", "Mã giấy tờ gồm chữ không dấu, số, dấu chấm, gạch"));
			}
			String componentName = VietnameseText.clean(component.name());
			if (componentName == null || componentName.isEmpty()) {
				errors.add(new FieldProblem("components[" + i + "].name", "Cần tên giấy tờ"));
			}
			String paperType = component.paperType() == null || component.paperType().isBlank() ? "ORIGINAL"
					: component.paperType().trim().toUpperCase(Locale.ROOT);
			if (!PAPER_TYPES.contains(paperType)) {
				errors.add(new FieldProblem("components[" + i + "].paperType",
						"Loại bản phải là một trong " + String.join(", ", PAPER_TYPES)));
			}
			String templateName = null;
			if (component.templateFileId() != null) {
				try {
					StoredFile file = files.get(component.templateFileId());
					if (file.agencyId() != null && !file.agencyId().equals(agency.id())) {
						errors.add(new FieldProblem("components[" + i + "].templateFileId",
								"Mẫu đơn phải là tệp của cơ quan " + agency.code()));
					}
					templateName = file.name();
				}
				catch (NotFoundException ex) {
					errors.add(new FieldProblem("components[" + i + "].templateFileId",
							"Không có tệp mẫu đơn " + component.templateFileId()));
				}
			}
			components.add(new ProcedureVersion.Component(componentCode, componentName == null ? "" : componentName,
					component.required() == null || component.required(), copies, paperType,
					component.templateFileId(), templateName));
		}
		List<ProcedureVersion.Step> steps = new ArrayList<>();
		List<StepData> stepData = c.internalProcess() == null ? List.of() : c.internalProcess();
		int stepDays = 0;
		for (int i = 0; i < stepData.size(); i++) {
			StepData step = stepData.get(i);
			String role = step.role() == null ? "" : step.role().trim().toUpperCase(Locale.ROOT);
			if (!Roles.ALL.contains(role)) {
				errors.add(new FieldProblem("internalProcess[" + i + "].role", "Vai trò không tồn tại: " + step.role()));
			}
			int days = step.days() == null ? -1 : step.days();
			if (days < 0 || days > 365) {
				errors.add(new FieldProblem("internalProcess[" + i + "].days", "Số ngày từ 0 đến 365"));
			}
			stepDays += Math.max(0, days);
			steps.add(new ProcedureVersion.Step(i + 1, VietnameseText.clean(step.name()), role, days));
		}
		if (!steps.isEmpty() && unit == DurationUnit.WORKING_DAY && amount >= 0 && stepDays != amount) {
			errors.add(new FieldProblem("internalProcess", "Tổng số ngày các bước (" + stepDays
					+ ") phải bằng thời hạn giải quyết (" + amount + " ngày làm việc)"));
		}
		if (c.validFrom() == null) {
			errors.add(new FieldProblem("validFrom", "Cần ngày có hiệu lực"));
		}
		List<String> applicantTypes = new ArrayList<>();
		List<String> typeData = c.applicantTypes() == null ? List.of() : c.applicantTypes();
		for (int i = 0; i < typeData.size(); i++) {
			String type = typeData.get(i) == null ? "" : typeData.get(i).trim().toUpperCase(Locale.ROOT);
			if (!APPLICANT_TYPES.contains(type)) {
				errors.add(new FieldProblem("applicantTypes[" + i + "]",
						"Đối tượng thực hiện phải là một trong " + String.join(", ", APPLICANT_TYPES)));
			}
			else if (!applicantTypes.contains(type)) {
				applicantTypes.add(type);
			}
		}
		applicantTypes.sort((a, b) -> APPLICANT_TYPES.indexOf(a) - APPLICANT_TYPES.indexOf(b));
		boolean interAgency = Boolean.TRUE.equals(c.interAgency());
		List<ProcedureVersion.Leg> legs = new ArrayList<>();
		List<LegData> legData = c.legs() == null ? List.of() : c.legs();
		int legDays = 0;
		for (int i = 0; i < legData.size(); i++) {
			LegData leg = legData.get(i);
			String legAgency = VietnameseText.clean(leg.agency());
			if (legAgency == null || legAgency.isEmpty()) {
				errors.add(new FieldProblem("legs[" + i + "].agency", "Cần tên cơ quan thực hiện bước liên thông"));
			}
			int days = leg.days() == null ? -1 : leg.days();
			if (days < 0 || days > 365) {
				errors.add(new FieldProblem("legs[" + i + "].days", "Số ngày từ 0 đến 365"));
			}
			legDays += Math.max(0, days);
			legs.add(new ProcedureVersion.Leg(i + 1, legAgency == null ? "" : legAgency, days));
		}
		if (!legs.isEmpty() && !interAgency) {
			errors.add(new FieldProblem("legs", "Chỉ thủ tục liên thông mới có các bước liên thông"));
		}
		if (!legs.isEmpty() && legs.size() < 2) {
			errors.add(new FieldProblem("legs", "Thủ tục liên thông cần ít nhất hai cơ quan"));
		}
		if (!legs.isEmpty() && unit == DurationUnit.WORKING_DAY && amount >= 0 && legDays != amount) {
			errors.add(new FieldProblem("legs", "Tổng số ngày các bước liên thông (" + legDays
					+ ") phải bằng thời hạn giải quyết (" + amount + " ngày làm việc)"));
		}
		String resultName = VietnameseText.clean(c.resultName());
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new ProcedureVersion(UUID.randomUUID(), procedureId, code, version, c.validFrom(), name,
				field == null ? null : field.id(), field == null ? null : field.code(), agency.id(), agency.code(), level,
				origin, new WorkingDuration(amount, unit), onlineMode, VietnameseText.clean(c.onlineReason()), resultType,
				interAgency, VietnameseText.clean(c.legalBasis()),
				VietnameseText.clean(c.whereToSubmit()), VietnameseText.clean(c.decisionNumber()), fees, components,
				steps, status, applicantTypes, legs, c.oneStop() == null || c.oneStop(),
				Boolean.TRUE.equals(c.onTheSpot()), resultName, null, null, field == null ? null : field.name());
	}

	private static ProcedureStatus status(@Nullable String value, @Nullable ProcedureStatus fallback) {
		ProcedureStatus status = value == null || value.isBlank() ? fallback
				: EnumInput.read(ProcedureStatus.class, value).orElse(null);
		if (status == null) {
			throw new InvalidInputException("status", "Trạng thái phải là DRAFT, PUBLISHED hoặc REPEALED");
		}
		return status;
	}

	/** The code read into its enum ({@code fallback} when blank); an unknown code is a problem naming every value. */
	private static <E extends Enum<E>> E oneOf(Class<E> type, @Nullable String value, @Nullable E fallback,
			String field, List<FieldProblem> errors) {
		E read = value == null || value.isBlank() ? fallback : EnumInput.read(type, value).orElse(null);
		if (read == null) {
			errors.add(new FieldProblem(field, "Giá trị phải là một trong "
					+ String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
			return type.getEnumConstants()[0];
		}
		return read;
	}
}
