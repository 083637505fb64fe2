package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.CatalogueStatistics;
import vn.motcua.catalogue.CatalogueStatistics.ProcedureInForce;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ReportSource;

/**
 * Biểu II.07b (TTHC tại Bộ phận Một cửa), one row per field, from the procedures in force on the period's last day:
 * (4)–(6) by level (province, district, commune; ministry-level procedures are not the locality's), (8)–(10) those
 * handled through the one-stop desk, (12)–(14) those with an issued internal process, (15) provincial one-stop
 * procedures done "4 tại chỗ" and (16) their share of (8) in percent. The district columns count nothing: the
 * catalogue has no district level since 1/7/2025.
 */
@Component
class OneStopSource implements ReportSource {

	static final List<String> HEADINGS = List.of("Mã thủ tục", "Tên thủ tục", "Cấp", "Một cửa", "Quy trình nội bộ",
			"4 tại chỗ");

	static final List<String> LEVELS = List.of("cấp tỉnh", "cấp huyện", "cấp xã");

	private final CatalogueStatistics catalogue;

	OneStopSource(CatalogueStatistics catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public String name() {
		return "ONE_STOP_PROCEDURES_BY_FIELD";
	}

	record Entry(String field, String fieldName, String column, ListedRecord record) {
	}

	List<Entry> entries(Collection<UUID> scope, LocalDate to) {
		List<Entry> entries = new ArrayList<>();
		for (ProcedureInForce p : catalogue.inForce(scope, to)) {
			// column offset of the level inside each group of three: province, district, commune
			int o = switch (p.level()) {
				case "PROVINCE" -> 0;
				case "DISTRICT" -> 1;
				case "COMMUNE" -> 2;
				default -> -1;
			};
			if (o < 0) {
				continue;
			}
			String level = LEVELS.get(o);
			String field = p.fieldCode() == null ? "-" : p.fieldCode();
			String fieldName = p.fieldName() == null ? "Chưa xác định lĩnh vực" : p.fieldName();
			List<@Nullable Object> values = Arrays.asList(p.code(), p.name(), level, p.oneStop() ? "Có" : "Không",
					p.internalProcessDefined() ? "Có" : "Không", p.onTheSpot() ? "Có" : "Không");
			String link = "/thu-tuc/" + p.code();
			entries.add(new Entry(field, fieldName, Integer.toString(4 + o), new ListedRecord(p.code(),
					"Thủ tục " + level + " có hiệu lực ngày " + ReportPeriod.d(to), link, HEADINGS, values)));
			if (p.oneStop()) {
				entries.add(new Entry(field, fieldName, Integer.toString(8 + o), new ListedRecord(p.code(),
						"Thực hiện theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa " + level, link, HEADINGS,
						values)));
				if (o == 0 && p.onTheSpot()) {
					entries.add(new Entry(field, fieldName, "15", new ListedRecord(p.code(),
							"Thực hiện \"4 tại chỗ\" tại Bộ phận Một cửa cấp tỉnh", link, HEADINGS, values)));
				}
			}
			if (p.internalProcessDefined()) {
				entries.add(new Entry(field, fieldName, Integer.toString(12 + o), new ListedRecord(p.code(),
						"Có quy trình nội bộ được ban hành", link, HEADINGS, values)));
			}
		}
		return entries;
	}

	@Override
	public List<Row> rows(Collection<UUID> scope, LocalDate from, LocalDate to) {
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, Map<String, Long>> cells = new LinkedHashMap<>();
		for (Entry e : entries(scope, to)) {
			names.put(e.field(), e.fieldName());
			cells.computeIfAbsent(e.field(), k -> new LinkedHashMap<>()).merge(e.column(), 1L, Long::sum);
		}
		List<Row> rows = new ArrayList<>();
		cells.forEach((field, c) -> rows.add(new Row("-".equals(field) ? null : field, names.get(field), derive(c))));
		rows.sort(RowOrder.BY_LABEL);
		return rows;
	}

	@Override
	public Map<String, Long> total(Collection<UUID> scope, LocalDate from, LocalDate to, List<Row> rows) {
		Map<String, Long> sum = new LinkedHashMap<>();
		rows.forEach(r -> r.cells().forEach((k, v) -> {
			if (!k.equals("16")) {
				sum.merge(k, v, Long::sum);
			}
		}));
		return derive(sum);
	}

	/** The sums (3), (7), (11) and the share (16) = (15) ÷ (8), in whole percent. */
	static Map<String, Long> derive(Map<String, Long> c) {
		Map<String, Long> cells = new LinkedHashMap<>(c);
		cells.put("3", c.getOrDefault("4", 0L) + c.getOrDefault("5", 0L) + c.getOrDefault("6", 0L));
		cells.put("7", c.getOrDefault("8", 0L) + c.getOrDefault("9", 0L) + c.getOrDefault("10", 0L));
		cells.put("11", c.getOrDefault("12", 0L) + c.getOrDefault("13", 0L) + c.getOrDefault("14", 0L));
		long desk = c.getOrDefault("8", 0L);
		cells.put("16", desk == 0 ? 0 : Math.round(100.0 * c.getOrDefault("15", 0L) / desk));
		return cells;
	}

	@Override
	public List<ListedRecord> cell(Collection<UUID> scope, LocalDate from, LocalDate to, @Nullable String rowCode,
			String column) {
		List<String> wanted = switch (column) {
			case "3" -> List.of("4", "5", "6");
			case "7" -> List.of("8", "9", "10");
			case "11" -> List.of("12", "13", "14");
			case "16" -> List.of("15");
			case "4", "5", "6", "8", "9", "10", "12", "13", "14", "15" -> List.of(column);
			default -> throw new InvalidInputException("column", "Biểu II.07b không có cột (" + column + ")");
		};
		return entries(scope, to).stream()
			.filter(e -> wanted.contains(e.column()) && (rowCode == null || rowCode.equalsIgnoreCase(e.field())))
			.map(Entry::record)
			.toList();
	}
}
