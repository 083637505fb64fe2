package vn.motcua.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Publication decisions and the procedures they announce. */
@Repository
class PublicationDecisions {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PublicationDecisions(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	boolean exists(UUID agencyId, String number) {
		return jdbc.sql("select count(*) from publication_decision where agency_id = ? and upper(number) = upper(?)")
			.params(agencyId, number)
			.query(Long.class)
			.single() > 0;
	}

	void insert(UUID id, String number, LocalDate signedOn, UUID agencyId, @Nullable String signer,
			List<String> legalDocuments, String by) {
		jdbc.sql("""
				insert into publication_decision (id, number, signed_on, agency_id, signer, legal_documents, created_by)
				values (?, ?, ?, ?, ?, ?::jsonb, ?)""")
			.params(id, number, signedOn, agencyId, signer, json.writeValueAsString(legalDocuments), by)
			.update();
	}

	void insertItem(UUID decisionId, int position, UUID procedureId, @Nullable UUID versionId, String change) {
		jdbc.sql("""
				insert into publication_decision_item (decision_id, position, procedure_id, version_id, change)
				values (?, ?, ?, ?, ?)""").params(decisionId, position, procedureId, versionId, change).update();
	}

	Optional<PublicationDecision> find(UUID agencyId, String number) {
		return list(" where d.agency_id = ? and upper(d.number) = upper(?)", List.of(agencyId, number)).stream()
			.findFirst();
	}

	Optional<PublicationDecision> find(UUID id) {
		return list(" where d.id = ?", List.of(id)).stream().findFirst();
	}

	/**
	 * Decisions for the given agencies ({@code null}: all) signed between two days (either may be {@code null}),
	 * newest first.
	 */
	List<PublicationDecision> search(@Nullable Collection<UUID> agencies, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> params = new ArrayList<>();
		if (agencies != null) {
			where.append(" and d.agency_id = any(?)");
			params.add(agencies.toArray(UUID[]::new));
		}
		if (from != null) {
			where.append(" and d.signed_on >= ?");
			params.add(from);
		}
		if (to != null) {
			where.append(" and d.signed_on <= ?");
			params.add(to);
		}
		return list(where.toString(), params);
	}

	private List<PublicationDecision> list(String where, List<Object> params) {
		Map<UUID, PublicationDecision> decisions = new LinkedHashMap<>();
		jdbc.sql("""
				select d.*, a.code as agency_code, a.name as agency_name from publication_decision d
				join agency a on a.id = d.agency_id""" + where + " order by d.signed_on desc, d.number")
			.params(params)
			.query((ResultSet rs, int row) -> decision(rs))
			.list()
			.forEach(d -> decisions.put(d.id(), d));
		if (decisions.isEmpty()) {
			return List.of();
		}
		jdbc.sql("""
				select i.decision_id, i.procedure_id, p.code, coalesce(v.name, l.name) as name, i.change, i.version_id,
				       v.version, v.valid_from, coalesce(v.origin, l.origin) as origin
				from publication_decision_item i join procedure p on p.id = i.procedure_id
				left join procedure_version v on v.id = i.version_id
				join lateral (select name, origin from procedure_version x where x.procedure_id = p.id
				              order by x.version desc limit 1) l on true
				where i.decision_id = any(?) order by i.decision_id, i.position""")
			.param(decisions.keySet().toArray(UUID[]::new))
			.query((ResultSet rs, int row) -> {
				decisions.get(rs.getObject("decision_id", UUID.class))
					.procedures()
					.add(new PublicationDecision.Item(rs.getObject("procedure_id", UUID.class), rs.getString("code"),
							rs.getString("name"), rs.getString("change"), rs.getObject("version_id", UUID.class),
							(Integer) rs.getObject("version"), rs.getObject("valid_from", LocalDate.class),
							rs.getString("origin")));
				return null;
			})
			.list();
		return decisions.values().stream().map(d -> new PublicationDecision(d.id(), d.number(), d.signedOn(),
				d.agencyId(), d.agencyCode(), d.agencyName(), d.signer(), d.legalDocuments(),
				List.copyOf(d.procedures()))).toList();
	}

	private PublicationDecision decision(ResultSet rs) throws SQLException {
		return new PublicationDecision(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("signed_on", LocalDate.class), rs.getObject("agency_id", UUID.class),
				rs.getString("agency_code"), rs.getString("agency_name"), rs.getString("signer"),
				json.readValue(rs.getString("legal_documents"), new TypeReference<List<String>>() {
				}), new ArrayList<>());
	}

	/** Records the day the given procedures of a decision were made public on the national database. */
	void disclose(UUID decisionId, java.util.Collection<String> codes, LocalDate disclosedOn) {
		jdbc.sql("""
				update publication_decision_item i set disclosed_on = ? from procedure p
				where i.decision_id = ? and p.id = i.procedure_id and upper(p.code) = any(?)""")
			.params(disclosedOn, decisionId, codes.stream().map(String::toUpperCase).toArray(String[]::new))
			.update();
	}
}
