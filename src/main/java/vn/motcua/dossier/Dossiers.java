package vn.motcua.dossier;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.VietnamTime;

/** The dossiers table with its history, components and code counter. */
@Repository
public class Dossiers {

	private final JdbcClient jdbc;

	Dossiers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next number XXXX for an agency and receipt day, inside the caller's transaction (rolled back with it). */
	int nextSequence(UUID agencyId, LocalDate day) {
		return jdbc.sql("""
				insert into dossier_sequence (agency_id, day, last) values (?, ?, 1)
				on conflict (agency_id, day) do update set last = dossier_sequence.last + 1
				returning last""").params(agencyId, day).query(Integer.class).single();
	}

	public Optional<Dossier> findByCode(String code) {
		return findOne("d.code = ?", code);
	}

	public Optional<Dossier> findById(UUID id) {
		return findOne("d.id = ?", id);
	}

	Optional<Dossier> findByExternalId(UUID agencyId, String externalId) {
		return findOne("d.agency_id = ? and d.external_id = ?", agencyId, externalId);
	}

	/**
	 * One dossier with its history in one statement (a transition loads the dossier it changes: one round trip, not
	 * one for the row and one for its steps). The steps' columns are prefixed {@code e_}: both tables have
	 * {@code appointment_at}, {@code postal_tracking} and the deadlines.
	 */
	private Optional<Dossier> findOne(String where, Object... params) {
		return jdbc.sql("select d.*, " + EventColumns.PREFIXED.select + " from dossier d "
				+ "left join dossier_event e on e.dossier_id = d.id where " + where + " order by e.seq")
			.params(params)
			.query(rs -> {
				if (!rs.next()) {
					return Optional.<Dossier>empty();
				}
				Dossier shell = map(rs, 0);
				List<DossierEvent> events = new ArrayList<>();
				do {
					if (rs.getObject(EventColumns.PREFIXED.seq) != null) {
						events.add(event(rs, EventColumns.PREFIXED));
					}
				}
				while (rs.next());
				return Optional.of(withHistory(shell, events));
			});
	}

	/** Loads many dossiers with their history and papers in three queries (one each). */
	List<Dossier> findAllById(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		UUID[] array = ids.toArray(UUID[]::new);
		List<Dossier> dossiers = jdbc.sql("select * from dossier where id = any(?)").param(array).query(this::map).list();
		Map<UUID, List<DossierEvent>> events = jdbc
			.sql("select * from dossier_event where dossier_id = any(?) order by dossier_id, seq")
			.param(array)
			.query((rs, n) -> Map.entry(rs.getObject("dossier_id", UUID.class), event(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<UUID, List<DossierComponent>> components = jdbc
			.sql("select * from dossier_component where dossier_id = any(?) order by dossier_id, position")
			.param(array)
			.query((rs, n) -> Map.entry(rs.getObject("dossier_id", UUID.class), component(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<UUID, Dossier> byId = dossiers.stream()
			.map(d -> {
				Dossier dossier = withHistory(d, events.getOrDefault(d.id(), List.of()));
				List<DossierComponent> papers = components.getOrDefault(d.id(), List.of());
				dossier.loadComponentsLazily(() -> papers);
				return dossier;
			})
			.collect(Collectors.toMap(Dossier::id, Function.identity()));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	/** Records the digitised result of a dossier that has none (demo data of past dossiers). */
	void attachResultFile(UUID dossierId, UUID fileId, String form) {
		jdbc.sql("update dossier set result_file_id = ?, result_form = ? where id = ? and result_file_id is null")
			.params(fileId, form, dossierId)
			.update();
	}

	/**
	 * Inserts a new dossier or updates a loaded one (optimistic lock) with the timeliness model's derivation, and
	 * appends its new history steps: a transition is one statement (the row's update and the steps' insert in one
	 * data-modifying {@code with}, the steps inserted only if the update matched), a new dossier two (its row, then its
	 * steps); the papers follow when they changed.
	 */
	void save(Dossier dossier) {
		TimelinessModel.Derivation timeliness = TimelinessModel.derive(dossier.history());
		TimelinessModel.Snapshot last = timeliness.last();
		List<Object> derived = java.util.Arrays.asList(last.legalDueAt(), last.clockStoppedAt(), last.due766At(),
				last.waitingSinceAt(), last.violation(), timeliness.endAt(), timeliness.end766At(),
				timeliness.verdict() == null ? null : timeliness.verdict().name(), timeliness.onTime766(),
				TimelinessModel.VERSION);
		NewSteps steps = newSteps(dossier, timeliness);
		boolean created = dossier.version() < 0;
		if (created) {
			insert(dossier, derived);
			dossier.version(0);
			if (!steps.params().isEmpty()) {
				jdbc.sql(NewSteps.INSERT + "values " + steps.rows()).params(steps.params()).update();
			}
		}
		else {
			List<Object> params = new ArrayList<>(java.util.Arrays.asList(dossier.status().name(),
					name(dossier.resumeStatus()), dossier.receivedAt(), dossier.appointmentAt(),
					dossier.firstAppointmentAt(), dossier.completedAt(), dossier.returnedAt(), dossier.finishedAt(),
					dossier.closedAt(), dossier.assignee(), dossier.forwardedTo(), dossier.apologised(),
					dossier.supplementRequests(), dossier.postalTracking(), dossier.returnMethod(),
					dossier.returnedTo(), dossier.resultFileId(), dossier.legWorkingDays(), dossier.resultFileId() != null,
					dossier.resultForm()));
			params.addAll(derived);
			params.add(dossier.id());
			params.add(dossier.version());
			String update = """
					update dossier set status = ?, resume_status = ?, received_at = ?, appointment_at = ?,
					       first_appointment_at = ?, completed_at = ?, returned_at = ?, finished_at = ?, closed_at = ?,
					       assignee = ?,
					       forwarded_to = ?, apologised = ?, supplement_requests = ?, postal_tracking = ?,
					       return_method = ?, returned_to = ?, result_file_id = ?, leg_working_days = ?,
					       result_form = case when ? then ? else result_form end, version = version + 1,
					       updated_at = now(),
					       legal_due_at = ?, clock_stopped_at = ?, due_766_at = ?, waiting_since_at = ?,
					       violation = ?, counted_end_at = ?, end_766_at = ?, verdict = ?, on_time_766 = ?,
					       timeliness_model = ?
					where id = ? and version = ?""";
			int written;
			if (steps.params().isEmpty()) {
				written = jdbc.sql(update).params(params).update();
			}
			else {
				params.addAll(steps.params());
				written = jdbc.sql("with updated as (" + update + " returning id) " + NewSteps.INSERT
						+ "select * from (values " + steps.rows() + ") as step where exists (select from updated)")
					.params(params)
					.update();
			}
			if (written == 0) {
				throw new ConflictException("Hồ sơ " + dossier.code()
						+ " vừa được người khác cập nhật; vui lòng tải lại và thử lại", dossier.status().name());
			}
			dossier.version(dossier.version() + 1);
		}
		if (dossier.componentsChanged()) {
			saveComponents(dossier, created);
		}
		dossier.markStored();
	}

	/** The history steps not stored yet, with the deadlines in force after each: their rows' placeholders and values. */
	private static NewSteps newSteps(Dossier dossier, TimelinessModel.Derivation timeliness) {
		int stored = dossier.storedEvents();
		List<Object> params = new ArrayList<>();
		int count = 0;
		for (DossierEvent event : dossier.history()) {
			if (event.seq() > stored) {
				TimelinessModel.Snapshot s = timeliness.snapshots().get(event.seq() - 1);
				params.addAll(java.util.Arrays.asList(dossier.id(), event.seq(), event.action().name(), event.at(),
						event.by(), event.reason(), event.note(), event.target(), event.fromStatus().name(),
						event.toStatus().name(), event.appointmentAt(), event.overrideReason(), s.legalDueAt(),
						s.clockStoppedAt(), s.due766At(), s.waitingSinceAt(), s.violation(),
						event.postal() == null ? null : event.postal().trackingNumber(),
						event.postal() == null ? null : java.sql.Date.valueOf(event.postal().sentOn()),
						event.postal() == null || event.postal().receivedOn() == null ? null
								: java.sql.Date.valueOf(event.postal().receivedOn())));
				count++;
			}
		}
		return new NewSteps(count, params);
	}

	/** New history steps: {@code count} rows of {@link #INSERT}'s columns, their values in order. */
	private record NewSteps(int count, List<Object> params) {

		static final String INSERT = """
				insert into dossier_event (dossier_id, seq, action, at, by_user, reason, note, target,
				                           from_status, to_status, appointment_at, override_reason,
				                           legal_due_at, clock_stopped_at, due_766_at, waiting_since_at, violation,
				                           postal_tracking, postal_sent_on, postal_received_on)
				""";

		/** Typed: inside a transition's {@code with} the values stand in a subquery and take no column's type. */
		static final String ROW = "(?::uuid, ?::int, ?::varchar, ?::timestamptz, ?::varchar, ?::varchar, "
				+ "?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::timestamptz, ?::varchar, ?::timestamptz, "
				+ "?::timestamptz, ?::timestamptz, ?::timestamptz, ?::boolean, ?::varchar, ?::date, ?::date)";

		String rows() {
			return String.join(", ", java.util.Collections.nCopies(count, ROW));
		}
	}

	/** A digitised paper of an earlier dossier. */
	record DigitisedPaper(String dossierCode, UUID agencyId, OffsetDateTime receivedAt, DossierComponent component) {
	}

	/**
	 * The digitised papers of the applicant's {@value DossierManagement#REUSE_FROM_LATEST} latest other dossiers (by ID
	 * number, wherever they were filed), of those in {@code agencies} ({@code null}: all), newest first. Bounded so that
	 * a dossier page costs the same for an applicant with thousands of dossiers (49 ms of the database per page before,
	 * 2.5 ms after, with 9,912 dossiers of one ID number; V185). The agencies are applied after the bound, not before:
	 * an index walk "the latest of this applicant in these agencies" reads every newer dossier of the applicant
	 * elsewhere first (30 ms a page for the desk of one agency, with 50,000 newer dossiers in four others).
	 */
	List<DigitisedPaper> digitisedPapers(String idNumber, UUID except, @Nullable Collection<UUID> agencies) {
		List<Object> params = new ArrayList<>(List.of(idNumber, except, DossierManagement.REUSE_FROM_LATEST));
		String visible = "";
		if (agencies != null) {
			visible = " and d.agency_id = any(?)";
			params.add(agencies.toArray(UUID[]::new));
		}
		return jdbc.sql("""
				select d.code as dossier_code, d.agency_id as dossier_agency, d.submitted_at as dossier_submitted, c.*
				from (select id, code, agency_id, submitted_at from dossier
				      where applicant_id_number = ? and id <> ?
				      order by submitted_at desc limit ?) d
				join dossier_component c on c.dossier_id = d.id
				where c.digitised and cardinality(c.file_ids) > 0""" + visible
				+ " order by d.submitted_at desc, c.position limit 200")
			.params(params)
			.query((rs, n) -> new DigitisedPaper(rs.getString("dossier_code"), rs.getObject("dossier_agency", UUID.class),
					time(rs, "dossier_submitted"), component(rs)))
			.list();
	}

	/** Stores the model's derivation on the dossier row (what the reports and lists read). */
	void saveTimeliness(UUID dossierId, TimelinessModel.Derivation t) {
		TimelinessModel.Snapshot s = t.last();
		jdbc.sql("""
				update dossier set legal_due_at = ?, clock_stopped_at = ?, due_766_at = ?, waiting_since_at = ?,
				       violation = ?, counted_end_at = ?, end_766_at = ?, verdict = ?, on_time_766 = ?,
				       timeliness_model = ?
				where id = ?""")
			.params(s.legalDueAt(), s.clockStoppedAt(), s.due766At(), s.waitingSinceAt(), s.violation(), t.endAt(),
					t.end766At(), t.verdict() == null ? null : t.verdict().name(), t.onTime766(),
					TimelinessModel.VERSION, dossierId)
			.update();
	}

	/**
	 * Rebuilds the stored derivation of up to {@code batch} dossiers whose rows are missing (stored before the model,
	 * or cleared by a migration when the rules change), from their histories; the number rebuilt (0 when all are current).
	 */
	int rebuildTimeliness(int batch) {
		List<UUID> ids = jdbc.sql("select id from dossier where timeliness_model is null limit ?")
			.params(batch)
			.query(UUID.class)
			.list();
		for (Dossier dossier : findAllById(ids)) {
			TimelinessModel.Derivation t = TimelinessModel.derive(dossier.history());
			for (DossierEvent event : dossier.history()) {
				TimelinessModel.Snapshot s = t.snapshots().get(event.seq() - 1);
				jdbc.sql("""
						update dossier_event set legal_due_at = ?, clock_stopped_at = ?, due_766_at = ?,
						       waiting_since_at = ?, violation = ?
						where dossier_id = ? and seq = ?""")
					.params(s.legalDueAt(), s.clockStoppedAt(), s.due766At(), s.waitingSinceAt(), s.violation(),
							dossier.id(), event.seq())
					.update();
			}
			saveTimeliness(dossier.id(), t);
		}
		return ids.size();
	}

	private void insert(Dossier d, List<Object> derived) {
		ProcedureRef p = d.procedure();
		Applicant a = d.applicant();
		List<Object> params = new ArrayList<>(java.util.Arrays.asList(d.id(), d.code(), d.agencyId(), p.versionId(),
				p.code(), p.version(), p.name(), p.fieldId(), d.channel().name(), d.status().name(),
				name(d.resumeStatus()), a.fullName(), a.idNumber(), a.phone(), a.email(), a.address(), a.organisation(),
				a.organisationTaxCode(), a.organisationDecision(), a.representative(), d.submittedAt(), d.receivedAt(),
				d.appointmentAt(), d.firstAppointmentAt(), d.completedAt(), d.returnedAt(), d.finishedAt(),
				d.closedAt(), d.assignee(), d.forwardedTo(), d.apologised(), d.supplementRequests(),
				p.processingAmount(), p.processingUnit(), p.feeDueVnd(), d.externalId(), d.lookupKey(),
				d.postalTracking(), d.returnMethod(), d.returnedTo(), d.resultFileId(),
				d.resultFileId() == null ? null : d.resultForm(), d.legWorkingDays()));
		params.addAll(derived);
		jdbc.sql("""
				insert into dossier (id, code, agency_id, procedure_version_id, procedure_code, procedure_version,
				    procedure_name, field_id, channel, status, resume_status, applicant_name, applicant_id_number,
				    applicant_phone, applicant_email, applicant_address, applicant_org, applicant_org_tax_code,
				    applicant_org_decision, applicant_org_representative, submitted_at, received_at,
				    appointment_at, first_appointment_at, completed_at, returned_at, finished_at, closed_at, assignee,
				    forwarded_to, apologised, supplement_requests, processing_amount, processing_unit, fee_due_vnd,
				    external_id, lookup_key, postal_tracking, return_method, returned_to, result_file_id, result_form, leg_working_days,
				    legal_due_at, clock_stopped_at, due_766_at, waiting_since_at, violation, counted_end_at,
				    end_766_at, verdict, on_time_766, timeliness_model)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
				        ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(params)
			.update();
	}

	/** The papers of a dossier, replacing those stored (nothing to replace for a dossier just inserted). */
	private void saveComponents(Dossier dossier, boolean created) {
		if (!created) {
			jdbc.sql("delete from dossier_component where dossier_id = ?").param(dossier.id()).update();
		}
		List<DossierComponent> components = dossier.components();
		if (components.isEmpty()) {
			return;
		}
		StringBuilder sql = new StringBuilder("""
				insert into dossier_component (dossier_id, position, code, name, required, original, copies, file_ids,
				                               digitised, reused) values """);
		List<Object> params = new ArrayList<>();
		for (int position = 0; position < components.size(); position++) {
			DossierComponent c = components.get(position);
			sql.append(position == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			params.addAll(java.util.Arrays.asList(dossier.id(), position, c.code(), c.name(), c.required(),
					c.original(), c.copies(), c.fileIds().toArray(UUID[]::new), c.digitised(), c.reused()));
		}
		jdbc.sql(sql.toString()).params(params).update();
	}

	private Dossier withHistory(Dossier shell, List<DossierEvent> events) {
		List<DossierComponent> components = List.of();
		Dossier dossier = Dossier.restore(shell.id(), shell.code(), shell.agencyId(), shell.procedure(),
				shell.channel(), shell.applicant(), shell.submittedAt(), shell.externalId(), shell.lookupKey(),
				components, shell.postalTracking(), shell.returnMethod(), shell.returnedTo(), shell.status(),
				shell.resumeStatus(), shell.receivedAt(), shell.appointmentAt(), shell.firstAppointmentAt(),
				shell.completedAt(), shell.returnedAt(), shell.finishedAt(), shell.closedAt(), shell.assignee(),
				shell.forwardedTo(),
				shell.apologised(), shell.supplementRequests(), events);
		dossier.version(shell.version());
		dossier.restoreResultFile(shell.resultFileId());
		dossier.restoreResultForm(shell.resultForm());
		dossier.restoreLegWorkingDays(shell.legWorkingDays());
		UUID id = shell.id();
		dossier.loadComponentsLazily(() -> components(id));
		return dossier;
	}

	private List<DossierComponent> components(UUID dossierId) {
		return jdbc.sql("select * from dossier_component where dossier_id = ? order by position")
			.param(dossierId)
			.query((rs, n) -> component(rs))
			.list();
	}

	private static DossierComponent component(ResultSet rs) throws SQLException {
		Array files = rs.getArray("file_ids");
		List<UUID> ids = files == null ? List.of() : Arrays.asList((UUID[]) files.getArray());
		return new DossierComponent(rs.getString("code"), rs.getString("name"), rs.getBoolean("required"),
				rs.getBoolean("original"), rs.getInt("copies"), ids, rs.getBoolean("digitised"), rs.getBoolean("reused"));
	}

	private Dossier map(ResultSet rs, int row) throws SQLException {
		ProcedureRef procedure = new ProcedureRef(rs.getObject("procedure_version_id", UUID.class),
				rs.getString("procedure_code"), rs.getInt("procedure_version"), rs.getString("procedure_name"),
				rs.getObject("field_id", UUID.class), rs.getInt("processing_amount"), rs.getString("processing_unit"),
				rs.getLong("fee_due_vnd"));
		Applicant applicant = new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
				rs.getString("applicant_phone"), rs.getString("applicant_email"), rs.getString("applicant_address"),
				rs.getString("applicant_org"), rs.getString("applicant_org_tax_code"),
				rs.getString("applicant_org_decision"), rs.getString("applicant_org_representative"));
		Dossier dossier = Dossier.restore(rs.getObject("id", UUID.class), rs.getString("code"),
				rs.getObject("agency_id", UUID.class), procedure, Channel.valueOf(rs.getString("channel")), applicant,
				time(rs, "submitted_at"), rs.getString("external_id"), rs.getString("lookup_key"), List.of(),
				rs.getString("postal_tracking"), rs.getString("return_method"), rs.getString("returned_to"),
				DossierStatus.valueOf(rs.getString("status")), status(rs.getString("resume_status")),
				time(rs, "received_at"), time(rs, "appointment_at"), time(rs, "first_appointment_at"),
				time(rs, "completed_at"), time(rs, "returned_at"), time(rs, "finished_at"), time(rs, "closed_at"),
				rs.getString("assignee"),
				rs.getString("forwarded_to"), rs.getBoolean("apologised"), rs.getInt("supplement_requests"),
				List.of());
		dossier.version(rs.getInt("version"));
		dossier.restoreResultFile(rs.getObject("result_file_id", UUID.class));
		dossier.restoreResultForm(rs.getString("result_form"));
		dossier.restoreLegWorkingDays((Integer) rs.getObject("leg_working_days"));
		return dossier;
	}

	static DossierEvent event(ResultSet rs) throws SQLException {
		return event(rs, EventColumns.PLAIN);
	}

	private static DossierEvent event(ResultSet rs, EventColumns c) throws SQLException {
		return new DossierEvent(rs.getInt(c.seq), DossierAction.valueOf(rs.getString(c.action)), time(rs, c.at),
				rs.getString(c.by), rs.getString(c.reason), rs.getString(c.note), rs.getString(c.target),
				DossierStatus.valueOf(rs.getString(c.from)), DossierStatus.valueOf(rs.getString(c.to)),
				time(rs, c.appointmentAt), rs.getString(c.overrideReason), postal(rs, c));
	}

	private static @Nullable PostalHandoff postal(ResultSet rs, EventColumns c) throws SQLException {
		String tracking = rs.getString(c.postalTracking);
		java.sql.Date sent = rs.getDate(c.postalSentOn);
		java.sql.Date received = rs.getDate(c.postalReceivedOn);
		return tracking == null || sent == null ? null
				: new PostalHandoff(tracking, sent.toLocalDate(), received == null ? null : received.toLocalDate());
	}

	/** The labels of a history step's columns: as stored, or prefixed {@code e_} beside a dossier's own columns. */
	private static final class EventColumns {

		private static final List<String> NAMES = List.of("seq", "action", "at", "by_user", "reason", "note", "target",
				"from_status", "to_status", "appointment_at", "override_reason", "postal_tracking", "postal_sent_on",
				"postal_received_on");

		static final EventColumns PLAIN = new EventColumns("");

		static final EventColumns PREFIXED = new EventColumns("e_");

		final String seq, action, at, by, reason, note, target, from, to, appointmentAt, overrideReason,
				postalTracking, postalSentOn, postalReceivedOn;

		/** {@code e.seq as e_seq, …}: the select list of the prefixed columns. */
		final String select;

		private EventColumns(String prefix) {
			seq = prefix + "seq";
			action = prefix + "action";
			at = prefix + "at";
			by = prefix + "by_user";
			reason = prefix + "reason";
			note = prefix + "note";
			target = prefix + "target";
			from = prefix + "from_status";
			to = prefix + "to_status";
			appointmentAt = prefix + "appointment_at";
			overrideReason = prefix + "override_reason";
			postalTracking = prefix + "postal_tracking";
			postalSentOn = prefix + "postal_sent_on";
			postalReceivedOn = prefix + "postal_received_on";
			select = NAMES.stream().map(n -> "e." + n + " as " + prefix + n).collect(Collectors.joining(", "));
		}

	}

	static @Nullable OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime();
	}

	private static @Nullable DossierStatus status(@Nullable String name) {
		return name == null ? null : DossierStatus.valueOf(name);
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return value == null ? null : value.name();
	}

	/** Row count, for demo data and tests. */
	public long count() {
		return jdbc.sql("select count(*) from dossier").query(Long.class).single();
	}

	/** Payments recorded for a dossier, in VND. */
	long paidVnd(UUID dossierId) {
		return paidVnd(List.of(dossierId)).getOrDefault(dossierId, 0L);
	}

	/** Payments recorded for each of the given dossiers, in VND, in one statement (absent: nothing paid). */
	Map<UUID, Long> paidVnd(List<UUID> dossierIds) {
		Map<UUID, Long> paid = new java.util.HashMap<>();
		jdbc.sql("select dossier_id, sum(amount_vnd) from dossier_payment where dossier_id = any(?) group by dossier_id")
			.param(dossierIds.toArray(UUID[]::new))
			.query(rs -> {
				paid.put(rs.getObject(1, UUID.class), rs.getLong(2));
			});
		return paid;
	}

	List<Payment> payments(UUID dossierId) {
		return jdbc.sql("select * from dossier_payment where dossier_id = ? order by paid_at")
			.param(dossierId)
			.query((rs, n) -> new Payment(rs.getObject("id", UUID.class), rs.getLong("amount_vnd"),
					rs.getString("method"), rs.getString("reference"), rs.getString("receipt_number"),
					time(rs, "paid_at"), rs.getString("recorded_by")))
			.list();
	}

	void insertPayment(UUID dossierId, Payment payment) {
		jdbc.sql("""
				insert into dossier_payment (id, dossier_id, amount_vnd, method, reference, receipt_number, paid_at,
				                             recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(payment.id(), dossierId, payment.amountVnd(), payment.method(), payment.reference(),
					payment.receiptNumber(), payment.paidAt(), payment.recordedBy())
			.update();
	}

	/** A fee payment (thu phí, lệ phí). {@code method} is CASH, BANK or ONLINE. */
	public record Payment(UUID id, long amountVnd, String method, @Nullable String reference,
			@Nullable String receiptNumber, OffsetDateTime paidAt, String recordedBy) {
	}
}
