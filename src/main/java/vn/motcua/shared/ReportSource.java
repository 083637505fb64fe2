package vn.motcua.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where the figures of a report form come from. The module that owns the data (dossiers, feedback, catalogue, control)
 * implements it as a bean; the reporting module picks the bean whose {@link #name()} equals the {@code source} of a
 * form definition ({@code reports/forms/*.json}). A figure and the list of records behind it must come from the same
 * rule, so every number on a report can be opened.
 */
public interface ReportSource {

	/** The name a form definition refers to, e.g. {@code DOSSIERS_BY_FIELD}. */
	String name();

	/**
	 * The rows of the form for the given agencies and period (dates inclusive, Asia/Ho_Chi_Minh), each with a count
	 * (or amount) per printed column number.
	 */
	List<Row> rows(Collection<UUID> agencies, LocalDate from, LocalDate to);

	/**
	 * The total row when it is not the column sum of the rows (a percentage, a rate): the source gives every cell of
	 * it; {@code null} (the default) lets the reporting module add the rows up.
	 */
	default @Nullable Map<String, Long> total(Collection<UUID> agencies, LocalDate from, LocalDate to,
			List<Row> rows) {
		return null;
	}

	/**
	 * The records counted in one cell ({@code rowCode} {@code null} for the total row).
	 * @throws InvalidInputException when the column is not computed by this source
	 */
	List<? extends Counted> cell(Collection<UUID> agencies, LocalDate from, LocalDate to, @Nullable String rowCode,
			String column);

	/** One row: a code (field code, agency code …), its label, and the cells keyed by column number. */
	record Row(@Nullable String code, String label, Map<String, Long> cells) {
	}

	/** A record behind a figure: what it is, where to open it, and why it is counted there. */
	interface Counted {

		/** Its code (dossier code, feedback number, procedure code …). */
		String code();

		/** Why it is counted in the cell, in Vietnamese. */
		String reason();

		/** The staff page that shows it. */
		String link();

		/** The column headings of the list page (the same for every record of a source). */
		List<String> headings();

		/** The values under {@link #headings()}, in order (dates and times as such; the list page formats them). */
		List<@Nullable Object> values();
	}
}
