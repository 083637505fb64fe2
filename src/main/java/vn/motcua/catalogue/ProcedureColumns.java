package vn.motcua.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.ProcedureManagement.ComponentData;
import vn.motcua.catalogue.ProcedureManagement.FeeData;
import vn.motcua.catalogue.ProcedureManagement.LegData;
import vn.motcua.catalogue.ProcedureManagement.ProcedureCommand;
import vn.motcua.catalogue.ProcedureManagement.ProcessingTime;
import vn.motcua.catalogue.ProcedureManagement.StepData;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;

/**
 * The columns of a procedure version, in the order of the XLSX template (docs/catalogue.md): heading, the command
 * field whose errors belong to the column, and the cell text. The same list gives the field-by-field differences
 * between two versions on the history page.
 */
public final class ProcedureColumns {

	/** One column: its heading, the command field (JSON path prefix) it fills, its text for a version. */
	public record Column(String heading, String field, Function<ProcedureVersion, String> text) {
	}

	/** A field whose value differs between two consecutive versions. */
	public record Change(String heading, String before, String after) {
	}

	private static final CatalogueLabels LABELS = new CatalogueLabels();

	/** Every column, in template order. */
	public static final List<Column> ALL = List.of(
			new Column("Mã thủ tục", "code", ProcedureVersion::code),
			new Column("Tên thủ tục", "name", ProcedureVersion::name),
			new Column("Mã lĩnh vực", "fieldCode", v -> text(v.fieldCode())),
			new Column("Mã cơ quan", "agencyCode", ProcedureVersion::agencyCode),
			new Column("Cấp thực hiện", "level", v -> v.level().name()),
			new Column("Nguồn gốc", "origin", v -> v.origin().name()),
			new Column("Đối tượng thực hiện", "applicantTypes", v -> ProcedureText.applicantTypes(v.applicantTypes())),
			new Column("Thời hạn", "processingTime.amount", v -> Integer.toString(v.processingAmount())),
			new Column("Đơn vị thời hạn", "processingTime.unit", v -> v.processingUnit().name()),
			new Column("Trực tuyến", "onlineMode", v -> v.onlineMode().name()),
			new Column("Lý do trực tuyến một phần", "onlineReason", v -> text(v.onlineReason())),
			new Column("Phí", "fees", v -> ProcedureText.fees(v.fees())),
			new Column("Thành phần hồ sơ", "components", v -> ProcedureText.components(v.components())),
			new Column("Liên thông", "interAgency", v -> v.interAgency() ? "có" : "không"),
			new Column("Các bước liên thông", "legs", v -> ProcedureText.legs(v.legs())),
			new Column("Quy trình nội bộ", "internalProcess", v -> ProcedureText.steps(v.steps())),
			new Column("Loại kết quả", "resultType", v -> v.resultType().name()),
			new Column("Tên kết quả", "resultName", v -> text(v.resultName())),
			new Column("Căn cứ pháp lý", "legalBasis", v -> text(v.legalBasis())),
			new Column("Nơi nộp", "whereToSubmit", v -> text(v.whereToSubmit())),
			new Column("Một cửa", "oneStop", v -> v.oneStop() ? "có" : "không"),
			new Column("4 tại chỗ", "onTheSpot", v -> v.onTheSpot() ? "có" : "không"),
			new Column("Hiệu lực từ", "validFrom", v -> v.validFrom().toString()),
			new Column("Trạng thái", "status", v -> v.status().name()),
			new Column("Số quyết định công bố", "decisionNumber", v -> text(v.decisionNumber())));

	private ProcedureColumns() {
	}

	/** The heading of the column a command field's error belongs to ("fees[0].amountVnd" → "Phí"). */
	public static String heading(String field) {
		String best = null;
		for (Column c : ALL) {
			if (field.equals(c.field()) || field.startsWith(c.field() + "[") || field.startsWith(c.field() + ".")) {
				best = c.heading();
			}
		}
		if (best == null && field.startsWith("processingTime")) {
			best = "Thời hạn";
		}
		return best == null ? field : best;
	}

	/**
	 * The fields that differ from one version to the next (without the version number itself), with Vietnamese
	 * labels for codes.
	 */
	public static List<Change> changes(ProcedureVersion before, ProcedureVersion after) {
		List<Change> changes = new ArrayList<>();
		for (Column c : ALL) {
			if (c.field().equals("code") || c.field().equals("status") || c.field().equals("agencyCode")) {
				continue;
			}
			String a = c.text().apply(before);
			String b = c.text().apply(after);
			if (!a.equals(b)) {
				changes.add(new Change(c.heading(), display(c.field(), a), display(c.field(), b)));
			}
		}
		return changes;
	}

	private static String display(String field, String value) {
		return switch (field) {
			case "level" -> LABELS.level(value);
			case "origin" -> LABELS.origin(value);
			case "onlineMode" -> LABELS.online(value);
			case "resultType" -> LABELS.result(value);
			case "processingTime.unit" -> LABELS.unit(value);
			default -> value;
		};
	}

	/**
	 * A command from the cells of one row, keyed by heading. Cells that cannot be read (a malformed fee line, a date
	 * that is not a date) are reported in {@code errors} with their command field, and left empty in the command.
	 */
	public static ProcedureCommand command(Map<String, String> cells, List<FieldProblem> errors) {
		Function<String, @Nullable String> cell = h -> {
			String v = cells.get(h);
			return v == null || v.isBlank() ? null : v.strip();
		};
		List<FeeData> fees = parse(() -> ProcedureText.parseFees(cell.apply("Phí"), "fees"), errors);
		List<ComponentData> components = parse(
				() -> ProcedureText.parseComponents(cell.apply("Thành phần hồ sơ"), "components"), errors);
		List<LegData> legs = parse(() -> ProcedureText.parseLegs(cell.apply("Các bước liên thông"), "legs"), errors);
		List<StepData> steps = parse(() -> ProcedureText.parseSteps(cell.apply("Quy trình nội bộ"), "internalProcess"),
				errors);
		Integer amount = null;
		String amountText = cell.apply("Thời hạn");
		if (amountText != null) {
			try {
				amount = Integer.valueOf(amountText.replaceAll("\\.0+$", ""));
			}
			catch (NumberFormatException ex) {
				errors.add(new FieldProblem("processingTime.amount", "\"" + amountText + "\" không phải là số ngày"));
			}
		}
		else {
			errors.add(new FieldProblem("processingTime.amount", "Cần thời hạn giải quyết"));
		}
		LocalDate validFrom = null;
		String from = cell.apply("Hiệu lực từ");
		if (from == null) {
			errors.add(new FieldProblem("validFrom", "Cần ngày có hiệu lực (yyyy-MM-dd)"));
		}
		else {
			try {
				validFrom = LocalDate.parse(from);
			}
			catch (DateTimeParseException ex) {
				errors.add(new FieldProblem("validFrom", "\"" + from + "\" không phải ngày dạng yyyy-MM-dd"));
			}
		}
		Boolean interAgency = yesNo(cell.apply("Liên thông"), "interAgency", false, errors);
		Boolean oneStop = yesNo(cell.apply("Một cửa"), "oneStop", true, errors);
		Boolean onTheSpot = yesNo(cell.apply("4 tại chỗ"), "onTheSpot", false, errors);
		String status = cell.apply("Trạng thái");
		return new ProcedureCommand(text(cell.apply("Mã thủ tục")), text(cell.apply("Tên thủ tục")),
				cell.apply("Mã lĩnh vực"), text(cell.apply("Mã cơ quan")), cell.apply("Cấp thực hiện"),
				cell.apply("Nguồn gốc"),
				new ProcessingTime(amount == null ? 0 : amount, text(cell.apply("Đơn vị thời hạn"))),
				cell.apply("Trực tuyến"), cell.apply("Lý do trực tuyến một phần"), fees, components,
				cell.apply("Loại kết quả"), interAgency, validFrom == null ? LocalDate.MIN : validFrom,
				cell.apply("Căn cứ pháp lý"), cell.apply("Nơi nộp"), cell.apply("Số quyết định công bố"),
				status == null ? null : status.toUpperCase(Locale.ROOT), steps,
				ProcedureText.parseApplicantTypes(cell.apply("Đối tượng thực hiện")), legs, oneStop, onTheSpot,
				cell.apply("Tên kết quả"));
	}

	private static @Nullable Boolean yesNo(@Nullable String text, String field, boolean fallback,
			List<FieldProblem> errors) {
		if (text == null) {
			return fallback;
		}
		Boolean value = ProcedureText.yesNo(text);
		if (value == null) {
			errors.add(new FieldProblem(field, "\"" + text + "\" phải là \"có\" hoặc \"không\""));
			return fallback;
		}
		return value;
	}

	private static <T> List<T> parse(java.util.function.Supplier<List<T>> parser, List<FieldProblem> errors) {
		try {
			return parser.get();
		}
		catch (InvalidInputException ex) {
			errors.addAll(ex.errors());
			return List.of();
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
