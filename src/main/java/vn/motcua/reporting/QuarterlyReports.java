package vn.motcua.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.audit.AuditLog;
import vn.motcua.identity.Agency;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ReportSource;
import vn.motcua.shared.VietnameseText;

/**
 * The quarterly narrative report: figures filled from the computed forms, free text per section written by staff,
 * and submission that freezes a snapshot (the tables and texts as sent). A submitted report is always shown and
 * exported from its snapshot, with the list of figures that the data has changed since.
 */
@Service
public class QuarterlyReports {

	static final String WRITERS = "hasAnyRole('SYSTEM_ADMIN','AGENCY_ADMIN','CONTROL_OFFICER','AGENCY_HEAD')";

	static final String SUBMITTERS = "hasAnyRole('SYSTEM_ADMIN','CONTROL_OFFICER','AGENCY_HEAD')";

	static final String REOPENERS = "hasAnyRole('SYSTEM_ADMIN','AGENCY_HEAD')";

	static final int MAX_TEXT = 20_000;

	private final NarrativeOutline outline;

	private final ReportManagement reports;

	private final FormDefinitions forms;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditLog audit;

	private final CurrentActor actor;

	private final Clock clock;

	private final QuarterlyDocx docx;

	private final vn.motcua.identity.Agencies agencyDirectory;

	private final vn.motcua.identity.UserAccounts users;

	QuarterlyReports(ReportManagement reports, FormDefinitions forms, JdbcClient jdbc, JsonMapper json,
			AuditLog audit, CurrentActor actor, Clock clock, QuarterlyDocx docx,
			vn.motcua.identity.Agencies agencyDirectory, vn.motcua.identity.UserAccounts users) {
		this.users = users;
		this.docx = docx;
		this.agencyDirectory = agencyDirectory;
		this.reports = reports;
		this.forms = forms;
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.actor = actor;
		this.clock = clock;
		try (InputStream in = new ClassPathResource("reports/narrative/QUARTERLY.json").getInputStream()) {
			this.outline = json.readValue(in, NarrativeOutline.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the quarterly report outline", ex);
		}
	}

	/** A table as frozen in a snapshot. */
	public record StoredTable(List<ReportSource.Row> rows, Map<String, Long> total) {
	}

	/** What was sent: the tables, the texts and the printed details, as they were. */
	public record Snapshot(String agencyCode, String agencyName, String periodKey, String periodLabel,
			@Nullable String number, @Nullable String signer, Map<String, String> texts,
			Map<String, StoredTable> tables) {
	}

	/** One section as shown and printed. */
	public record SectionView(String key, String heading, int level, boolean takesText, List<String> figures,
			String text) {
	}

	/** The report as the page and the API show it. */
	public record QuarterlyView(String agencyCode, String agencyName, @Nullable String parentName, ReportPeriod period, String status,
			String statusLabel, int revision, @Nullable String number, @Nullable String signer,
			List<SectionView> sections, @Nullable OffsetDateTime submittedAt, @Nullable String submittedBy,
			List<String> changesSinceSubmitted, List<String> formsWithoutData, List<ReportTable> annexes) {
	}

	/** The texts and printed details to save; {@code revision} is the one the editor started from. */
	public record TextsCommand(Map<String, String> texts, @Nullable String number, @Nullable String signer,
			int revision) {
	}

	public NarrativeOutline outline() {
		return outline;
	}

	/** The report of an agency for a period: the saved one, or an empty draft with the current figures. */
	@PreAuthorize(ReportManagement.READERS)
	@Transactional(readOnly = true)
	public QuarterlyView view(@Nullable String agencyCode, ReportPeriod period) {
		Agency agency = reports.agencyFor(agencyCode);
		return view(agency, period, computeAll(agency.code(), period));
	}

	/** The report with the forms as they are now ({@code current}), computed once by the caller. */
	private QuarterlyView view(Agency agency, ReportPeriod period, Map<String, ReportTable> current) {
		QuarterlyReport report = find(agency.id(), period).orElseGet(() -> QuarterlyReport.draft(agency.id(), period));
		Optional<Submission> submitted = report.status() == QuarterlyReport.Status.SUBMITTED
				? lastSubmission(report.id()) : Optional.empty();
		if (submitted.isPresent()) {
			Snapshot snap = submitted.get().snapshot();
			Map<String, ReportTable> frozen = fromSnapshot(snap, period);
			return new QuarterlyView(agency.code(), snap.agencyName(), parentName(agency), period, report.status().name(),
					report.status().label(), report.revision(), snap.number(), snap.signer(),
					sections(frozen, snap.texts(), snap.agencyName(), period), submitted.get().at(),
					submitted.get().by(), changes(frozen, current), missing(frozen), annexes(frozen));
		}
		return new QuarterlyView(agency.code(), agency.name(), parentName(agency), period, report.status().name(),
				report.status().label(), report.revision(), report.number(), report.signer(),
				sections(current, report.texts(), agency.name(), period), null, null, List.of(), missing(current),
				annexes(current));
	}

	/** Saves the free texts of a draft; every key must be a text section of the outline. */
	@PreAuthorize(WRITERS)
	@Transactional
	public QuarterlyView saveTexts(@Nullable String agencyCode, ReportPeriod period, TextsCommand command) {
		Agency agency = reports.agencyFor(agencyCode);
		edit(agency, period, command);
		return view(agency.code(), period);
	}

	/**
	 * Sends the report as it stands on the page: the texts and printed details typed there are saved first (same
	 * checks as {@link #saveTexts}), then the report is submitted, in one transaction — nothing typed is lost, and
	 * nothing is saved when the submission is refused.
	 */
	@PreAuthorize(SUBMITTERS)
	@Transactional
	public QuarterlyView submit(@Nullable String agencyCode, ReportPeriod period, TextsCommand onPage) {
		Agency agency = reports.agencyFor(agencyCode);
		edit(agency, period, onPage);
		return submit(agency, period);
	}

	private void edit(Agency agency, ReportPeriod period, TextsCommand command) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, String> texts = new LinkedHashMap<>();
		(command.texts() == null ? Map.<String, String>of() : command.texts()).forEach((key, value) -> {
			if (!outline.hasTextSection(key)) {
				problems.add(new FieldProblem("texts." + key, "Đề cương báo cáo không có mục " + key + " để viết"));
			}
			else if (value != null && value.length() > MAX_TEXT) {
				problems.add(new FieldProblem("texts." + key, "Mục " + key + " dài quá " + MAX_TEXT + " ký tự"));
			}
			else {
				texts.put(key, value == null ? "" : VietnameseText.nfc(value));
			}
		});
		if (command.number() != null && command.number().length() > 60) {
			problems.add(new FieldProblem("number", "Số, ký hiệu báo cáo dài quá 60 ký tự"));
		}
		if (command.signer() != null && command.signer().length() > 200) {
			problems.add(new FieldProblem("signer", "Tên người ký dài quá 200 ký tự"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Optional<QuarterlyReport> found = find(agency.id(), period);
		QuarterlyReport report = found.orElseGet(() -> QuarterlyReport.draft(agency.id(), period));
		Map<String, String> before = report.texts();
		report.edit(texts, command.number() == null ? null : VietnameseText.nfc(command.number()),
				command.signer() == null ? null : VietnameseText.nfc(command.signer()), command.revision());
		save(report, found.isEmpty());
		audit.record("EDIT", "QuarterlyReport", agency.code() + "/" + period.key(), agency.id(), before,
				report.texts());
	}

	/**
	 * Submits the report: every form it cites must satisfy its printed formulas; the tables and texts are frozen
	 * as sent.
	 */
	@PreAuthorize(SUBMITTERS)
	@Transactional
	public QuarterlyView submit(@Nullable String agencyCode, ReportPeriod period) {
		return submit(reports.agencyFor(agencyCode), period);
	}

	private QuarterlyView submit(Agency agency, ReportPeriod period) {
		Optional<QuarterlyReport> found = find(agency.id(), period);
		QuarterlyReport report = found.orElseGet(() -> QuarterlyReport.draft(agency.id(), period));
		Map<String, ReportTable> tables = computeAll(agency.code(), period);
		List<String> violations = tables.values().stream().flatMap(t -> t.violations().stream()).toList();
		if (!violations.isEmpty()) {
			throw new ConflictException("Số liệu chưa thỏa công thức của biểu: " + String.join("; ", violations),
					report.status().name());
		}
		report.submit();
		save(report, found.isEmpty());
		Map<String, StoredTable> stored = new LinkedHashMap<>();
		tables.forEach((code, t) -> stored.put(code, new StoredTable(
				t.rows().stream().map(r -> new ReportSource.Row(r.code(), r.label(), r.cells())).toList(),
				t.total().cells())));
		Snapshot snapshot = new Snapshot(agency.code(), agency.name(), period.key(), period.label(), report.number(),
				report.signer(), report.texts(), stored);
		int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from quarterly_report_submission where report_id = ?")
			.param(report.id())
			.query(Integer.class)
			.single();
		jdbc.sql("""
				insert into quarterly_report_submission (report_id, seq, submitted_at, submitted_by, snapshot)
				values (?, ?, ?, ?, cast(? as jsonb))""")
			.params(report.id(), seq, OffsetDateTime.now(clock), actor.username(), json.writeValueAsString(snapshot))
			.update();
		audit.record("SUBMIT", "QuarterlyReport", agency.code() + "/" + period.key(), agency.id(), null, snapshot);
		return view(agency, period, tables);
	}

	/** Reopens a submitted report for changes; what was sent stays kept. */
	@PreAuthorize(REOPENERS)
	@Transactional
	public QuarterlyView reopen(@Nullable String agencyCode, ReportPeriod period) {
		Agency agency = reports.agencyFor(agencyCode);
		QuarterlyReport report = find(agency.id(), period)
			.orElseThrow(() -> new NotFoundException("Chưa có báo cáo " + period.shortLabel() + " của " + agency.name()));
		report.reopen();
		save(report, false);
		audit.record("REOPEN", "QuarterlyReport", agency.code() + "/" + period.key(), agency.id(), null, null);
		return view(agency.code(), period);
	}

	/** The report as a Word document: from its snapshot once submitted, else from the current data. */
	@PreAuthorize(ReportManagement.READERS)
	@Transactional(readOnly = true)
	public ReportExports.Export docx(@Nullable String agencyCode, ReportPeriod period) {
		QuarterlyView view = view(agencyCode, period);
		return new ReportExports.Export("Bao-cao-" + view.agencyCode() + "-" + period.key() + ".docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				docx.export(view, outline, java.time.LocalDate.now(clock)));
	}

	private @Nullable String parentName(Agency agency) {
		return agency.parentId() == null ? null
				: agencyDirectory.findById(agency.parentId()).map(Agency::name).orElse(null);
	}

	private Map<String, ReportTable> computeAll(String agencyCode, ReportPeriod period) {
		Map<String, ReportTable> tables = new LinkedHashMap<>();
		for (String form : outline.formsUsed()) {
			// no definition for this period or no data source yet: printed as "…" and listed
			if (reports.available(form, period.to())) {
				tables.put(form, reports.compute(form, agencyCode, period));
			}
		}
		return tables;
	}

	private Map<String, ReportTable> fromSnapshot(Snapshot snap, ReportPeriod period) {
		Map<String, ReportTable> tables = new LinkedHashMap<>();
		snap.tables().forEach((code, t) -> {
			FormDefinition form = forms.all()
				.stream()
				.filter(f -> f.code().equalsIgnoreCase(code) && f.appliesTo(period.to()))
				.max(java.util.Comparator.comparing(FormDefinition::version))
				.orElse(null);
			if (form == null) {
				return;
			}
			tables.put(code, new ReportTable(form, snap.agencyCode(), snap.agencyName(), period,
					t.rows().stream().map(r -> new ReportTable.Row(r.code(), r.label(), r.cells())).toList(),
					new ReportTable.Row(null, "TỔNG CỘNG", t.total()), List.of()));
		});
		return tables;
	}

	private List<SectionView> sections(Map<String, ReportTable> tables, Map<String, String> texts, String agencyName,
			ReportPeriod period) {
		Map<String, String> words = Map.of("agency", agencyName, "period", period.shortLabel());
		List<SectionView> views = new ArrayList<>();
		for (NarrativeOutline.Section s : outline.sections()) {
			List<String> figures = s.figureLines()
				.stream()
				.map(line -> NarrativeOutline.fill(line, (form, column) -> {
					ReportTable t = tables.get(form);
					return t == null ? null : t.total().cells().getOrDefault(column, 0L);
				}, words))
				.toList();
			views.add(new SectionView(s.key(), s.heading(), s.level(), s.takesText(), figures,
					texts.getOrDefault(s.key(), "")));
		}
		return views;
	}

	private List<String> missing(Map<String, ReportTable> tables) {
		return outline.formsUsed().stream().filter(f -> !tables.containsKey(f)).toList();
	}

	private List<ReportTable> annexes(Map<String, ReportTable> tables) {
		return outline.annexes().stream().filter(tables::containsKey).map(tables::get).toList();
	}

	/** Every cell whose value the data has changed since the snapshot, in words. */
	static List<String> changes(Map<String, ReportTable> frozen, Map<String, ReportTable> current) {
		List<String> changes = new ArrayList<>();
		frozen.forEach((code, sent) -> {
			ReportTable now = current.get(code);
			if (now == null) {
				return;
			}
			Map<String, ReportTable.Row> nowRows = new LinkedHashMap<>();
			now.rows().forEach(r -> nowRows.put(String.valueOf(r.code()), r));
			for (ReportTable.Row row : sent.rows()) {
				ReportTable.Row other = nowRows.remove(String.valueOf(row.code()));
				compare(changes, code, row.label(), row.cells(), other == null ? Map.of() : other.cells());
			}
			nowRows.values().forEach(r -> compare(changes, code, r.label(), Map.of(), r.cells()));
			compare(changes, code, "Tổng cộng", sent.total().cells(), now.total().cells());
		});
		return changes;
	}

	private static void compare(List<String> changes, String form, String row, Map<String, Long> sent,
			Map<String, Long> now) {
		java.util.Set<String> columns = new java.util.LinkedHashSet<>(sent.keySet());
		columns.addAll(now.keySet());
		for (String column : columns) {
			long a = sent.getOrDefault(column, 0L);
			long b = now.getOrDefault(column, 0L);
			if (a != b) {
				changes.add("Biểu " + form + ", " + row + ", cột (" + column + "): khi gửi " + a + ", nay " + b);
			}
		}
	}

	private record Submission(OffsetDateTime at, String by, Snapshot snapshot) {
	}

	private Optional<Submission> lastSubmission(UUID reportId) {
		return jdbc.sql("""
				select submitted_at, submitted_by, snapshot::text as snapshot from quarterly_report_submission
				where report_id = ? order by seq desc limit 1""")
			.param(reportId)
			.query((rs, n) -> new Submission(rs.getObject("submitted_at", OffsetDateTime.class),
					users.findByUsername(rs.getString("submitted_by")).map(u -> u.fullName())
						.orElse(rs.getString("submitted_by")),
					json.readValue(rs.getString("snapshot"), Snapshot.class)))
			.optional();
	}

	private Optional<QuarterlyReport> find(UUID agencyId, ReportPeriod period) {
		return jdbc.sql("""
				select id, status, number, signer, texts::text as texts, revision from quarterly_report
				where agency_id = ? and period_key = ?""")
			.params(agencyId, period.key())
			.query((rs, n) -> new QuarterlyReport(rs.getObject("id", UUID.class), agencyId, period,
					QuarterlyReport.Status.valueOf(rs.getString("status")), rs.getString("number"),
					rs.getString("signer"), json.readValue(rs.getString("texts"), new TypeReference<Map<String, String>>() {
					}), rs.getInt("revision")))
			.optional();
	}

	private void save(QuarterlyReport report, boolean isNew) {
		String texts = json.writeValueAsString(report.texts());
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (isNew) {
			jdbc.sql("""
					insert into quarterly_report (id, agency_id, period_key, period_from, period_to, status, number, signer,
					    texts, revision, updated_at, updated_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""")
				.params(report.id(), report.agencyId(), report.period().key(), report.period().from(),
						report.period().to(), report.status().name(), report.number(), report.signer(), texts,
						report.revision(), now, actor.username())
				.update();
			return;
		}
		int updated = jdbc.sql("""
				update quarterly_report set status = ?, number = ?, signer = ?, texts = cast(? as jsonb), revision = ?,
				    updated_at = ?, updated_by = ?
				where id = ? and revision = ?""")
			.params(report.status().name(), report.number(), report.signer(), texts, report.revision(), now,
					actor.username(), report.id(), report.revision() - 1)
			.update();
		if (updated != 1) {
			throw new ConflictException("Báo cáo vừa được người khác sửa; hãy tải lại trang", report.status().name());
		}
	}
}
