package vn.motcua.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.DurationUnit;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.catalogue.ProcedureManagement.ComponentData;
import vn.motcua.catalogue.ProcedureManagement.FeeData;
import vn.motcua.catalogue.ProcedureManagement.FeeShareData;
import vn.motcua.catalogue.ProcedureManagement.LegData;
import vn.motcua.catalogue.ProcedureManagement.ProcedureCommand;
import vn.motcua.catalogue.ProcedureManagement.StepData;
import vn.motcua.document.FileStore;
import vn.motcua.document.StoredFile;
import vn.motcua.identity.Agency;
import vn.motcua.identity.Field;
import vn.motcua.identity.FieldDirectory;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnameseText;
import vn.motcua.shared.workflow.EnumInput;

import static vn.motcua.catalogue.ProcedureManagement.APPLICANT_TYPES;
import static vn.motcua.catalogue.ProcedureManagement.MAX_COMPONENTS;
import static vn.motcua.catalogue.ProcedureManagement.MAX_FEES;
import static vn.motcua.catalogue.ProcedureManagement.MAX_STEPS;
import static vn.motcua.catalogue.ProcedureManagement.PAPER_TYPES;

/**
 * Reads a procedure command into the version it describes: codes into their enums, the processing time into a
 * {@link WorkingDuration}, texts cleaned to NFC, papers, fees, steps and legs checked one by one. Every problem is
 * collected, so one 422 lists them all with their JSON paths ({@code fees[0].amountVnd}).
 */
@Component
class ProcedureVersionCheck {

	private final FieldDirectory fields;

	private final FileStore files;

	ProcedureVersionCheck(FieldDirectory fields, FileStore files) {
		this.fields = fields;
		this.files = files;
	}

	/**
	 * The version a command describes; every problem of the command is collected and thrown together as one
	 * {@link InvalidInputException} (422 listing them all).
	 */
	ProcedureVersion validated(ProcedureCommand c, UUID procedureId, String code, int version, Agency agency,
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
		List<ProcedureVersion.Fee> fees = fees(c.fees(), errors);
		List<ProcedureVersion.Component> components = components(c.components(), agency, errors);
		List<ProcedureVersion.Step> steps = steps(c.internalProcess(), errors);
		int stepDays = steps.stream().mapToInt(st -> Math.max(0, st.days())).sum();
		if (!steps.isEmpty() && unit == DurationUnit.WORKING_DAY && amount >= 0 && stepDays != amount) {
			errors.add(new FieldProblem("internalProcess", "Tổng số ngày các bước (" + stepDays
					+ ") phải bằng thời hạn giải quyết (" + amount + " ngày làm việc)"));
		}
		if (c.validFrom() == null) {
			errors.add(new FieldProblem("validFrom", "Cần ngày có hiệu lực"));
		}
		List<String> applicantTypes = applicantTypes(c.applicantTypes(), errors);
		boolean interAgency = Boolean.TRUE.equals(c.interAgency());
		List<ProcedureVersion.Leg> legs = legs(c.legs(), errors);
		int legDays = legs.stream().mapToInt(l -> Math.max(0, l.days())).sum();
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

	/** The fees, each with shares adding up to 100 % where the law splits it. */
	private List<ProcedureVersion.Fee> fees(@Nullable List<FeeData> given, List<FieldProblem> errors) {
		List<ProcedureVersion.Fee> fees = new ArrayList<>();
		List<FeeData> feeData = given == null ? List.of() : given;
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
		return fees;
	}

	/** The papers: unique codes, copies, paper type, and a blank form stored by the same agency. */
	private List<ProcedureVersion.Component> components(@Nullable List<ComponentData> given, Agency agency,
			List<FieldProblem> errors) {
		List<ProcedureVersion.Component> components = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		List<ComponentData> componentData = given == null ? List.of() : given;
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
		return components;
	}

	/** The internal process: a known role and 0–365 working days per step. */
	private static List<ProcedureVersion.Step> steps(@Nullable List<StepData> given, List<FieldProblem> errors) {
		List<ProcedureVersion.Step> steps = new ArrayList<>();
		List<StepData> stepData = given == null ? List.of() : given;
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
			steps.add(new ProcedureVersion.Step(i + 1, VietnameseText.clean(step.name()), role, days));
		}
		return steps;
	}

	/** The applicant types, known, without repeats, in display order. */
	private static List<String> applicantTypes(@Nullable List<String> given, List<FieldProblem> errors) {
		List<String> applicantTypes = new ArrayList<>();
		List<String> typeData = given == null ? List.of() : given;
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
		return applicantTypes;
	}

	/** The inter-agency legs: an agency and 0–365 working days each. */
	private static List<ProcedureVersion.Leg> legs(@Nullable List<LegData> given, List<FieldProblem> errors) {
		List<ProcedureVersion.Leg> legs = new ArrayList<>();
		List<LegData> legData = given == null ? List.of() : given;
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
			legs.add(new ProcedureVersion.Leg(i + 1, legAgency == null ? "" : legAgency, days));
		}
		return legs;
	}

	/** Adds the problem and answers true when {@code items} has more than {@code max} entries. */
	private static boolean capped(String field, @Nullable List<?> items, int max, List<FieldProblem> errors) {
		if (items != null && items.size() > max) {
			errors.add(new FieldProblem(field, "Tối đa " + max + " mục (đã gửi " + items.size() + ")"));
			return true;
		}
		return false;
	}

	static ProcedureStatus status(@Nullable String value, @Nullable ProcedureStatus fallback) {
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
