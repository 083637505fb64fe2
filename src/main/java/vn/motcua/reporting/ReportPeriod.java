package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.InvalidInputException;

/**
 * A reporting period with its official label. The data cut-off of Decree 09/2019 and Decision 06/2020: a quarter runs
 * from the 15th of the previous quarter's last month to the 14th of its own last month (Q3 = 15/6–14/9), the year
 * from 15/12 of the previous year to 14/12; six and nine months start with the year.
 */
public record ReportPeriod(String key, LocalDate from, LocalDate to, String label) {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final Pattern HALF = Pattern.compile("(\\d{4})-H1");

	private static final Pattern NINE_MONTHS = Pattern.compile("(\\d{4})-9M");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	/** {@code 2021-Q3}, {@code 2021-H1}, {@code 2021-9M}, {@code 2021}, or a date range when {@code period} is empty. */
	public static ReportPeriod parse(@Nullable String period, @Nullable LocalDate from, @Nullable LocalDate to) {
		if (period == null || period.isBlank()) {
			if (from == null || to == null) {
				throw new InvalidInputException("period", "Cần kỳ báo cáo (ví dụ 2021-Q3) hoặc khoảng ngày from, to");
			}
			if (to.isBefore(from)) {
				throw new InvalidInputException("to", "Ngày cuối phải sau ngày đầu");
			}
			return new ReportPeriod(from + "_" + to, from, to, "Từ ngày " + d(from) + " đến ngày " + d(to));
		}
		String p = period.trim().toUpperCase();
		Matcher m;
		if ((m = QUARTER.matcher(p)).matches()) {
			int year = year(m.group(1));
			int q = Integer.parseInt(m.group(2));
			LocalDate start = LocalDate.of(year, q * 3, 15).minusMonths(3);
			LocalDate end = LocalDate.of(year, q * 3, 14);
			return new ReportPeriod(p, start, end, "Quý " + ROMAN[q - 1] + " năm " + year + range(start, end));
		}
		if ((m = HALF.matcher(p)).matches()) {
			int year = year(m.group(1));
			LocalDate start = LocalDate.of(year - 1, 12, 15);
			LocalDate end = LocalDate.of(year, 6, 14);
			return new ReportPeriod(p, start, end, "6 tháng đầu năm " + year + range(start, end));
		}
		if ((m = NINE_MONTHS.matcher(p)).matches()) {
			int year = year(m.group(1));
			LocalDate start = LocalDate.of(year - 1, 12, 15);
			LocalDate end = LocalDate.of(year, 9, 14);
			return new ReportPeriod(p, start, end, "9 tháng năm " + year + range(start, end));
		}
		if ((m = YEAR.matcher(p)).matches()) {
			int year = year(m.group(1));
			LocalDate start = LocalDate.of(year - 1, 12, 15);
			LocalDate end = LocalDate.of(year, 12, 14);
			return new ReportPeriod(p, start, end, "Năm " + year + range(start, end));
		}
		throw new InvalidInputException("period",
				"Kỳ báo cáo không hợp lệ: '" + period + "'. Dùng dạng 2021-Q3, 2021-H1, 2021-9M hoặc 2021");
	}

	/** The short label without the dates ("Quý III năm 2021"). */
	public String shortLabel() {
		int paren = label.indexOf(" (");
		return paren < 0 ? label : label.substring(0, paren);
	}

	/** The period that ends the day before this one starts, of the same kind where it has one. */
	public ReportPeriod previous() {
		Matcher m = QUARTER.matcher(key);
		if (m.matches()) {
			int year = Integer.parseInt(m.group(1));
			int q = Integer.parseInt(m.group(2));
			return parse(q == 1 ? (year - 1) + "-Q4" : year + "-Q" + (q - 1), null, null);
		}
		long days = to.toEpochDay() - from.toEpochDay();
		return parse(null, from.minusDays(days + 1), from.minusDays(1));
	}

	private static int year(String text) {
		int year = Integer.parseInt(text);
		if (year < 2000 || year > 2100) {
			throw new InvalidInputException("period", "Năm báo cáo phải từ 2000 đến 2100");
		}
		return year;
	}

	private static String range(LocalDate start, LocalDate end) {
		return " (Từ ngày " + d(start) + " đến ngày " + d(end) + ")";
	}

	/** A date as the forms print it: 15/6/2021. */
	static String d(LocalDate date) {
		return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
	}
}
