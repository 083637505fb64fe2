package vn.motcua.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The impact assessments table. */
@Repository
class ImpactAssessments {

	private final JdbcClient jdbc;

	ImpactAssessments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ImpactAssessment a, @Nullable String externalId, String by) {
		jdbc.sql("""
				insert into impact_assessment (id, agency_id, draft_title, issuer, assessed_on, new_count, amended_count,
				    repealed_count, kept_count, total_after, issued_as, external_id, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.agencyId(), a.draftTitle(), a.issuer().name(), a.assessedOn(), a.newCount(),
					a.amended(), a.repealed(), a.kept(), a.totalAfter(), a.issuedAs(), externalId, by)
			.update();
	}

	void update(ImpactAssessment a) {
		jdbc.sql("""
				update impact_assessment set draft_title = ?, issuer = ?, assessed_on = ?, new_count = ?, amended_count = ?,
				    repealed_count = ?, kept_count = ?, total_after = ?, issued_as = ?, updated_at = now()
				where id = ?""")
			.params(a.draftTitle(), a.issuer().name(), a.assessedOn(), a.newCount(), a.amended(), a.repealed(),
					a.kept(), a.totalAfter(), a.issuedAs(), a.id())
			.update();
	}

	Optional<ImpactAssessment> findByExternalId(UUID agencyId, String externalId) {
		return jdbc.sql("select * from impact_assessment where agency_id = ? and external_id = ?")
			.params(agencyId, externalId)
			.query(this::map)
			.optional();
	}

	Optional<ImpactAssessment> findById(UUID id) {
		return jdbc.sql("select * from impact_assessment where id = ?").param(id).query(this::map).optional();
	}

	/** The assessments of the agencies made in the days given (inclusive), by issuer, date and title. */
	List<ImpactAssessment> find(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select * from impact_assessment where agency_id = any(?) and assessed_on between ? and ?
				order by issuer = 'PROVINCIAL_COUNCIL', assessed_on, draft_title collate "vi-x-icu", id""")
			.params(agencies.toArray(UUID[]::new), from, to)
			.query(this::map)
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from impact_assessment").query(Long.class).single();
	}

	private ImpactAssessment map(ResultSet rs, int n) throws SQLException {
		return new ImpactAssessment(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
				rs.getString("draft_title"), ImpactAssessment.Issuer.valueOf(rs.getString("issuer")),
				rs.getObject("assessed_on", LocalDate.class), rs.getInt("new_count"), rs.getInt("amended_count"),
				rs.getInt("repealed_count"), rs.getInt("kept_count"), rs.getInt("total_after"),
				rs.getString("issued_as"));
	}
}
