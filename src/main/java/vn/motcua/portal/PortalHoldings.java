package vn.motcua.portal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.PortalSyncSource;
import vn.motcua.shared.VietnamTime;

/**
 * What the national portal holds of our dossiers (Decision 766, indicator 1.4): a dossier counts from the first of its
 * messages the portal acknowledged. A dossier is counted by its receipt (at the desk or accepted online); one whose
 * receipt happened while the sync was off has no receipt time here and is not counted, as the portal never had it
 * from the start.
 */
class PortalHoldings implements PortalSyncSource {

	private final JdbcClient jdbc;

	PortalHoldings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public long syncedReceived(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select count(*) from portal_dossier
				where agency_id = any(:agencies) and received_at >= :start and received_at < :end
				  and first_delivered_at is not null""")
			.param("agencies", agencies.toArray(UUID[]::new))
			.param("start", from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
			.param("end", to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
			.query(Long.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Long> syncedReceivedByAgency(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		Map<UUID, Long> counts = new LinkedHashMap<>();
		agencies.forEach(a -> counts.put(a, 0L));
		jdbc.sql("""
				select agency_id, count(*) as synced from portal_dossier
				where agency_id = any(:agencies) and received_at >= :start and received_at < :end
				  and first_delivered_at is not null
				group by agency_id""")
			.param("agencies", agencies.toArray(UUID[]::new))
			.param("start", from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
			.param("end", to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
			.query((rs, n) -> counts.put(rs.getObject("agency_id", UUID.class), rs.getLong("synced")))
			.list();
		return counts;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> synced(Collection<String> dossierCodes) {
		if (dossierCodes.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select dossier_code from portal_dossier
				where dossier_code = any(:codes) and first_delivered_at is not null""")
			.param("codes", dossierCodes.toArray(String[]::new))
			.query(String.class)
			.list());
	}
}
