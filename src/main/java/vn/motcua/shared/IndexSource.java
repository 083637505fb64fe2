package vn.motcua.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where Decision 766 indicators come from (DOMAIN.md §4.2). The module that owns the data (catalogue, feedback …)
 * implements it as a bean; the reporting module's service index asks every bean for the indicator ids it measures.
 * A figure and the list of records behind it must come from the same rule, so every figure can be opened.
 */
public interface IndexSource {

	/** The indicator ids this source measures, e.g. {@code 1.1}. */
	Set<String> ids();

	/**
	 * Every indicator of {@link #ids()} for the agencies and period (dates inclusive, Asia/Ho_Chi_Minh); by default
	 * the records of {@link #items} counted, so a figure is always the length of its list.
	 */
	default Map<String, Measure> measure(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		Map<String, Measure> result = new java.util.LinkedHashMap<>();
		ids().stream().sorted().forEach(id -> result.put(id, Measure.of(items(id, agencies, from, to))));
		return result;
	}

	/**
	 * {@link #measure} for several scopes at once (the province comparison: each agency with the agencies under it),
	 * keyed as given. By default one {@link #measure} per scope; a source overrides it to read its records once for
	 * all the scopes and count them per scope, with the same rules, so each scope's figures equal its own
	 * {@link #measure}.
	 */
	default <K> Map<K, Map<String, Measure>> measureEach(Map<K, ? extends Collection<UUID>> scopes, LocalDate from,
			LocalDate to) {
		return eachScope(scopes, scope -> measure(scope, from, to));
	}

	/** The figures of each scope, keyed as given, from {@code measure} applied to the scope's agencies. */
	static <K> Map<K, Map<String, Measure>> eachScope(Map<K, ? extends Collection<UUID>> scopes,
			java.util.function.Function<Set<UUID>, Map<String, Measure>> measure) {
		Map<K, Map<String, Measure>> result = new java.util.LinkedHashMap<>();
		scopes.forEach((key, agencies) -> result.put(key, measure.apply(Set.copyOf(agencies))));
		return result;
	}

	/** Every agency of the scopes, once. */
	static Set<UUID> union(Map<?, ? extends Collection<UUID>> scopes) {
		Set<UUID> all = new java.util.LinkedHashSet<>();
		scopes.values().forEach(all::addAll);
		return all;
	}

	/**
	 * The records behind indicator {@code id}, each marked counted in the numerator or not, with the reason.
	 * @throws InvalidInputException when the id is not measured by this source
	 */
	List<Item> items(String id, Collection<UUID> agencies, LocalDate from, LocalDate to);

	/**
	 * A measured figure: numerator over denominator; {@code value} for a figure that is not a share (the average time
	 * of indicator 2.2), with its unit in {@code note}.
	 */
	record Measure(long numerator, long denominator, @Nullable Double value, @Nullable String note) {

		public Measure(long numerator, long denominator) {
			this(numerator, denominator, null, null);
		}

		/** The records counted in the numerator over all records. */
		public static Measure of(List<Item> items) {
			return new Measure(items.stream().filter(Item::counted).count(), items.size());
		}
	}

	/**
	 * A record behind an indicator: a dossier, a procedure or a feedback item.
	 * @param kind {@code DOSSIER}, {@code PROCEDURE} or {@code FEEDBACK}
	 * @param procedureName the procedure of a dossier (for a procedure: its own name)
	 * @param channel the intake channel of a dossier, {@code null} for other kinds
	 * @param receivedAt when a dossier or feedback item was received; for a procedure the publication decision's day
	 * @param at the moment the indicator reads (completion, answer …)
	 */
	record Item(String kind, String code, String procedureName, @Nullable String channel,
			@Nullable OffsetDateTime receivedAt, @Nullable OffsetDateTime at, boolean counted, String reason,
			String link) {
	}
}
