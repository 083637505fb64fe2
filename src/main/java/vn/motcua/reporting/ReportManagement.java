package vn.motcua.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ReportSource;

/**
 * Computes report forms for an agency (and, summed row by row, every agency under it) over a period, checks their
 * printed formulas, and lists the records behind any figure.
 */
@Service
public class ReportManagement {

	static final String READERS = "hasAnyRole('SYSTEM_ADMIN','AGENCY_ADMIN','CONTROL_OFFICER','AGENCY_HEAD','DEPARTMENT_HEAD','VIEWER')";

	private final FormDefinitions forms;

	private final Map<String, ReportSource> sources = new LinkedHashMap<>();

	private final Agencies agencies;

	private final CurrentActor actor;

	ReportManagement(FormDefinitions forms, List<ReportSource> sources, Agencies agencies, CurrentActor actor) {
		this.forms = forms;
		sources.forEach(s -> this.sources.put(s.name(), s));
		this.agencies = agencies;
		this.actor = actor;
	}

	/** The form computed from the data; the agency's subtree is summed. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public ReportTable compute(String formCode, @Nullable String agencyCode, ReportPeriod period) {
		FormDefinition form = forms.find(formCode, period.to()).asOf(period.to());
		Agency agency = agencyFor(agencyCode);
		Set<UUID> scope = agencies.subtree(agency.id());
		List<ReportTable.Row> rows = new ArrayList<>();
		ReportSource source = source(form);
		List<ReportSource.Row> computed = source.rows(scope, period.from(), period.to());
		computed.forEach(r -> rows.add(new ReportTable.Row(r.code(), r.label(), only(form, r.cells()))));
		Map<String, Long> total = new LinkedHashMap<>();
		Map<String, Long> given = source.total(scope, period.from(), period.to(), computed);
		if (given != null) {
			total.putAll(only(form, given));
		}
		else {
			form.columns().forEach(c -> total.put(c.number(), 0L));
			rows.forEach(r -> r.cells().forEach((k, v) -> total.merge(k, v, Long::sum)));
		}
		ReportTable.Row totalRow = new ReportTable.Row(null, "TỔNG CỘNG", total);
		List<String> violations = new ArrayList<>();
		for (ReportTable.Row row : rows) {
			violations.addAll(FormulaCheck.violations(form.checks(), row.cells(), row.label()));
		}
		violations.addAll(FormulaCheck.violations(form.checks(), total, totalRow.label()));
		return new ReportTable(form, agency.code(), agency.name(), period, rows, totalRow, violations);
	}

	/** The records counted in one cell ({@code row} the row code, empty or {@code TOTAL} for the total). */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<? extends ReportSource.Counted> cell(String formCode, @Nullable String agencyCode, ReportPeriod period, @Nullable String row,
			String column) {
		FormDefinition form = forms.find(formCode, period.to());
		Agency agency = agencyFor(agencyCode);
		Set<UUID> scope = agencies.subtree(agency.id());
		if (form.columns().stream().noneMatch(c -> c.number().equals(column))) {
			throw new InvalidInputException("column", "Biểu " + form.code() + " không có cột (" + column + ")");
		}
		String rowCode = row == null || row.isBlank() || "TOTAL".equalsIgnoreCase(row) ? null : row;
		return source(form).cell(scope, period.from(), period.to(), rowCode, column);
	}

	/** An agency and every agency under it, as a report or a dashboard counts them. */
	public record Scope(String agencyCode, String agencyName, Set<UUID> agencies) {
	}

	/** The agency the caller asked for (their own when none) and its subtree; only agencies the caller may see. */
	@PreAuthorize(READERS)
	public Scope scope(@Nullable String agencyCode) {
		Agency agency = agencyFor(agencyCode);
		return new Scope(agency.code(), agency.name(), agencies.subtree(agency.id()));
	}

	/** Whether form {@code formCode} has a definition for a period ending on {@code day} and a data source. */
	public boolean available(String formCode, java.time.LocalDate day) {
		return forms.all()
			.stream()
			.anyMatch(f -> f.code().equalsIgnoreCase(formCode) && f.appliesTo(day) && sources.containsKey(f.source()));
	}

	private ReportSource source(FormDefinition form) {
		ReportSource source = sources.get(form.source());
		if (source == null) {
			throw new NotFoundException("Biểu " + form.code() + " chưa có nguồn số liệu " + form.source());
		}
		return source;
	}

	/** The agency a report is asked for: the caller's own when none is named; one the caller may see otherwise. */
	Agency agencyFor(@Nullable String code) {
		if (code == null || code.isBlank()) {
			if (actor.agencyId() == null) {
				throw new InvalidInputException("agency", "Cần chọn đơn vị báo cáo");
			}
			return agencies.findById(actor.agencyId()).orElseThrow();
		}
		return agencies.findByCode(code)
			.filter(a -> actor.canSee(a.id()))
			.orElseThrow(() -> new NotFoundException("Không tìm thấy đơn vị " + code));
	}

	private static Map<String, Long> only(FormDefinition form, Map<String, Long> cells) {
		Map<String, Long> kept = new LinkedHashMap<>();
		form.columns().forEach(c -> kept.put(c.number(), cells.getOrDefault(c.number(), 0L)));
		return kept;
	}
}
