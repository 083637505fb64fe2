package vn.motcua.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.calendar.DurationUnit;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PagedQuery;
import vn.motcua.shared.PageResult;
import vn.motcua.shared.ReadCache;
import vn.motcua.shared.VietnameseText;

/** Procedures and their versions. */
@Repository
class Procedures {

	private static final String SELECT = """
			select v.*, p.code, p.agency_id, p.status, p.repealed_from, a.code as agency_code, f.code as field_code,
			       f.name as field_name, coalesce(d.number, v.decision_number) as decision_no
			from procedure_version v join procedure p on p.id = v.procedure_id join agency a on a.id = p.agency_id
			left join field f on f.id = v.field_id left join publication_decision d on d.id = v.decision_id""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	/**
	 * The version in force by code and day, which every intake reads (its papers are JSON): emptied by every write
	 * here ({@link ReadCache#changed}); another instance sees a change within
	 * {@code motcua.catalogue.in-force-cache-ttl} (default 30 s, like the identity cache).
	 */
	private final ReadCache<String, Optional<ProcedureVersion>> inForce;

	Procedures(JdbcClient jdbc, JsonMapper json,
			@Value("${motcua.catalogue.in-force-cache-ttl:30s}") java.time.Duration inForceTtl) {
		this.jdbc = jdbc;
		this.json = json;
		this.inForce = new ReadCache<>(inForceTtl, 10_000);
	}

	/** The version in force on a day: the latest with valid_from on or before it. */
	public Optional<ProcedureVersion> inForce(String code, LocalDate day) {
		return inForce.get(code.toUpperCase(java.util.Locale.ROOT) + "|" + day, key -> jdbc
			.sql(SELECT + " where upper(p.code) = upper(?) and v.valid_from <= ? order by v.valid_from desc limit 1")
			.params(code, day)
			.query(this::map)
			.optional());
	}

	public Optional<ProcedureVersion> latest(String code) {
		return jdbc.sql(SELECT + " where upper(p.code) = upper(?) order by v.version desc limit 1")
			.param(code)
			.query(this::map)
			.optional();
	}

	public List<ProcedureVersion> history(String code) {
		return jdbc.sql(SELECT + " where upper(p.code) = upper(?) order by v.version").param(code).query(this::map).list();
	}

	/** The versions in force on a day for the given agencies ({@code null}: all), by name. */
	public List<ProcedureVersion> inForceFor(@Nullable Collection<UUID> agencies, LocalDate day,
			@Nullable String status) {
		List<Object> params = new ArrayList<>();
		params.add(day);
		String where = "";
		if (agencies != null) {
			where += " and p.agency_id = any(?)";
			params.add(agencies.toArray(UUID[]::new));
		}
		if (status != null) {
			where += " and p.status = ?";
			params.add(status);
		}
		return jdbc.sql(SELECT + " where v.id in (select distinct on (procedure_id) id from procedure_version"
				+ " where valid_from <= ? order by procedure_id, valid_from desc)" + where
				+ " order by v.name collate \"vi-x-icu\"")
			.params(params)
			.query(this::map)
			.list();
	}

	/**
	 * Latest versions matching a query and filters, best matches first (see {@link Match}), else by name in
	 * Vietnamese order; paged. Reads the trigram index on the latest versions' search text (V22, V90).
	 */
	public PageResult<ProcedureVersion> search(ProcedureFilter filter, @Nullable Collection<UUID> agencies,
			@Nullable String status, PageRequest page) {
		StringBuilder where = new StringBuilder(" where v.latest");
		List<Object> params = new ArrayList<>();
		Match match = Match.of(filter.q());
		match.where(where, params);
		filters(filter, where, params);
		if (agencies != null) {
			where.append(" and p.agency_id = any(?)");
			params.add(agencies.toArray(UUID[]::new));
		}
		if ("PUBLISHED".equals(status)) {
			where.append(" and v.public_listed");
		}
		else if (status != null) {
			where.append(" and p.status = ?");
			params.add(status);
		}
		String countFrom = agencies == null && filter.agency() == null && (status == null || "PUBLISHED".equals(status))
				? "select count(*) from procedure_version v"
				: "select count(*) from procedure_version v join procedure p on p.id = v.procedure_id";
		return new PagedQuery(countFrom + where, SELECT + where + match.orderBy(), params, match.orderParams())
			.run(jdbc, page, this::map);
	}

	/**
	 * The public search: latest versions of published procedures matching a query and filters, best matches first,
	 * as summaries; paged. One indexed query for the page, one for the total.
	 */
	public PageResult<ProcedureSummary> publicSearch(ProcedureFilter filter, PageRequest page) {
		StringBuilder where = new StringBuilder(" where v.latest and v.public_listed");
		List<Object> params = new ArrayList<>();
		Match match = Match.of(filter.q());
		match.where(where, params);
		filters(filter, where, params);
		String countFrom = filter.agency() == null ? "select count(*) from procedure_version v"
				: "select count(*) from procedure_version v join procedure p on p.id = v.procedure_id";
		return new PagedQuery(countFrom + where, """
				select p.code, v.name, f.name as field_name, v.processing_amount, v.processing_unit, v.online_mode
				from procedure_version v join procedure p on p.id = v.procedure_id left join field f on f.id = v.field_id"""
				+ where + match.orderBy(), params, match.orderParams())
			.run(jdbc, page, (rs, row) -> new ProcedureSummary(rs.getString("code"), rs.getString("name"),
					rs.getString("field_name"), rs.getInt("processing_amount"), rs.getString("processing_unit"),
					rs.getString("online_mode")));
	}

	private static void filters(ProcedureFilter filter, StringBuilder where, List<Object> params) {
		if (filter.field() != null) {
			where.append(" and v.field_id = (select id from field where code = ?)");
			params.add(filter.field());
		}
		if (filter.agency() != null) {
			where.append(" and p.agency_id = (select id from agency where code = ?)");
			params.add(filter.agency());
		}
		if (filter.online() != null) {
			where.append(" and v.online_mode = ?");
			params.add(filter.online());
		}
	}

	/**
	 * What a typed query matches: every word, in any order, as the start of a word of the code or name (diacritics,
	 * case and punctuation ignored). Ranked: the words as one phrase first, then by trigram similarity to the query,
	 * then by name in Vietnamese order.
	 */
	record Match(List<String> words) {

		static Match of(@Nullable String q) {
			return new Match(VietnameseText.words(q));
		}

		void where(StringBuilder where, List<Object> params) {
			for (String word : words) {
				where.append(" and v.search_text like ?");
				params.add("% " + word + "%"); // words hold only a-z, 0-9 and dots: nothing to escape
			}
		}

		String orderBy() {
			return words.isEmpty() ? " order by v.name collate \"vi-x-icu\", v.procedure_id"
					: " order by (v.search_text like ?) desc, similarity(v.search_text, ?) desc,"
							+ " v.name collate \"vi-x-icu\", v.procedure_id";
		}

		List<Object> orderParams() {
			String phrase = String.join(" ", words);
			return words.isEmpty() ? List.of() : List.of("% " + phrase + " %", phrase);
		}
	}

	boolean exists(String code) {
		return jdbc.sql("select count(*) from procedure where upper(code) = upper(?)").param(code).query(Long.class).single() > 0;
	}

	void insertProcedure(UUID id, String code, UUID agencyId, ProcedureStatus status) {
		inForce.changed();
		jdbc.sql("insert into procedure (id, code, agency_id, status) values (?, ?, ?, ?)")
			.params(id, code, agencyId, status.name())
			.update();
	}

	void updateStatus(UUID procedureId, ProcedureStatus status) {
		inForce.changed();
		jdbc.sql("update procedure set status = ? where id = ?").params(status.name(), procedureId).update();
		jdbc.sql("update procedure_version set public_listed = latest and ? where procedure_id = ?")
			.params(status == ProcedureStatus.PUBLISHED, procedureId)
			.update();
	}

	void insertVersion(ProcedureVersion v, String by) {
		inForce.changed();
		jdbc.sql("update procedure_version set latest = false, public_listed = false where procedure_id = ? and latest")
			.param(v.procedureId())
			.update();
		jdbc.sql("""
				insert into procedure_version (id, procedure_id, version, valid_from, name, field_id, level, origin,
				    processing_amount, processing_unit, online_mode, online_reason, result_type, inter_agency,
				    legal_basis, where_to_submit, decision_number, fees, components, steps, created_by, applicant_types,
				    legs, one_stop, on_the_spot, result_name, latest, search_text, public_listed)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?::jsonb,
				    ?::jsonb, ?, ?, ?, true, f_unaccent(lower(? || ' ' || ?)), ?)""")
			.params(v.id(), v.procedureId(), v.version(), v.validFrom(), v.name(), v.fieldId(), v.level().name(),
					v.origin().name(), v.processingAmount(), v.processingUnit().name(), v.onlineMode().name(),
					v.onlineReason(), v.resultType().name(),
					v.interAgency(), v.legalBasis(), v.whereToSubmit(), v.decisionNumber(),
					json.writeValueAsString(v.fees()), json.writeValueAsString(v.components()),
					json.writeValueAsString(v.steps()), by, json.writeValueAsString(v.applicantTypes()),
					json.writeValueAsString(v.legs()), v.oneStop(), v.onTheSpot(), v.resultName(), v.code(), v.name(),
					v.status() == ProcedureStatus.PUBLISHED)
			.update();
	}

	/** A version by id (the one a dossier is bound to). */
	public Optional<ProcedureVersion> version(UUID versionId) {
		return jdbc.sql(SELECT + " where v.id = ?").param(versionId).query(this::map).optional();
	}

	public long count() {
		return jdbc.sql("select count(*) from procedure").query(Long.class).single();
	}

	private ProcedureVersion map(ResultSet rs, int row) throws SQLException {
		return new ProcedureVersion(rs.getObject("id", UUID.class), rs.getObject("procedure_id", UUID.class),
				rs.getString("code"), rs.getInt("version"), rs.getObject("valid_from", LocalDate.class),
				rs.getString("name"), rs.getObject("field_id", UUID.class), rs.getString("field_code"),
				rs.getObject("agency_id", UUID.class), rs.getString("agency_code"),
				ProcedureLevel.valueOf(rs.getString("level")), ProcedureOrigin.valueOf(rs.getString("origin")),
				new WorkingDuration(rs.getInt("processing_amount"), DurationUnit.valueOf(rs.getString("processing_unit"))),
				OnlineMode.valueOf(rs.getString("online_mode")), rs.getString("online_reason"),
				ResultType.valueOf(rs.getString("result_type")),
				rs.getBoolean("inter_agency"), rs.getString("legal_basis"), rs.getString("where_to_submit"),
				rs.getString("decision_no"),
				json.readValue(rs.getString("fees"), new TypeReference<List<ProcedureVersion.Fee>>() {
				}), json.readValue(rs.getString("components"), new TypeReference<List<ProcedureVersion.Component>>() {
				}), json.readValue(rs.getString("steps"), new TypeReference<List<ProcedureVersion.Step>>() {
				}), ProcedureStatus.valueOf(rs.getString("status")),
				json.readValue(rs.getString("applicant_types"), new TypeReference<List<String>>() {
				}), json.readValue(rs.getString("legs"), new TypeReference<List<ProcedureVersion.Leg>>() {
				}), rs.getBoolean("one_stop"), rs.getBoolean("on_the_spot"), rs.getString("result_name"),
				rs.getObject("decision_id", UUID.class), rs.getObject("repealed_from", LocalDate.class),
				rs.getString("field_name"));
	}

	/** Every version of the procedures of the given agencies ({@code null}: all), by code then version. */
	public List<ProcedureVersion> allVersions(@Nullable Collection<UUID> agencies) {
		return jdbc.sql(SELECT + (agencies == null ? "" : " where p.agency_id = any(?)") + " order by p.code, v.version")
			.params(agencies == null ? List.of() : List.of((Object) agencies.toArray(UUID[]::new)))
			.query(this::map)
			.list();
	}

	/** Stores the status of a procedure (and which of its versions the public site lists), if it changed. */
	void store(Procedure procedure) {
		if (!procedure.changed()) {
			return;
		}
		if (procedure.status() == ProcedureStatus.REPEALED && procedure.repealedFrom() != null) {
			repeal(procedure.id(), procedure.repealedFrom());
		}
		else {
			updateStatus(procedure.id(), procedure.status());
		}
	}

	void repeal(UUID procedureId, LocalDate from) {
		inForce.changed();
		jdbc.sql("update procedure set status = 'REPEALED', repealed_from = ? where id = ?")
			.params(from, procedureId)
			.update();
		jdbc.sql("update procedure_version set public_listed = false where procedure_id = ?").param(procedureId).update();
	}

	void linkDecision(UUID versionId, UUID decisionId) {
		inForce.changed();
		jdbc.sql("update procedure_version set decision_id = ? where id = ?").params(decisionId, versionId).update();
	}
}
