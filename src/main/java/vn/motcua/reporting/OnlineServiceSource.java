package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.CatalogueStatistics;
import vn.motcua.catalogue.CatalogueStatistics.ProcedureInForce;
import vn.motcua.dossier.DossierStatistics;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ReportSource;

/**
 * Biểu II.08 (TTHC trên môi trường điện tử), one row per field. Levels 3 and 4 of the form are today's "một phần"
 * (PARTIAL) and "toàn trình" (FULL) online services (Decree 42/2022). (3)/(6) the procedures in force on the period's
 * last day offered at that level; (4)/(7) the same, since every procedure the catalogue offers online takes online
 * dossiers here; (5)/(8) dossiers received online in the period for those procedures; (9) 1 when the field has a
 * procedure online with a code of the national database (x.xxxxxx), which the National Public Service Portal lists.
 */
@Component
class OnlineServiceSource implements ReportSource {

	static final Pattern NATIONAL_CODE = Pattern.compile("\\d\\.\\d{6}");

	static final List<String> HEADINGS = List.of("Mã thủ tục", "Tên thủ tục", "Mức độ trực tuyến");

	private final CatalogueStatistics catalogue;

	private final DossierStatistics dossiers;

	OnlineServiceSource(CatalogueStatistics catalogue, DossierStatistics dossiers) {
		this.catalogue = catalogue;
		this.dossiers = dossiers;
	}

	@Override
	public String name() {
		return "ONLINE_SERVICES_BY_FIELD";
	}

	private static String field(ProcedureInForce p) {
		return p.fieldCode() == null ? "-" : p.fieldCode();
	}

	@Override
	public List<Row> rows(Collection<UUID> scope, LocalDate from, LocalDate to) {
		List<ProcedureInForce> procedures = catalogue.inForce(scope, to);
		Map<String, Long> online = dossiers.receivedOnlineByProcedure(scope, from, to);
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, Map<String, Long>> cells = new LinkedHashMap<>();
		for (ProcedureInForce p : procedures) {
			String field = field(p);
			names.put(field, p.fieldName() == null ? "Chưa xác định lĩnh vực" : p.fieldName());
			Map<String, Long> c = cells.computeIfAbsent(field, k -> new LinkedHashMap<>());
			c.putIfAbsent("9", 0L);
			// first column of the mode's group: (3)–(5) một phần, (6)–(8) toàn trình
			int b = switch (p.onlineMode()) {
				case "PARTIAL" -> 3;
				case "FULL" -> 6;
				default -> 0;
			};
			if (b == 0) {
				continue;
			}
			c.merge(Integer.toString(b), 1L, Long::sum);
			c.merge(Integer.toString(b + 1), 1L, Long::sum);
			c.merge(Integer.toString(b + 2), online.getOrDefault(p.code(), 0L), Long::sum);
			if (NATIONAL_CODE.matcher(p.code()).matches()) {
				c.put("9", 1L);
			}
		}
		List<Row> rows = new ArrayList<>();
		cells.forEach((field, c) -> rows.add(new Row("-".equals(field) ? null : field, names.get(field), c)));
		rows.sort(RowOrder.BY_LABEL);
		return rows;
	}

	/** The column sums, except (9), which says whether any field is integrated (có=1; không=0). */
	@Override
	public Map<String, Long> total(Collection<UUID> scope, LocalDate from, LocalDate to, List<Row> rows) {
		Map<String, Long> sum = new LinkedHashMap<>();
		rows.forEach(r -> r.cells().forEach((k, v) -> sum.merge(k, v, k.equals("9") ? Math::max : Long::sum)));
		return sum;
	}

	@Override
	public List<? extends Counted> cell(Collection<UUID> scope, LocalDate from, LocalDate to, @Nullable String rowCode,
			String column) {
		String mode = switch (column) {
			case "3", "4", "5" -> "PARTIAL";
			case "6", "7", "8", "9" -> "FULL";
			default -> throw new InvalidInputException("column", "Biểu II.08 không có cột (" + column + ")");
		};
		List<ProcedureInForce> procedures = catalogue.inForce(scope, to)
			.stream()
			.filter(p -> rowCode == null || rowCode.equalsIgnoreCase(field(p)))
			.filter(p -> column.equals("9") ? !p.onlineMode().equals("NONE") && NATIONAL_CODE.matcher(p.code()).matches()
					: p.onlineMode().equals(mode))
			.toList();
		if (column.equals("5") || column.equals("8")) {
			return dossiers.receivedOnline(scope, from, to, procedures.stream().map(ProcedureInForce::code).toList(),
					"Tiếp nhận trực tuyến trong kỳ, thủ tục trực tuyến " + (mode.equals("FULL") ? "toàn trình" : "một phần"));
		}
		String reason = column.equals("9") ? "Thủ tục trực tuyến có mã trong Cơ sở dữ liệu quốc gia về TTHC"
				: "Thủ tục có hiệu lực ngày " + ReportPeriod.d(to) + ", cung cấp trực tuyến "
						+ (mode.equals("FULL") ? "toàn trình" : "một phần");
		return procedures.stream()
			.map(p -> new ListedRecord(p.code(), reason, "/thu-tuc/" + p.code(), HEADINGS,
					Arrays.asList(p.code(), p.name(), p.onlineMode().equals("FULL") ? "Toàn trình" : "Một phần")))
			.toList();
	}
}
