package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ReportSource;

/**
 * The digitisation figures (Decree 107/2021, Đề án 468; seed 003) per procedure: dossiers received, digitised (every
 * paper scanned at intake or later, or reused), with reused data, results issued and results digitised. The same
 * predicates as the Decision 766 indicators 4.1–4.3 ({@link DossierIndex766}) and the plan targets
 * ({@link DossierIndicators}), so the three never disagree; every figure lists its dossiers.
 */
@Component
class DigitisationSource implements ReportSource {

	static final String RECEIVED = "d.received_at >= :start and d.received_at < :end";

	static final String COMPLETED = "d.completed_at >= :start and d.completed_at < :end";

	static final String ALL_DIGITISED = "exists (select 1 from dossier_component c where c.dossier_id = d.id)"
			+ " and not exists (select 1 from dossier_component c where c.dossier_id = d.id and not c.digitised)";

	/** A result issued as an electronically signed file (kết quả điện tử), not a scan of a paper result. */
	static final String ELECTRONIC = "coalesce(d.result_form = 'ELECTRONIC', false)";

	static final String REUSED = "exists (select 1 from dossier_component c where c.dossier_id = d.id and c.reused)";

	/** Column → predicate and reason. */
	static final Map<String, String[]> COLUMNS = new LinkedHashMap<>();

	static {
		COLUMNS.put("3", new String[] { RECEIVED, "Tiếp nhận trong kỳ" });
		COLUMNS.put("4", new String[] { RECEIVED + " and " + ALL_DIGITISED,
				"Tiếp nhận trong kỳ, mọi thành phần hồ sơ đã được số hóa" });
		COLUMNS.put("5", new String[] { RECEIVED + " and " + REUSED,
				"Tiếp nhận trong kỳ, có thành phần tái sử dụng dữ liệu đã số hóa của người nộp" });
		COLUMNS.put("6", new String[] { COMPLETED, "Có kết quả trong kỳ" });
		COLUMNS.put("7", new String[] { COMPLETED + " and d.result_file_id is not null",
				"Có kết quả trong kỳ, kết quả đã được số hóa" });
		COLUMNS.put("8", new String[] { COMPLETED + " and d.result_file_id is not null and " + ELECTRONIC,
				"Có kết quả trong kỳ, cấp kết quả điện tử (tệp ký số)" });
		COLUMNS.put("9", new String[] { COMPLETED + " and d.result_file_id is not null and not " + ELECTRONIC,
				"Có kết quả trong kỳ, kết quả giấy được số hóa (bản chụp)" });
	}

	private static final String SCOPE = "d.agency_id = any(:agencies) and ((" + RECEIVED + ") or (" + COMPLETED + "))";

	private final JdbcClient jdbc;

	DigitisationSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "DIGITISATION_BY_PROCEDURE";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Row> rows(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		StringBuilder sql = new StringBuilder("select d.procedure_code, min(d.procedure_name) as procedure_name");
		COLUMNS.forEach((column, rule) -> sql.append(", count(*) filter (where ").append(rule[0]).append(") as c")
			.append(column));
		sql.append(" from dossier d where ").append(SCOPE).append(" group by d.procedure_code order by d.procedure_code");
		return jdbc.sql(sql.toString()).params(DossierStatistics.params(agencies, from, to)).query((rs, n) -> {
			Map<String, Long> cells = new LinkedHashMap<>();
			for (String column : COLUMNS.keySet()) {
				cells.put(column, rs.getLong("c" + column));
			}
			return new Row(rs.getString("procedure_code"), rs.getString("procedure_name"), cells);
		}).list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<DossierStatistics.Counted> cell(Collection<UUID> agencies, LocalDate from, LocalDate to,
			@Nullable String rowCode, String column) {
		String[] rule = COLUMNS.get(column);
		if (rule == null) {
			throw new InvalidInputException("column", "Số liệu số hóa không có cột (" + column + ")");
		}
		Map<String, Object> params = DossierStatistics.params(agencies, from, to);
		String procedure = "";
		if (rowCode != null && !rowCode.isBlank()) {
			procedure = " and d.procedure_code = :procedure";
			params.put("procedure", rowCode.trim());
		}
		return jdbc.sql("select d.* from dossier d where " + SCOPE + procedure + " and (" + rule[0]
				+ ") order by d.received_at, d.code")
			.params(params)
			.query((rs, n) -> DossierStatistics.counted(rs, rule[1]))
			.list();
	}
}
