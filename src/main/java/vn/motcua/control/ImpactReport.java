package vn.motcua.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ReportSource;

/**
 * The form "Kết quả đánh giá tác động của TTHC" (DOMAIN.md §1.1) as a report source: one row per assessed draft,
 * grouped by issuer (I: decisions of the provincial committee, II: resolutions of the provincial council), with a
 * zero row for a group without drafts. Row codes are "I.1", "I.2", "II.1" …, or "I"/"II" for a whole group. Column
 * (9), the number and date of issue, is text: the row label carries it and the cell counts the issued documents.
 */
@Component
class ImpactReport implements ReportSource {

	/** Column number → how an assessment fills it. */
	static final Map<String, Column> COLUMNS = new LinkedHashMap<>();

	static {
		COLUMNS.put("3", new Column(ImpactAssessment::total, "TTHC được đánh giá tác động: (4)+(5)+(6)+(7)"));
		COLUMNS.put("4", new Column(ImpactAssessment::newCount, "TTHC được quy định mới"));
		COLUMNS.put("5", new Column(ImpactAssessment::amended, "TTHC được sửa đổi, bổ sung"));
		COLUMNS.put("6", new Column(ImpactAssessment::repealed, "TTHC được bãi bỏ"));
		COLUMNS.put("7", new Column(ImpactAssessment::kept, "TTHC được giữ nguyên"));
		COLUMNS.put("8", new Column(ImpactAssessment::totalAfter, "TTHC được quy định tại văn bản sau khi ban hành"));
		COLUMNS.put("9", new Column(a -> a.issued() ? 1 : 0, "Văn bản đã được ban hành"));
	}

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("dd/MM/yyyy");

	private final ImpactAssessments assessments;

	ImpactReport(ImpactAssessments assessments) {
		this.assessments = assessments;
	}

	/** A column: the number an assessment contributes and what it means. */
	record Column(ToLongFunction<ImpactAssessment> value, String meaning) {
	}

	/** An assessment behind a figure. */
	record Counted(String code, String draftTitle, String issuer, LocalDate assessedOn, long value,
			@Nullable String issuedAs, String reason, String link) implements ReportSource.Counted {

		@Override
		public List<String> headings() {
			return List.of("Dòng", "Dự thảo văn bản", "Cơ quan ban hành", "Ngày đánh giá", "Số lượng", "Ban hành");
		}

		@Override
		public List<@Nullable Object> values() {
			return Arrays.asList(code, draftTitle, issuer, assessedOn, value, issuedAs);
		}
	}

	@Override
	public String name() {
		return "IMPACT_ASSESSMENTS";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Row> rows(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<String, List<ImpactAssessment>> group : groups(agencies, from, to).entrySet()) {
			ImpactAssessment.Issuer issuer = ImpactAssessment.Issuer.valueOf(group.getKey());
			if (group.getValue().isEmpty()) {
				Map<String, Long> zero = new LinkedHashMap<>();
				COLUMNS.keySet().forEach(c -> zero.put(c, 0L));
				rows.add(new Row(issuer.numeral(), issuer.numeral() + ". " + issuer.label(), zero));
				continue;
			}
			int n = 0;
			for (ImpactAssessment a : group.getValue()) {
				n++;
				Map<String, Long> cells = new LinkedHashMap<>();
				COLUMNS.forEach((c, column) -> cells.put(c, column.value().applyAsLong(a)));
				rows.add(new Row(issuer.numeral() + "." + n, label(issuer, n, a), cells));
			}
		}
		return rows;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Counted> cell(Collection<UUID> agencies, LocalDate from, LocalDate to, @Nullable String rowCode,
			String column) {
		Column rule = COLUMNS.get(column);
		if (rule == null) {
			throw new InvalidInputException("column", "Biểu đánh giá tác động không có cột (" + column + ") tính từ dữ liệu");
		}
		List<Counted> counted = new ArrayList<>();
		for (Map.Entry<String, List<ImpactAssessment>> group : groups(agencies, from, to).entrySet()) {
			ImpactAssessment.Issuer issuer = ImpactAssessment.Issuer.valueOf(group.getKey());
			int n = 0;
			for (ImpactAssessment a : group.getValue()) {
				n++;
				String code = issuer.numeral() + "." + n;
				boolean inRow = rowCode == null || rowCode.equalsIgnoreCase(code)
						|| rowCode.equalsIgnoreCase(issuer.numeral());
				long value = rule.value().applyAsLong(a);
				if (inRow && value > 0) {
					counted.add(new Counted(code, a.draftTitle(), issuer.label(), a.assessedOn(), value, a.issuedAs(),
							"Cột (" + column + "): " + value + " — " + rule.meaning() + " (đánh giá ngày "
									+ a.assessedOn().format(DAY) + ")",
							"/kiem-soat/danh-gia-tac-dong/" + a.id()));
				}
			}
		}
		return counted;
	}

	private Map<String, List<ImpactAssessment>> groups(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		Map<String, List<ImpactAssessment>> groups = new LinkedHashMap<>();
		for (ImpactAssessment.Issuer issuer : ImpactAssessment.Issuer.values()) {
			groups.put(issuer.name(), new ArrayList<>());
		}
		assessments.find(agencies, from, to).forEach(a -> groups.get(a.issuer().name()).add(a));
		return groups;
	}

	private static String label(ImpactAssessment.Issuer issuer, int n, ImpactAssessment a) {
		return issuer.numeral() + "." + n + " (" + issuer.label() + ") " + a.draftTitle()
				+ (a.issued() ? " — đã ban hành: " + a.issuedAs() : " — chưa ban hành");
	}
}
