package vn.motcua.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditLog;
import vn.motcua.control.ControlCommands.TicketCommand;
import vn.motcua.identity.Agency;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnamTime;

/**
 * The queue at the one-stop desk: the reception officer gives a visitor a number, calls it and marks the visit
 * served. Times are now, or given when recorded afterwards (never in the future).
 */
@Service
public class DeskQueue {

	private final DeskVisits visits;

	private final ControlAccess access;

	private final AuditLog audit;

	private final Clock clock;

	DeskQueue(DeskVisits visits, ControlAccess access, AuditLog audit, Clock clock) {
		this.visits = visits;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize(ControlAccess.DESK)
	@Transactional
	public DeskVisit take(TicketCommand command) {
		Agency agency = access.owner(command.agencyCode());
		if (command.purpose() != null && command.purpose().length() > 300) {
			throw new InvalidInputException("purpose", "Nội dung giao dịch tối đa 300 ký tự");
		}
		OffsetDateTime at = time(command.at());
		LocalDate day = at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
		DeskVisit visit = new DeskVisit(UUID.randomUUID(), agency.id(), day, visits.nextTicket(agency.id(), day),
				ControlAccess.text(command.purpose()), at, null, null);
		visits.insert(visit);
		audit.record("TAKE_TICKET", "DeskVisit", visit.id().toString(), agency.id(), null, visit);
		return visit;
	}

	@PreAuthorize(ControlAccess.DESK)
	@Transactional
	public DeskVisit call(UUID id, @Nullable OffsetDateTime at) {
		DeskVisit before = get(id);
		DeskVisit after = before.call(time(at));
		visits.update(after, access.username());
		audit.record("CALL", "DeskVisit", id.toString(), after.agencyId(), before, after);
		return after;
	}

	@PreAuthorize(ControlAccess.DESK)
	@Transactional
	public DeskVisit serve(UUID id, @Nullable OffsetDateTime at) {
		DeskVisit before = get(id);
		DeskVisit after = before.serve(time(at));
		visits.update(after, access.username());
		audit.record("SERVE", "DeskVisit", id.toString(), after.agencyId(), before, after);
		return after;
	}

	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public DeskVisit get(UUID id) {
		DeskVisit visit = visits.findById(id).orElseThrow(() -> new NotFoundException("Không có lượt " + id));
		access.requireVisible(visit.agencyId());
		return visit;
	}

	/** Today's visits of the caller's agency (or the named one), by number. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<DeskVisit> today(@Nullable String agencyCode) {
		return ofDay(agencyCode, null);
	}

	/** One day's visits (today when {@code day} is null) of the caller's agency (or the named one), by number. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<DeskVisit> ofDay(@Nullable String agencyCode, @Nullable LocalDate day) {
		Agency agency = access.owner(agencyCode);
		return visits.ofDay(agency.id(), day != null ? day : VietnamTime.today(clock));
	}

	/** No visit is recorded before this year (a 1970 timestamp is a client's zero, not a visit). */
	static final int EARLIEST_YEAR = 2010;

	private OffsetDateTime time(@Nullable OffsetDateTime at) {
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
		if (at == null) {
			return now;
		}
		if (at.isAfter(now.plusMinutes(1))) {
			throw new InvalidInputException("at", "Thời điểm không được ở tương lai");
		}
		if (at.getYear() < EARLIEST_YEAR) {
			throw new InvalidInputException("at", "Thời điểm phải từ năm " + EARLIEST_YEAR + " trở đi");
		}
		return at;
	}
}
