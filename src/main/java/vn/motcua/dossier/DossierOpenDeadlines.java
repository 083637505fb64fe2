package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.OpenDeadlines;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.VietnamTime;

/**
 * Tells the calendar page which open dossiers would get another appointment if a year's table changed. Their
 * appointments are not moved: the desk decides whether to apologise and re-appoint.
 */
@Component
class DossierOpenDeadlines implements OpenDeadlines {

	private final JdbcClient jdbc;

	private final Dossiers dossiers;

	private final CurrentActor actor;

	DossierOpenDeadlines(JdbcClient jdbc, Dossiers dossiers, CurrentActor actor) {
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.actor = actor;
	}

	@Override
	public List<AffectedDeadline> affectedBy(Set<LocalDate> changedDays,
			Function<DeadlineRequest, OffsetDateTime> recompute) {
		if (changedDays.isEmpty()) {
			return List.of();
		}
		LocalDate first = Collections.min(changedDays);
		LocalDate last = Collections.max(changedDays);
		List<UUID> ids = jdbc.sql("""
				select id from dossier
				where closed_at is null and appointment_at is not null and apologised = false
				  and status <> 'AWAITING_SUPPLEMENT' and received_at < ? and appointment_at >= ?""")
			.params(last.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime(),
					first.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
			.query(UUID.class)
			.list();
		List<AffectedDeadline> affected = new ArrayList<>();
		for (Dossier dossier : dossiers.findAllById(ids)) {
			if (!actor.canSee(dossier.agencyId())) {
				continue;
			}
			OffsetDateTime start = dossier.history()
				.stream()
				.filter(e -> e.action() == DossierAction.SUPPLEMENT_RECEIVED || e.action() == DossierAction.ACCEPT
						|| e.action() == DossierAction.RECEIVE && e.toStatus() == DossierStatus.RECEIVED)
				.reduce((a, b) -> b)
				.map(DossierEvent::at)
				.orElse(dossier.receivedAt());
			WorkingDuration duration = dossier.procedure().processingTime();
			OffsetDateTime after = recompute.apply(new DeadlineRequest(start, duration));
			if (!after.isEqual(dossier.appointmentAt())) {
				affected.add(new AffectedDeadline("Hồ sơ", dossier.code(),
						dossier.applicant().fullName() + " · " + dossier.procedure().name(), dossier.appointmentAt(),
						after));
			}
		}
		return affected;
	}
}
