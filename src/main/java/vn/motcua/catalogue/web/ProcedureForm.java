package vn.motcua.catalogue.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.motcua.calendar.DurationUnit;
import vn.motcua.catalogue.ProcedureManagement.ComponentData;
import vn.motcua.catalogue.ProcedureManagement.FeeData;
import vn.motcua.catalogue.ProcedureManagement.LegData;
import vn.motcua.catalogue.ProcedureManagement.ProcedureCommand;
import vn.motcua.catalogue.ProcedureManagement.ProcessingTime;
import vn.motcua.catalogue.ProcedureManagement.StepData;
import vn.motcua.catalogue.OnlineMode;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureOrigin;
import vn.motcua.catalogue.ProcedureStatus;
import vn.motcua.catalogue.ProcedureText;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.ResultType;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;

/**
 * The staff form of a procedure version, as typed: plain fields, and the lists as text areas in the line format of
 * {@link ProcedureText} (the same as the XLSX template's cells). Bound by its constructor; it gives the same command
 * as the API.
 *
 * @param templates "TK=uuid;HC=uuid": the blank forms the papers already have, kept across edits
 * @param templateFor the paper an uploaded blank form belongs to
 */
record ProcedureForm(@Nullable String code, @Nullable String name, @Nullable String fieldCode,
		@Nullable String agencyCode, @Nullable String level, @Nullable String origin,
		@Nullable List<String> applicantTypes, @Nullable Integer processingAmount, @Nullable String processingUnit,
		@Nullable String onlineMode, @Nullable String onlineReason, @Nullable String fees, @Nullable String components,
		@Nullable String templates, @Nullable String templateFor, @Nullable Boolean interAgency, @Nullable String legs,
		@Nullable String steps, @Nullable String resultType, @Nullable String resultName, @Nullable String legalBasis,
		@Nullable String whereToSubmit, @Nullable Boolean oneStop, @Nullable Boolean onTheSpot,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom, @Nullable String status) {

	/** A new procedure: a draft of the given agency from {@code validFrom}, handled at the one-stop desk. */
	static ProcedureForm empty(@Nullable String agencyCode, LocalDate validFrom) {
		return new ProcedureForm("", "", "", agencyCode == null ? "" : agencyCode, ProcedureLevel.PROVINCE.name(),
				ProcedureOrigin.LOCAL.name(), List.of(), null, DurationUnit.WORKING_DAY.name(), OnlineMode.NONE.name(),
				"", "", "", "", "", false, "", "", ResultType.PAPER.name(), "", "", "", true, false, validFrom,
				ProcedureStatus.DRAFT.name());
	}

	/** A version as the form shows it; {@code validFrom} is left empty, since a new version needs a later date. */
	static ProcedureForm of(ProcedureVersion v) {
		return new ProcedureForm(v.code(), v.name(), text(v.fieldCode()), v.agencyCode(), v.level().name(),
				v.origin().name(), new ArrayList<>(v.applicantTypes()), v.processingAmount(), v.processingUnit().name(),
				v.onlineMode().name(), text(v.onlineReason()), ProcedureText.fees(v.fees()),
				ProcedureText.components(v.components()),
				String.join(";", v.components().stream()
					.filter(c -> c.templateFileId() != null)
					.map(c -> c.code() + "=" + c.templateFileId())
					.toList()),
				"", v.interAgency(), ProcedureText.legs(v.legs()), ProcedureText.steps(v.steps()), v.resultType().name(),
				text(v.resultName()), text(v.legalBasis()), text(v.whereToSubmit()), v.oneStop(), v.onTheSpot(), null,
				v.status().name());
	}

	/** The same form for the procedure {@code code} (an edit page sends no code of its own). */
	ProcedureForm withCode(String code) {
		return new ProcedureForm(code, name, fieldCode, agencyCode, level, origin, applicantTypes, processingAmount,
				processingUnit, onlineMode, onlineReason, fees, components, templates, templateFor, interAgency, legs,
				steps, resultType, resultName, legalBasis, whereToSubmit, oneStop, onTheSpot, validFrom, status);
	}

	/**
	 * The command; lines that cannot be read are thrown together as one {@link InvalidInputException}. An unticked
	 * box is {@code false} (the page always shows the boxes).
	 */
	ProcedureCommand toCommand() {
		List<FieldProblem> problems = new ArrayList<>();
		List<FeeData> feeData = read(() -> ProcedureText.parseFees(text(fees), "fees"), problems);
		List<ComponentData> componentData = read(() -> ProcedureText.parseComponents(text(components), "components"),
				problems);
		List<LegData> legData = read(() -> ProcedureText.parseLegs(text(legs), "legs"), problems);
		List<StepData> stepData = read(() -> ProcedureText.parseSteps(text(steps), "steps"), problems);
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
		return new ProcedureCommand(text(code), text(name), fieldCode, text(agencyCode), level, origin,
				new ProcessingTime(processingAmount, text(processingUnit)), onlineMode, onlineReason, feeData,
				withTemplates, resultType, Boolean.TRUE.equals(interAgency), validFrom, legalBasis, whereToSubmit, null,
				status, stepData, applicantTypes == null ? List.of() : applicantTypes, legData,
				Boolean.TRUE.equals(oneStop), Boolean.TRUE.equals(onTheSpot), resultName);
	}

	/** The refusal with each command field renamed to the form property it belongs beside. */
	static InvalidInputException onFormFields(InvalidInputException ex) {
		return new InvalidInputException(ex.errors()
			.stream()
			.map(p -> new FieldProblem(property(p.field()), p.message()))
			.toList());
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private @Nullable UUID template(@Nullable String componentCode) {
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
}
