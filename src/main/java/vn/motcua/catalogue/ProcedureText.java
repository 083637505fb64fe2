package vn.motcua.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.ProcedureManagement.ComponentData;
import vn.motcua.catalogue.ProcedureManagement.FeeData;
import vn.motcua.catalogue.ProcedureManagement.FeeShareData;
import vn.motcua.catalogue.ProcedureManagement.LegData;
import vn.motcua.catalogue.ProcedureManagement.StepData;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.VietnameseText;

/**
 * The one-line-per-item text of a procedure's lists, shared by the XLSX template (one cell per list) and the staff
 * form (one text area per list), documented in docs/catalogue.md:
 * <ul>
 * <li>fees: {@code Tên | số tiền [| Nơi hưởng = tỷ lệ; Nơi hưởng = tỷ lệ]}</li>
 * <li>papers: {@code Mã | Tên | bản chính / bản sao chứng thực / bản sao | số bản | bắt buộc / nếu có}</li>
 * <li>inter-agency legs: {@code Cơ quan | số ngày}</li>
 * <li>internal process: {@code Tên bước | vai trò | số ngày}</li>
 * <li>applicant types: labels or codes separated by commas or semicolons</li>
 * </ul>
 * Parsing a malformed line throws {@link InvalidInputException} naming the list and the line.
 */
public final class ProcedureText {

	private ProcedureText() {
	}

	public static String fees(List<ProcedureVersion.Fee> fees) {
		return fees.stream().map(f -> esc(f.name()) + " | " + f.amountVnd() + (f.shareList().isEmpty() ? ""
				: " | " + f.shareList().stream().map(s -> s.holder() + " = " + s.percent())
					.collect(Collectors.joining("; "))))
			.collect(Collectors.joining("\n"));
	}

	public static List<FeeData> parseFees(@Nullable String text, String field) {
		List<FeeData> fees = new ArrayList<>();
		int n = 0;
		for (String line : lines(text)) {
			n++;
			String[] parts = parts(line);
			if (parts.length < 2 || parts.length > 3) {
				throw bad(field, n, "cần \"Tên | số tiền\" hoặc \"Tên | số tiền | Nơi hưởng = tỷ lệ; …\"");
			}
			Long amount = number(parts[1]);
			if (amount == null) {
				throw bad(field, n, "số tiền \"" + parts[1] + "\" không phải là số");
			}
			List<FeeShareData> shares = new ArrayList<>();
			if (parts.length == 3 && !parts[2].isBlank()) {
				for (String share : parts[2].split(";")) {
					String[] kv = share.split("=");
					Long percent = kv.length == 2 ? number(kv[1].replace("%", "")) : null;
					if (percent == null) {
						throw bad(field, n, "phân chia \"" + share.strip() + "\" cần dạng \"Nơi hưởng = tỷ lệ\"");
					}
					shares.add(new FeeShareData(VietnameseText.clean(kv[0]), percent.intValue()));
				}
			}
			fees.add(new FeeData(parts[0], amount, shares));
		}
		return fees;
	}

	public static String components(List<ProcedureVersion.Component> components) {
		return components.stream()
			.map(c -> String.join(" | ", esc(c.code()), esc(c.name()), paperLabel(c.paper()), Integer.toString(c.copies()),
					c.required() ? "bắt buộc" : "nếu có"))
			.collect(Collectors.joining("\n"));
	}

	public static List<ComponentData> parseComponents(@Nullable String text, String field) {
		List<ComponentData> components = new ArrayList<>();
		int n = 0;
		for (String line : lines(text)) {
			n++;
			String[] parts = parts(line);
			if (parts.length != 5) {
				throw bad(field, n, "cần \"Mã | Tên | loại bản | số bản | bắt buộc hoặc nếu có\"");
			}
			String paper = paperCode(parts[2]);
			if (paper == null) {
				throw bad(field, n, "loại bản \"" + parts[2] + "\" phải là bản chính, bản sao chứng thực hoặc bản sao");
			}
			Long copies = number(parts[3]);
			if (copies == null) {
				throw bad(field, n, "số bản \"" + parts[3] + "\" không phải là số");
			}
			Boolean required = switch (VietnameseText.fold(parts[4])) {
				case "bat buoc", "co", "true", "x" -> true;
				case "neu co", "khong", "khong bat buoc", "false", "" -> false;
				default -> null;
			};
			if (required == null) {
				throw bad(field, n, "\"" + parts[4] + "\" phải là \"bắt buộc\" hoặc \"nếu có\"");
			}
			components.add(new ComponentData(parts[0], parts[1], required, copies.intValue(), paper, null));
		}
		return components;
	}

	public static String legs(List<ProcedureVersion.Leg> legs) {
		return legs.stream().map(l -> esc(l.agency()) + " | " + l.days()).collect(Collectors.joining("\n"));
	}

	public static List<LegData> parseLegs(@Nullable String text, String field) {
		List<LegData> legs = new ArrayList<>();
		int n = 0;
		for (String line : lines(text)) {
			n++;
			String[] parts = parts(line);
			Long days = parts.length == 2 ? number(parts[1]) : null;
			if (days == null) {
				throw bad(field, n, "cần \"Cơ quan | số ngày làm việc\"");
			}
			legs.add(new LegData(parts[0], days.intValue()));
		}
		return legs;
	}

	public static String steps(List<ProcedureVersion.Step> steps) {
		return steps.stream().map(s -> esc(s.name()) + " | " + s.role() + " | " + s.days()).collect(Collectors.joining("\n"));
	}

	public static List<StepData> parseSteps(@Nullable String text, String field) {
		List<StepData> steps = new ArrayList<>();
		int n = 0;
		for (String line : lines(text)) {
			n++;
			String[] parts = parts(line);
			Long days = parts.length == 3 ? number(parts[2]) : null;
			if (days == null) {
				throw bad(field, n, "cần \"Tên bước | vai trò | số ngày làm việc\"");
			}
			steps.add(new StepData(parts[0], parts[1], days.intValue()));
		}
		return steps;
	}

	public static String applicantTypes(List<String> types) {
		return types.stream().map(CatalogueLabels::applicantType).collect(Collectors.joining("; "));
	}

	public static List<String> parseApplicantTypes(@Nullable String text) {
		List<String> types = new ArrayList<>();
		if (text == null) {
			return types;
		}
		for (String part : text.split("[;,\n]")) {
			String folded = VietnameseText.fold(part);
			if (folded.isEmpty()) {
				continue;
			}
			String code = ProcedureManagement.APPLICANT_TYPES.stream()
				.filter(t -> VietnameseText.fold(CatalogueLabels.applicantType(t)).equals(folded)
						|| t.equalsIgnoreCase(part.strip()))
				.findFirst()
				.orElse(part.strip().toUpperCase(Locale.ROOT));
			types.add(code);
		}
		return types;
	}

	static String paperLabel(String code) {
		return switch (code) {
			case "CERTIFIED_COPY" -> "bản sao chứng thực";
			case "COPY" -> "bản sao";
			default -> "bản chính";
		};
	}

	static @Nullable String paperCode(String text) {
		return switch (VietnameseText.fold(text)) {
			case "ban chinh", "original", "" -> "ORIGINAL";
			case "ban sao chung thuc", "certified_copy", "ban sao co chung thuc" -> "CERTIFIED_COPY";
			case "ban sao", "ban chup", "ban photo", "copy" -> "COPY";
			default -> null;
		};
	}

	/** A yes/no cell: "có", "x", "true" → true; "không", empty, "false" → false; anything else {@code null}. */
	public static @Nullable Boolean yesNo(@Nullable String text) {
		return switch (VietnameseText.fold(text)) {
			case "co", "x", "true", "1" -> true;
			case "khong", "", "false", "0" -> false;
			default -> null;
		};
	}

	private static List<String> lines(@Nullable String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	private static String[] parts(String line) {
		String[] parts = line.split("(?<!\\\\)\\|", -1);
		for (int i = 0; i < parts.length; i++) {
			parts[i] = parts[i].strip().replace("\\|", "|");
		}
		return parts;
	}

	/** A name inside a line: a "|" in it is written "\\|" so that it does not split the line. */
	private static String esc(@Nullable String text) {
		return text == null ? "" : text.replace("|", "\\|");
	}

	private static @Nullable Long number(String text) {
		String digits = text.strip().replace(".", "").replace(",", "").replace(" ", "").replace("\u00a0", "");
		if (!digits.matches("-?\\d{1,15}")) {
			return null;
		}
		return Long.parseLong(digits);
	}

	private static InvalidInputException bad(String field, int line, String message) {
		return new InvalidInputException(field, "Dòng thứ " + line + ": " + message);
	}
}
