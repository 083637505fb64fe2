package vn.motcua.catalogue.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import vn.motcua.catalogue.ProcedureManagement.ComponentData;
import vn.motcua.catalogue.ProcedureManagement.FeeData;
import vn.motcua.catalogue.ProcedureManagement.LegData;
import vn.motcua.catalogue.ProcedureManagement.ProcedureCommand;
import vn.motcua.catalogue.ProcedureManagement.ProcessingTime;
import vn.motcua.catalogue.ProcedureManagement.StepData;
import vn.motcua.catalogue.ProcedureText;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;

/**
 * The staff form of a procedure version: plain fields, and the lists as text areas in the line format of
 * {@link ProcedureText} (the same as the XLSX template's cells).
 */
public class ProcedureForm {

	private String code = "";

	private String name = "";

	private String fieldCode = "";

	private String agencyCode = "";

	private String level = "PROVINCE";

	private String origin = "LOCAL";

	private List<String> applicantTypes = new ArrayList<>();

	private Integer processingAmount;

	private String processingUnit = "WORKING_DAY";

	private String onlineMode = "NONE";

	private String onlineReason = "";

	private String fees = "";

	private String components = "";

	/** "TK=uuid;HC=uuid": the blank forms the papers already have, kept across edits. */
	private String templates = "";

	private String templateFor = "";

	private boolean interAgency;

	private String legs = "";

	private String steps = "";

	private String resultType = "PAPER";

	private String resultName = "";

	private String legalBasis = "";

	private String whereToSubmit = "";

	private boolean oneStop = true;

	private boolean onTheSpot;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	private String status = "PUBLISHED";

	static ProcedureForm of(ProcedureVersion v) {
		ProcedureForm f = new ProcedureForm();
		f.code = v.code();
		f.name = v.name();
		f.fieldCode = v.fieldCode() == null ? "" : v.fieldCode();
		f.agencyCode = v.agencyCode();
		f.level = v.level();
		f.origin = v.origin();
		f.applicantTypes = new ArrayList<>(v.applicantTypes());
		f.processingAmount = v.processingAmount();
		f.processingUnit = v.processingUnit();
		f.onlineMode = v.onlineMode();
		f.onlineReason = v.onlineReason() == null ? "" : v.onlineReason();
		f.fees = ProcedureText.fees(v.fees());
		f.components = ProcedureText.components(v.components());
		f.templates = String.join(";", v.components().stream()
			.filter(c -> c.templateFileId() != null)
			.map(c -> c.code() + "=" + c.templateFileId())
			.toList());
		f.interAgency = v.interAgency();
		f.legs = ProcedureText.legs(v.legs());
		f.steps = ProcedureText.steps(v.steps());
		f.resultType = v.resultType();
		f.resultName = v.resultName() == null ? "" : v.resultName();
		f.legalBasis = v.legalBasis() == null ? "" : v.legalBasis();
		f.whereToSubmit = v.whereToSubmit() == null ? "" : v.whereToSubmit();
		f.oneStop = v.oneStop();
		f.onTheSpot = v.onTheSpot();
		f.validFrom = v.validFrom();
		f.status = v.status();
		return f;
	}

	/** The command; lines that cannot be read are thrown together as one {@link InvalidInputException}. */
	ProcedureCommand toCommand() {
		List<FieldProblem> problems = new ArrayList<>();
		List<FeeData> feeData = read(() -> ProcedureText.parseFees(fees, "fees"), problems);
		List<ComponentData> componentData = read(() -> ProcedureText.parseComponents(components, "components"),
				problems);
		List<LegData> legData = read(() -> ProcedureText.parseLegs(legs, "legs"), problems);
		List<StepData> stepData = read(() -> ProcedureText.parseSteps(steps, "steps"), problems);
		if (processingAmount == null) {
			problems.add(new FieldProblem("processingAmount", "Cần số ngày (hoặc giờ) làm việc"));
		}
		if (validFrom == null) {
			problems.add(new FieldProblem("validFrom", "Cần ngày có hiệu lực"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<ComponentData> withTemplates = componentData.stream().map(c -> {
			UUID template = template(c.code());
			return template == null ? c
					: new ComponentData(c.code(), c.name(), c.required(), c.copies(), c.paperType(), template);
		}).toList();
		return new ProcedureCommand(code, name, fieldCode, agencyCode, level, origin,
				new ProcessingTime(processingAmount, processingUnit), onlineMode, onlineReason, feeData,
				withTemplates, resultType, interAgency, validFrom, legalBasis, whereToSubmit, null, status, stepData,
				applicantTypes, legData, oneStop, onTheSpot, resultName);
	}

	private UUID template(String componentCode) {
		if (templates == null || componentCode == null) {
			return null;
		}
		for (String pair : templates.split(";")) {
			String[] kv = pair.split("=");
			if (kv.length == 2 && kv[0].trim().equalsIgnoreCase(componentCode.trim())) {
				try {
					return UUID.fromString(kv[1].trim());
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			}
		}
		return null;
	}

	private static <T> List<T> read(java.util.function.Supplier<List<T>> parser, List<FieldProblem> problems) {
		try {
			return parser.get();
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.errors());
			return List.of();
		}
	}

	/** The form property a command field's error belongs beside. */
	static String property(String field) {
		String head = field.replaceAll("[\\[.].*$", "");
		return switch (head) {
			case "processingTime" -> field.endsWith("unit") ? "processingUnit" : "processingAmount";
			case "internalProcess" -> "steps";
			default -> head;
		};
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getFieldCode() { return fieldCode; }
	public void setFieldCode(String fieldCode) { this.fieldCode = fieldCode; }
	public String getAgencyCode() { return agencyCode; }
	public void setAgencyCode(String agencyCode) { this.agencyCode = agencyCode; }
	public String getLevel() { return level; }
	public void setLevel(String level) { this.level = level; }
	public String getOrigin() { return origin; }
	public void setOrigin(String origin) { this.origin = origin; }
	public List<String> getApplicantTypes() { return applicantTypes; }
	public void setApplicantTypes(List<String> applicantTypes) { this.applicantTypes = applicantTypes; }
	public Integer getProcessingAmount() { return processingAmount; }
	public void setProcessingAmount(Integer processingAmount) { this.processingAmount = processingAmount; }
	public String getProcessingUnit() { return processingUnit; }
	public void setProcessingUnit(String processingUnit) { this.processingUnit = processingUnit; }
	public String getOnlineMode() { return onlineMode; }
	public void setOnlineMode(String onlineMode) { this.onlineMode = onlineMode; }
	public String getOnlineReason() { return onlineReason; }
	public void setOnlineReason(String onlineReason) { this.onlineReason = onlineReason; }
	public String getFees() { return fees; }
	public void setFees(String fees) { this.fees = fees; }
	public String getComponents() { return components; }
	public void setComponents(String components) { this.components = components; }
	public String getTemplates() { return templates; }
	public void setTemplates(String templates) { this.templates = templates; }
	public String getTemplateFor() { return templateFor; }
	public void setTemplateFor(String templateFor) { this.templateFor = templateFor; }
	public boolean isInterAgency() { return interAgency; }
	public void setInterAgency(boolean interAgency) { this.interAgency = interAgency; }
	public String getLegs() { return legs; }
	public void setLegs(String legs) { this.legs = legs; }
	public String getSteps() { return steps; }
	public void setSteps(String steps) { this.steps = steps; }
	public String getResultType() { return resultType; }
	public void setResultType(String resultType) { this.resultType = resultType; }
	public String getResultName() { return resultName; }
	public void setResultName(String resultName) { this.resultName = resultName; }
	public String getLegalBasis() { return legalBasis; }
	public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
	public String getWhereToSubmit() { return whereToSubmit; }
	public void setWhereToSubmit(String whereToSubmit) { this.whereToSubmit = whereToSubmit; }
	public boolean isOneStop() { return oneStop; }
	public void setOneStop(boolean oneStop) { this.oneStop = oneStop; }
	public boolean isOnTheSpot() { return onTheSpot; }
	public void setOnTheSpot(boolean onTheSpot) { this.onTheSpot = onTheSpot; }
	public LocalDate getValidFrom() { return validFrom; }
	public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
	public String getStatus() { return status; }
	public void setStatus(String status) { this.status = status; }
}
