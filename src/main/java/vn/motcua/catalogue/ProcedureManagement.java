package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.identity.Field;
import vn.motcua.identity.Fields;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnameseText;

/**
 * The procedure catalogue: create (version 1), change (a new version from a later date), publish and repeal, find the
 * version in force on a day. Administrators of the procedure's agency (or the system) edit; staff read their
 * agencies' procedures; the public reads published ones.
 */
@Service
public class ProcedureManagement {

	private final Procedures procedures;

	private final Agencies agencies;

	private final Fields fields;

	private final CurrentActor actor;

	private final AuditLog audit;

	ProcedureManagement(Procedures procedures, Agencies agencies, Fields fields, CurrentActor actor, AuditLog audit) {
		this.procedures = procedures;
		this.agencies = agencies;
		this.fields = fields;
		this.actor = actor;
		this.audit = audit;
	}

	/** The API.md body of a procedure version. */
	public record ProcedureCommand(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 500) String name,
			@Nullable @Size(max = 40) String fieldCode, @NotBlank @Size(max = 50) String agencyCode,
			@Nullable String level, @Nullable String origin, @NotNull @Valid ProcessingTime processingTime,
			@Nullable String onlineMode, @Nullable @Size(max = 1000) String onlineReason,
			@Nullable List<@Valid FeeData> fees, @Nullable List<@Valid ComponentData> components,
			@Nullable String resultType, @Nullable Boolean interAgency, @NotNull LocalDate validFrom,
			@Nullable String legalBasis, @Nullable @Size(max = 1000) String whereToSubmit,
			@Nullable @Size(max = 100) String decisionNumber, @Nullable String status,
			@Nullable List<@Valid StepData> internalProcess) {

		/** Without an internal process. */
		public ProcedureCommand(String code, String name, @Nullable String fieldCode, String agencyCode,
				@Nullable String level, @Nullable String origin, ProcessingTime processingTime,
				@Nullable String onlineMode, @Nullable String onlineReason, @Nullable List<FeeData> fees,
				@Nullable List<ComponentData> components, @Nullable String resultType, @Nullable Boolean interAgency,
				LocalDate validFrom, @Nullable String legalBasis, @Nullable String whereToSubmit,
				@Nullable String decisionNumber, @Nullable String status) {
			this(code, name, fieldCode, agencyCode, level, origin, processingTime, onlineMode, onlineReason, fees,
					components, resultType, interAgency, validFrom, legalBasis, whereToSubmit, decisionNumber, status,
					null);
		}
	}

	/** A step of the internal process: name, the role that does it, working days. */
	public record StepData(@NotBlank @Size(max = 300) String name, @NotBlank String role, @NotNull Integer days) {
	}

	/** Thời hạn giải quyết. */
	public record ProcessingTime(@NotNull Integer amount, @NotBlank String unit) {
	}

	/** A fee in VND. */
	public record FeeData(@NotBlank @Size(max = 300) String name, @NotNull Long amountVnd) {
	}

	/** A paper. */
	public record ComponentData(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 500) String name,
			@Nullable Boolean required, @Nullable Integer copies) {
	}

	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public ProcedureVersion create(ProcedureCommand command) {
		String code = command.code() == null ? "" : command.code().trim();
		if (procedures.exists(code)) {
			throw new ConflictException("Đã có thủ tục mã " + code);
		}
		Agency agency = editableAgency(command.agencyCode());
		String status = status(command.status(), "PUBLISHED");
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
		ProcedureVersion latest = visible(code, null);
		Agency agency = editableAgency(latest.agencyCode());
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

	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public ProcedureVersion changeStatus(String code, String target) {
		ProcedureVersion latest = visible(code, null);
		editableAgency(latest.agencyCode());
		String to = status(target, null);
		boolean allowed = ("DRAFT".equals(latest.status()) && "PUBLISHED".equals(to))
				|| ("PUBLISHED".equals(latest.status()) && "REPEALED".equals(to));
		if (!allowed) {
			throw new ConflictException("Không chuyển được thủ tục " + code + " từ " + latest.status() + " sang " + to,
					latest.status());
		}
		procedures.updateStatus(latest.procedureId(), to);
		audit.record(to.equals("PUBLISHED") ? "PUBLISH" : "REPEAL", "Procedure", code, latest.agencyId(),
				latest.status(), to);
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

	/** Staff search within their agencies. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public PageResult<ProcedureVersion> search(@Nullable String q, PageRequest page) {
		return procedures.search(q, actor.seesAllAgencies() ? null : actor.visibleAgencyIds(), null, page);
	}

	/** Public search: published procedures only. */
	@Transactional(readOnly = true)
	public PageResult<ProcedureVersion> publicSearch(@Nullable String q, PageRequest page) {
		return procedures.search(q, null, "PUBLISHED", page);
	}

	/** Public page: a published procedure's current version. */
	@Transactional(readOnly = true)
	public ProcedureVersion publicProcedure(String code) {
		return procedures.latest(code)
			.filter(v -> "PUBLISHED".equals(v.status()))
			.orElseThrow(() -> new NotFoundException("Không tìm thấy thủ tục " + code));
	}

	/** For intake: the version in force on a day, of a procedure that is not repealed; any agency. */
	@Transactional(readOnly = true)
	public Optional<ProcedureVersion> versionInForce(String code, LocalDate day) {
		return procedures.inForce(code, day).filter(v -> !"REPEALED".equals(v.status()));
	}

	/** The version a dossier is bound to, by id. */
	@Transactional(readOnly = true)
	public Optional<ProcedureVersion> version(UUID versionId) {
		return procedures.version(versionId);
	}

	/** For intake forms: the procedures in force on a day for the given agencies, not repealed. */
	@Transactional(readOnly = true)
	public List<ProcedureVersion> inForceFor(Collection<UUID> agencyIds, LocalDate day) {
		return procedures.inForceFor(agencyIds, day, null).stream().filter(v -> !"REPEALED".equals(v.status())).toList();
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

	private ProcedureVersion validated(ProcedureCommand c, UUID procedureId, String code, int version, Agency agency,
			String status) {
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
		String level = oneOf(c.level(), "PROVINCE", List.of("PROVINCE", "COMMUNE", "MINISTRY"), "level", errors);
		String origin = oneOf(c.origin(), "LOCAL", List.of("CENTRAL", "LOCAL"), "origin", errors);
		String onlineMode = oneOf(c.onlineMode(), "NONE", List.of("FULL", "PARTIAL", "NONE"), "onlineMode", errors);
		String resultType = oneOf(c.resultType(), "PAPER", List.of("PAPER", "ELECTRONIC"), "resultType", errors);
		String unit = oneOf(c.processingTime() == null ? null : c.processingTime().unit(), null,
				List.of("WORKING_DAY", "WORKING_HOUR"), "processingTime.unit", errors);
		int amount = c.processingTime() == null || c.processingTime().amount() == null ? -1 : c.processingTime().amount();
		if (amount < 0 || amount > 365) {
			errors.add(new FieldProblem("processingTime.amount", "Thời hạn giải quyết từ 0 đến 365"));
		}
		if ("PARTIAL".equals(onlineMode) && (c.onlineReason() == null || c.onlineReason().isBlank())) {
			errors.add(new FieldProblem("onlineReason", "Dịch vụ công trực tuyến một phần phải công bố lý do"));
		}
		List<ProcedureVersion.Fee> fees = new ArrayList<>();
		List<FeeData> feeData = c.fees() == null ? List.of() : c.fees();
		for (int i = 0; i < feeData.size(); i++) {
			FeeData fee = feeData.get(i);
			if (fee.amountVnd() == null || fee.amountVnd() < 0) {
				errors.add(new FieldProblem("fees[" + i + "].amountVnd", "Số tiền không được âm"));
			}
			else {
				fees.add(new ProcedureVersion.Fee(VietnameseText.clean(fee.name()), fee.amountVnd()));
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
			components.add(new ProcedureVersion.Component(componentCode, VietnameseText.clean(component.name()),
					component.required() == null || component.required(), copies));
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
		if (!steps.isEmpty() && "WORKING_DAY".equals(unit) && amount >= 0 && stepDays != amount) {
			errors.add(new FieldProblem("internalProcess", "Tổng số ngày các bước (" + stepDays
					+ ") phải bằng thời hạn giải quyết (" + amount + " ngày làm việc)"));
		}
		if (c.validFrom() == null) {
			errors.add(new FieldProblem("validFrom", "Cần ngày có hiệu lực"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new ProcedureVersion(UUID.randomUUID(), procedureId, code, version, c.validFrom(), name,
				field == null ? null : field.id(), field == null ? null : field.code(), agency.id(), agency.code(), level,
				origin, amount, unit, onlineMode, VietnameseText.clean(c.onlineReason()), resultType,
				Boolean.TRUE.equals(c.interAgency()), VietnameseText.clean(c.legalBasis()),
				VietnameseText.clean(c.whereToSubmit()), VietnameseText.clean(c.decisionNumber()), fees, components,
				steps, status);
	}

	private static String status(@Nullable String value, @Nullable String fallback) {
		String status = value == null || value.isBlank() ? fallback : value.trim().toUpperCase(Locale.ROOT);
		if (status == null || !List.of("DRAFT", "PUBLISHED", "REPEALED").contains(status)) {
			throw new InvalidInputException("status", "Trạng thái phải là DRAFT, PUBLISHED hoặc REPEALED");
		}
		return status;
	}

	private static String oneOf(@Nullable String value, @Nullable String fallback, List<String> allowed, String field,
			List<FieldProblem> errors) {
		String v = value == null || value.isBlank() ? fallback : value.trim().toUpperCase(Locale.ROOT);
		if (v == null || !allowed.contains(v)) {
			errors.add(new FieldProblem(field, "Giá trị phải là một trong " + String.join(", ", allowed)));
			return allowed.get(0);
		}
		return v;
	}
}
