package vn.motcua.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.shared.VietnamTime;

/** The desk visits, and the average waiting time measured from them. */
@Repository
class DeskVisits {

	/** Visits taken in the range and called: the ones whose waiting time is known. */
	private static final String MEASURED = "agency_id = any(:agencies) and taken_at >= :start and taken_at < :end"
			+ " and called_at is not null";

	private final JdbcClient jdbc;

	DeskVisits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int nextTicket(UUID agencyId, LocalDate day) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(agencyId + "/" + day).query().singleValue();
		return jdbc.sql("select coalesce(max(ticket_number), 0) + 1 from desk_visit where agency_id = ? and day = ?")
			.params(agencyId, day)
			.query(Integer.class)
			.single();
	}

	void insert(DeskVisit v) {
		jdbc.sql("""
				insert into desk_visit (id, agency_id, day, ticket_number, purpose, taken_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(v.id(), v.agencyId(), v.day(), v.ticketNumber(), v.purpose(), v.takenAt())
			.update();
	}

	void update(DeskVisit v, String by) {
		jdbc.sql("""
				update desk_visit set called_at = ?, served_at = ?,
				       called_by = case when called_by is null and ?::timestamptz is not null then ? else called_by end,
				       served_by = case when served_by is null and ?::timestamptz is not null then ? else served_by end
				where id = ?""")
			.params(v.calledAt(), v.servedAt(), v.calledAt(), by, v.servedAt(), by, v.id())
			.update();
	}

	Optional<DeskVisit> findById(UUID id) {
		return jdbc.sql("select * from desk_visit where id = ?").param(id).query(DeskVisits::map).optional();
	}

	List<DeskVisit> ofDay(UUID agencyId, LocalDate day) {
		return jdbc.sql("select * from desk_visit where agency_id = ? and day = ? order by ticket_number")
			.params(agencyId, day)
			.query(DeskVisits::map)
			.list();
	}

	/** (total waiting minutes, visits) over the range. */
	double[] waiting(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		return jdbc.sql("select coalesce(sum(extract(epoch from called_at - taken_at)) / 60.0, 0) as minutes,"
				+ " count(*) as visits from desk_visit where " + MEASURED)
			.params(params(agencies, from, to))
			.query((rs, n) -> new double[] { rs.getDouble("minutes"), rs.getLong("visits") })
			.single();
	}

	/** Per month: (total waiting minutes, visits). */
	Map<YearMonth, double[]> monthly(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		Map<YearMonth, double[]> months = new LinkedHashMap<>();
		jdbc.sql("select to_char(taken_at at time zone motcua_zone(), 'YYYY-MM') as month,"
				+ " sum(extract(epoch from called_at - taken_at)) / 60.0 as minutes, count(*) as visits"
				+ " from desk_visit where " + MEASURED + " group by 1")
			.params(params(agencies, from, to))
			.query((rs, n) -> Map.entry(YearMonth.parse(rs.getString("month")),
					new double[] { rs.getDouble("minutes"), rs.getLong("visits") }))
			.list()
			.forEach(e -> months.put(e.getKey(), e.getValue()));
		return months;
	}

	/** The visits measured, oldest first. */
	List<DeskVisit> measured(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		return jdbc.sql("select * from desk_visit where " + MEASURED + " order by taken_at")
			.params(params(agencies, from, to))
			.query(DeskVisits::map)
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from desk_visit").query(Long.class).single();
	}

	private static Map<String, Object> params(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("agencies", agencies.toArray(UUID[]::new));
		params.put("start", from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		params.put("end", to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		return params;
	}

	private static DeskVisit map(ResultSet rs, int n) throws SQLException {
		return new DeskVisit(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
				rs.getObject("day", LocalDate.class), rs.getInt("ticket_number"), rs.getString("purpose"),
				rs.getObject("taken_at", OffsetDateTime.class), rs.getObject("called_at", OffsetDateTime.class),
				rs.getObject("served_at", OffsetDateTime.class));
	}
}
