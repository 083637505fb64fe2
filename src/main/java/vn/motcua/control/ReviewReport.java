package vn.motcua.control;

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
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ReportSource;

/**
 * The form "Kết quả rà soát, đơn giản hóa TTHC" (DOMAIN.md §1.4) as a report source: one row (section I.1, the
 * procedures under the plans of the year the period ends in), the procedures reviewed up to the period's last day,
 * their outcomes, the savings in million VND and the percentages rounded to whole numbers. Every cell lists the
 * procedures behind it.
 */
@Component
class ReviewReport implements ReportSource {

	static final String ROW = "I.1";

	private final Reviews reviews;

	ReviewReport(Reviews reviews) {
		this.reviews = reviews;
	}

	/** A procedure behind a figure. */
	record Counted(String code, String name, String planName, @Nullable LocalDate reviewedOn, String outcomes,
			@Nullable Long savingsVnd, String reason, String link) implements ReportSource.Counted {

		@Override
		public List<String> headings() {
			return List.of("Mã TTHC", "Thủ tục", "Kế hoạch", "Ngày rà soát", "Phương án", "Tiết kiệm (đồng)");
		}

		@Override
		public List<@Nullable Object> values() {
			return Arrays.asList(code, name, planName, day(reviewedOn), outcomes, savingsVnd == null ? null : vnd(savingsVnd));
		}
	}

	@Override
	public String name() {
		return "REVIEWS";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Row> rows(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		List<Review> plans = reviews.find(agencies, to.getYear(), to.getYear());
		long planned = plans.stream().mapToLong(r -> r.items().size()).sum();
		long reviewed = plans.stream().mapToLong(r -> r.reviewedBy(to).size()).sum();
		long savings = plans.stream().mapToLong(r -> r.savingsVnd(to)).sum();
		long before = plans.stream().mapToLong(r -> r.costBeforeVnd(to)).sum();
		Map<String, Long> cells = new LinkedHashMap<>();
		cells.put("2", planned);
		cells.put("3", reviewed);
		for (ReviewOutcome outcome : ReviewOutcome.values()) {
			cells.put(outcome.column(), plans.stream()
				.flatMap(r -> r.reviewedBy(to).stream())
				.filter(i -> i.outcomes().contains(outcome))
				.count());
		}
		cells.put("10", Math.round(savings / 1_000_000.0));
		cells.put("11", before == 0 ? 0 : Math.round(100.0 * savings / before));
		cells.put("12", planned == 0 ? 0 : Math.round(100.0 * reviewed / planned));
		return List.of(new Row(ROW,
				"I.1. TTHC/Nhóm TTHC quy định tại VBQPPL thuộc thẩm quyền ban hành của bộ, cơ quan/UBND cấp tỉnh "
						+ "(theo Kế hoạch rà soát năm " + to.getYear() + ")",
				cells));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Counted> cell(Collection<UUID> agencies, LocalDate from, LocalDate to, @Nullable String rowCode,
			String column) {
		if (rowCode != null && !rowCode.equalsIgnoreCase(ROW)) {
			return List.of();
		}
		ReviewOutcome outcome = Arrays.stream(ReviewOutcome.values())
			.filter(o -> o.column().equals(column))
			.findFirst()
			.orElse(null);
		if (outcome == null && !List.of("2", "3", "10", "11", "12").contains(column)) {
			throw new InvalidInputException("column", "Biểu rà soát, đơn giản hóa không có cột (" + column + ")");
		}
		List<Counted> counted = new ArrayList<>();
		for (Review plan : reviews.find(agencies, to.getYear(), to.getYear())) {
			for (Review.Item item : plan.items()) {
				boolean reviewed = item.reviewedBy(to);
				String reason = switch (column) {
					case "2" -> "Thuộc kế hoạch rà soát năm " + plan.year();
					case "3", "12" -> reviewed ? "Đã rà soát, thông qua phương án ngày " + day(item.reviewedOn())
							: null;
					case "10", "11" -> reviewed && item.costed() ? "Chi phí tuân thủ " + vnd(item.costBeforeVnd())
							+ " → " + vnd(item.costAfterVnd()) + ", tiết kiệm " + vnd(item.savingsVnd()) : null;
					default -> reviewed && item.outcomes().contains(outcome) ? "Phương án: " + outcome.label() : null;
				};
				if (reason != null) {
					counted.add(new Counted(item.code(), item.name(), plan.planName(), item.reviewedOn(),
							String.join(", ", item.outcomes().stream().map(ReviewOutcome::label).toList()),
							item.costed() ? item.savingsVnd() : null, reason, "/kiem-soat/ra-soat/" + plan.id()));
				}
			}
		}
		return counted;
	}

	private static String day(@Nullable LocalDate day) {
		return day == null ? "" : day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	private static String vnd(@Nullable Long amount) {
		return String.format(java.util.Locale.ROOT, "%,d", amount == null ? 0 : amount).replace(',', '.') + " đồng";
	}
}
