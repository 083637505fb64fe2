package vn.motcua.control.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.control.ControlCommands.ReviewCommand;
import vn.motcua.control.ControlCommands.ReviewedProcedure;
import vn.motcua.control.Review;
import vn.motcua.control.ReviewOutcome;
import vn.motcua.shared.InvalidInputException;

/**
 * The review form (rà soát, đánh giá): the procedures one per line, "mã | tên | phương án | chi phí trước | chi phí
 * sau | ngày rà soát" (outcomes separated by commas, dates dd/MM/yyyy).
 */
record ReviewForm(@Nullable Integer year, @Nullable String planName, @Nullable String procedures) {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	/** A blank form for a year's plan. */
	static ReviewForm in(int year) {
		return new ReviewForm(year, null, null);
	}

	static ReviewForm of(Review r) {
		StringBuilder lines = new StringBuilder();
		for (Review.Item i : r.items()) {
			lines.append(i.code()).append(" | ").append(i.name()).append(" | ")
				.append(String.join(",", i.outcomes().stream().map(ReviewOutcome::name).toList())).append(" | ")
				.append(i.costBeforeVnd() == null ? "" : i.costBeforeVnd()).append(" | ")
				.append(i.costAfterVnd() == null ? "" : i.costAfterVnd()).append(" | ")
				.append(i.reviewedOn() == null ? "" : i.reviewedOn().format(DAY)).append('\n');
		}
		return new ReviewForm(r.year(), r.planName(), lines.toString());
	}

	ReviewCommand command() {
		List<ReviewedProcedure> items = new ArrayList<>();
		String[] lines = procedures == null ? new String[0] : procedures.split("\\R");
		for (int n = 0; n < lines.length; n++) {
			if (lines[n].isBlank()) {
				continue;
			}
			String[] p = Arrays.copyOf(lines[n].split("\\|", -1), 6);
			try {
				items.add(new ReviewedProcedure(cell(p[0]) == null ? "" : cell(p[0]), cell(p[1]),
						cell(p[2]) == null ? null : Arrays.stream(cell(p[2]).split("[,;\\s]+")).toList(), null,
						amount(p[3]), amount(p[4]), cell(p[5]) == null ? null : LocalDate.parse(cell(p[5]), DAY)));
			}
			catch (NumberFormatException | DateTimeParseException ex) {
				throw new InvalidInputException("procedures", "Dòng " + (n + 1)
						+ ": chi phí phải là số đồng, ngày rà soát theo dạng ngày/tháng/năm");
			}
		}
		if (items.isEmpty()) {
			throw new InvalidInputException("procedures", "Cần ít nhất một thủ tục cần rà soát");
		}
		return new ReviewCommand(null, year == null ? 0 : year, planName == null ? "" : planName, items, null);
	}

	private static @Nullable String cell(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static @Nullable Long amount(@Nullable String text) {
		String clean = cell(text);
		return clean == null ? null : Long.valueOf(clean.replace(".", "").replace(",", "").replace(" ", ""));
	}
}
