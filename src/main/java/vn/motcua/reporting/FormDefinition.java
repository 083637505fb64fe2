package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A report form as data (one JSON file under {@code reports/forms/}): what is printed, which numbered columns it has,
 * and which equalities between columns must hold in every row and in the total.
 *
 * @param source which data fills it ({@code DOSSIERS_BY_FIELD} …)
 * @param checks equalities such as {@code 3=4+5+6}, checked before export
 */
public record FormDefinition(String code, int version, LocalDate validFrom, @Nullable LocalDate validTo,
		String number, String title, String legalBasis, String unit, String source, String rowHeader,
		List<Column> columns, List<String> checks) {

	/**
	 * A numbered column: its printed number, label, the header groups above it, and the formula printed in its number
	 * cell; {@code obsoleteFrom} marks columns that no longer apply (e.g. district columns after 1/7/2025).
	 */
	public record Column(String number, String label, @Nullable String group, @Nullable String subgroup,
			@Nullable String printed, @Nullable LocalDate obsoleteFrom) {

		/** What the number cell shows: the printed formula, or "(n)". */
		public String heading() {
			return printed != null ? printed : "(" + number + ")";
		}
	}

	/** A header cell of the printed table. */
	public record HeaderCell(String text, int colspan, int rowspan) {
	}

	/**
	 * The three header rows above the numbered row: groups, subgroups, labels, with their spans. The first row also
	 * holds "STT" and the row header, each spanning three rows.
	 */
	public List<List<HeaderCell>> header() {
		List<HeaderCell> first = new java.util.ArrayList<>();
		List<HeaderCell> second = new java.util.ArrayList<>();
		List<HeaderCell> third = new java.util.ArrayList<>();
		first.add(new HeaderCell("STT", 1, 3));
		first.add(new HeaderCell(rowHeader, 1, 3));
		for (int i = 0; i < columns.size(); i++) {
			Column c = columns.get(i);
			if (c.group() == null) {
				first.add(new HeaderCell(c.label(), 1, 3));
				continue;
			}
			if (i == 0 || !c.group().equals(columns.get(i - 1).group())) {
				int span = 0;
				for (int j = i; j < columns.size() && c.group().equals(columns.get(j).group()); j++) {
					span++;
				}
				first.add(new HeaderCell(c.group(), span, 1));
			}
			if (c.subgroup() == null) {
				second.add(new HeaderCell(c.label(), 1, 2));
			}
			else {
				if (i == 0 || !c.subgroup().equals(columns.get(i - 1).subgroup())) {
					int span = 0;
					for (int j = i; j < columns.size() && c.subgroup().equals(columns.get(j).subgroup()); j++) {
						span++;
					}
					second.add(new HeaderCell(c.subgroup(), span, 1));
				}
				third.add(new HeaderCell(c.label(), 1, 1));
			}
		}
		return List.of(first, second, third);
	}

	/**
	 * The form as printed for a period ending on {@code day}: columns that no longer apply then (e.g. district
	 * columns after 1/7/2025, when the district level was abolished) keep their number, so formulas and totals stay
	 * as printed, and say in their label since when they no longer apply.
	 */
	public FormDefinition asOf(LocalDate day) {
		if (columns.stream().noneMatch(c -> c.obsoleteFrom() != null && !day.isBefore(c.obsoleteFrom()))) {
			return this;
		}
		List<Column> marked = columns.stream()
			.map(c -> c.obsoleteFrom() == null || day.isBefore(c.obsoleteFrom()) ? c
					: new Column(c.number(), c.label() + " (không còn áp dụng từ " + c.obsoleteFrom().getDayOfMonth() + "/"
							+ c.obsoleteFrom().getMonthValue() + "/" + c.obsoleteFrom().getYear() + ")", c.group(),
							c.subgroup(), c.printed(), c.obsoleteFrom()))
			.toList();
		return new FormDefinition(code, version, validFrom, validTo, number, title, legalBasis, unit, source, rowHeader,
				marked, checks);
	}

	/**
	 * What the numbered row prints under the row label: "(2)", unless the form numbers its first data column (2)
	 * itself (the review and simplification table), when the label column has no number.
	 */
	public String rowHeaderHeading() {
		return columns.stream().anyMatch(c -> c.number().equals("2")) ? "" : "(2)";
	}

	/** Whether this version applies to a period ending on {@code day}. */
	public boolean appliesTo(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}
}
