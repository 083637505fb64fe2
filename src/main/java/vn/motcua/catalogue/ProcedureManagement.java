package vn.motcua.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import vn.motcua.shared.VietnamTime;
import vn.motcua.shared.NoRoleRequired;

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

	private final ProcedureVersionCheck check;

	ProcedureManagement(Procedures procedures, AgencyDirectory agencies, FieldDirectory fields,
			ProcedureVersionCheck check, CurrentActor actor, AuditLog audit, FileStore files, Clock clock) {
		this.procedures = procedures;
		this.agencies = agencies;
		this.fields = fields;
		this.check = check;
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
		ProcedureStatus status = ProcedureVersionCheck.status(command.status(), ProcedureStatus.PUBLISHED);
		UUID procedureId = UUID.randomUUID();
		ProcedureVersion version = check.validated(command, procedureId, code, 1, agency, status);
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
		ProcedureVersion version = check.validated(command, latest.procedureId(), latest.code(), latest.version() + 1,
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
		ProcedureStatus to = ProcedureVersionCheck.status(target, null);
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
		return procedures.search(filter, actor.agencyFilter(), null, page);
	}

	/** The fields and agencies a member of staff can filter their catalogue by. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public ProcedureFilter.Choices choices() {
		return choices(actor.agencyFilter());
	}

	/**
	 * The active fields and agencies, for the public filters: read from the identity module's kept lists, so that a
	 * public search costs no statement for them.
	 */
	@NoRoleRequired("public catalogue, no sign-in")
	public ProcedureFilter.Choices publicChoices() {
		return choices(null);
	}

	/** The active fields, and the active agencies among {@code scope} (all when {@code null}), by name. */
	private ProcedureFilter.Choices choices(@Nullable Collection<UUID> scope) {
		Map<String, String> activeFields = new LinkedHashMap<>();
		fields.findAll().stream().filter(Field::active).forEach(f -> activeFields.put(f.code(), f.name()));
		Map<String, String> activeAgencies = new LinkedHashMap<>();
		agencies.findAll()
			.stream()
			.filter(a -> a.active() && (scope == null || scope.contains(a.id())))
			.forEach(a -> activeAgencies.put(a.code(), a.name()));
		return new ProcedureFilter.Choices(activeFields, activeAgencies);
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
			check.validated(command, UUID.randomUUID(), command.code() == null ? "" : command.code().trim(), 1, agency,
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
}
