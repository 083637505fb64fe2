package vn.motcua.dossier;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.VietnamTime;

/**
 * The one timeliness model (docs/reports.md "Timeliness"): from a dossier's history it derives the legal deadline, the
 * Decision 766 deadline, the end that counts and the verdict with its reason. Every consumer (II.06a, lists and
 * inboxes, dashboard, indicators, the 766 index, the dossier page) reads it, either here or through the columns
 * {@link Dossiers} stores from it and the SQL predicates below, which say the same thing over those columns.
 *
 * <ul>
 * <li><b>Legal deadline</b>: the appointment given at receipt (Mẫu 01; for a linked dossier whose papers come by
 * post, at their arrival, {@code POSTAL_RECEIVED}); it restarts from zero only after the one
 * permitted supplement request (Decree 61 Art. 19.4); an apology (Mẫu 04, Art. 19.9) never moves it.</li>
 * <li><b>Clock stopped</b>: while waiting for the citizen after the permitted request (made on or before the legal
 * deadline) the dossier is in time; a request that needed an {@code overrideReason} (a second one, or one later than
 * 3 working days after receipt) does not stop the clock.</li>
 * <li><b>766 deadline</b>: the first appointment plus the time spent waiting for supplements (a pause, not a restart);
 * a second or late request makes the dossier late in 766 (DOMAIN.md §3.3 rule 9).</li>
 * <li><b>End that counts</b>: completion, refusal after receipt, stop or withdrawal; when the dossier was waiting for
 * the citizen with the clock stopped, the request date (the clock stopped there).</li>
 * <li><b>Verdict</b>: end date before / on / after the legal deadline's date = early / on time / late; a dossier ended
 * without a result (withdrawn, stopped) is never early: in time counts as on time. Open: in time / overdue on a day.</li>
 * </ul>
 */
public final class TimelinessModel {

	/** Version of the rules; stored rows of another version are rebuilt. */
	public static final int VERSION = 1;

	private TimelinessModel() {
	}

	/** The deadlines in force after one step of the history; what {@link Dossiers} stores per step. */
	public record Snapshot(@Nullable OffsetDateTime legalDueAt, @Nullable OffsetDateTime clockStoppedAt,
			@Nullable OffsetDateTime due766At, @Nullable OffsetDateTime waitingSinceAt, boolean violation) {

		static final Snapshot NONE = new Snapshot(null, null, null, null, false);
	}

	/**
	 * The whole derivation for a dossier.
	 * @param snapshots one per history step, in order
	 * @param endAt the end that counts, {@code null} while open or when never received
	 * @param end766At the end that counts in 766
	 * @param verdict early / on time / late once ended, {@code null} while open
	 * @param onTime766 whether the dossier is on time in 766 once ended, {@code null} while open
	 * @param violations the supplement requests that broke the rule, in words
	 */
	public record Derivation(List<Snapshot> snapshots, boolean received, @Nullable OffsetDateTime endAt,
			@Nullable OffsetDateTime end766At, @Nullable Timeliness verdict, @Nullable Boolean onTime766,
			boolean withdrawn, List<String> violations) {

		public Snapshot last() {
			return snapshots.isEmpty() ? Snapshot.NONE : snapshots.get(snapshots.size() - 1);
		}
	}

	/** The verdict at a moment, with its reason in words. */
	public record Verdict(@Nullable Timeliness timeliness, boolean onTime766, String reason,
			@Nullable OffsetDateTime legalDueAt, @Nullable OffsetDateTime due766At, List<String> violations) {
	}

	/** Derives everything from the history. */
	public static Derivation derive(List<DossierEvent> history) {
		List<Snapshot> snapshots = new ArrayList<>(history.size());
		List<String> violations = new ArrayList<>();
		boolean received = false;
		OffsetDateTime legalDue = null;
		OffsetDateTime firstDue = null;
		OffsetDateTime clockStopped = null;
		OffsetDateTime waitingSince = null;
		Duration paused = Duration.ZERO;
		int requests = 0;
		boolean violation = false;
		OffsetDateTime end = null;
		OffsetDateTime end766 = null;
		boolean withdrawn = false;
		boolean noResult = false;
		for (DossierEvent e : history) {
			switch (e.action()) {
				case RECEIVE, ACCEPT, POSTAL_RECEIVED -> {
					if (e.toStatus() == DossierStatus.RECEIVED) {
						received = true;
						legalDue = e.appointmentAt();
						firstDue = e.appointmentAt();
					}
				}
				case REQUEST_SUPPLEMENT -> {
					if (received) {
						requests++;
						boolean broken = e.overrideReason() != null || requests > 1;
						if (broken) {
							violation = true;
							violations.add("Yêu cầu bổ sung " + (requests > 1 ? "lần thứ " + requests
									: "sau 03 ngày làm việc kể từ ngày tiếp nhận") + " ngày " + shown(e.at())
									+ (e.overrideReason() == null ? "" : " (lý do: " + e.overrideReason() + ")"));
						}
						waitingSince = e.at();
						clockStopped = !broken && legalDue != null && !date(e.at()).isAfter(date(legalDue)) ? e.at()
								: null;
					}
				}
				case SUPPLEMENT_RECEIVED -> {
					if (!received) {
						received = true;
						legalDue = e.appointmentAt();
						firstDue = e.appointmentAt();
					}
					else if (waitingSince != null) {
						paused = paused.plus(Duration.between(waitingSince, e.at()));
						if (clockStopped != null) {
							legalDue = e.appointmentAt();
						}
					}
					waitingSince = null;
					clockStopped = null;
				}
				case COMPLETE, REFUSE, STOP, WITHDRAW -> {
					if (received && end == null) {
						end = clockStopped != null ? clockStopped : e.at();
						end766 = waitingSince != null ? waitingSince : e.at();
						withdrawn = e.action() == DossierAction.WITHDRAW;
						noResult = withdrawn || e.action() == DossierAction.STOP;
					}
				}
				default -> {
				}
			}
			OffsetDateTime due766 = firstDue == null ? null : firstDue.plus(paused);
			snapshots.add(received ? new Snapshot(legalDue, clockStopped, due766, waitingSince, violation)
					: Snapshot.NONE);
		}
		Snapshot last = snapshots.isEmpty() ? Snapshot.NONE : snapshots.get(snapshots.size() - 1);
		Timeliness verdict = null;
		Boolean onTime766 = null;
		if (end != null && last.legalDueAt() != null) {
			int c = date(end).compareTo(date(last.legalDueAt()));
			verdict = c > 0 ? Timeliness.LATE : c == 0 || noResult ? Timeliness.ON_TIME : Timeliness.EARLY;
			onTime766 = !violation && !date(end766).isAfter(date(last.due766At()));
		}
		return new Derivation(List.copyOf(snapshots), received, end, end766, verdict, onTime766, withdrawn,
				List.copyOf(violations));
	}

	/** Trong hạn / quá hạn for a dossier still open on {@code day}, from the snapshot in force then. */
	public static Timeliness pending(Snapshot s, LocalDate day) {
		return s.clockStoppedAt() != null || s.legalDueAt() == null || !day.isAfter(date(s.legalDueAt()))
				? Timeliness.IN_TIME : Timeliness.OVERDUE;
	}

	/** On time in 766 for a dossier still open on {@code day}. */
	public static boolean pendingOnTime766(Snapshot s, LocalDate day) {
		if (s.violation() || s.due766At() == null) {
			return !s.violation();
		}
		LocalDate end = s.waitingSinceAt() != null ? date(s.waitingSinceAt()) : day;
		return !end.isAfter(date(s.due766At()));
	}

	/**
	 * The verdict of a dossier on {@code day} as far as its history goes (the dossier page, the property test):
	 * {@code null} timeliness for a dossier never received.
	 */
	public static Verdict verdict(Dossier dossier, LocalDate day) {
		Derivation d = derive(dossier.history());
		Snapshot s = d.last();
		if (!d.received()) {
			return new Verdict(null, true, "Chưa tiếp nhận: chưa tính thời hạn", null, null, d.violations());
		}
		if (d.verdict() != null) {
			String what = d.withdrawn() ? "Rút hồ sơ" : "Kết thúc";
			String reason = switch (d.verdict()) {
				case EARLY -> what + " ngày " + shown(d.endAt()) + ", trước hạn luật định " + shown(s.legalDueAt());
				case ON_TIME -> what + " ngày " + shown(d.endAt()) + ", không quá hạn luật định " + shown(s.legalDueAt());
				default -> what + " ngày " + shown(d.endAt()) + ", sau hạn luật định " + shown(s.legalDueAt())
						+ (dossier.apologised() ? " (phiếu xin lỗi, hẹn lại không làm thay đổi hạn luật định)" : "");
			};
			return new Verdict(d.verdict(), Boolean.TRUE.equals(d.onTime766()), reason, s.legalDueAt(),
					s.due766At(), d.violations());
		}
		Timeliness t = pending(s, day);
		String reason = s.clockStoppedAt() != null
				? "Đang chờ công dân bổ sung từ ngày " + shown(s.clockStoppedAt()) + ": thời hạn tạm dừng"
				: t == Timeliness.IN_TIME ? "Đang giải quyết, hạn luật định " + shown(s.legalDueAt())
						: "Đang giải quyết, đã quá hạn luật định " + shown(s.legalDueAt());
		return new Verdict(t, pendingOnTime766(s, day), reason, s.legalDueAt(), s.due766At(), d.violations());
	}

	static LocalDate date(OffsetDateTime at) {
		return at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
	}

	/** The day of {@code at} in Vietnam as people read it (dd/MM/yyyy), for the verdicts' words. */
	private static String shown(OffsetDateTime at) {
		return VietnamTime.date(date(at));
	}

	// ---- the same rules over the stored columns ---------------------------------------------------------------

	private static String day(String alias, String column) {
		return "(" + alias + "." + column + " at time zone motcua_zone())::date";
	}

	/** Ended dossiers: the stored verdict ({@code d.verdict}) is one of EARLY, ON_TIME, LATE. */
	public static String ended(String alias, Timeliness verdict) {
		return alias + ".verdict = '" + verdict.name() + "'";
	}

	/**
	 * A dossier open on the date {@code dayParam} is in time, over the snapshot columns of {@code alias} (a dossier
	 * row for today, an event row for the end of a period).
	 */
	public static String pendingInTime(String alias, String dayParam) {
		return "(" + alias + ".clock_stopped_at is not null or " + alias + ".legal_due_at is null or "
				+ day(alias, "legal_due_at") + " >= " + dayParam + ")";
	}

	/**
	 * A dossier open on a day is overdue: the negation of {@link #pendingInTime} for that day, written over the day's
	 * first instant in Vietnam ({@code startOfDayParam}, a {@code timestamptz}) instead of the day, so that an index on
	 * {@code legal_due_at} serves it. The same rule: the deadline's date (in Vietnam) is before the day exactly when
	 * the deadline is before the day's first instant, and a stopped clock or no deadline is never overdue.
	 */
	public static String overdueFrom(String alias, String startOfDayParam) {
		return "(" + alias + ".clock_stopped_at is null and " + alias + ".legal_due_at < " + startOfDayParam + ")";
	}

	/** A dossier open on {@code dayParam} is on time in 766, over the snapshot columns of {@code alias}. */
	public static String pendingOnTime766(String alias, String dayParam) {
		return "(not " + alias + ".violation and (" + alias + ".due_766_at is null or coalesce("
				+ day(alias, "waiting_since_at") + ", " + dayParam + ") <= " + day(alias, "due_766_at") + "))";
	}

	/**
	 * The snapshot in force at {@code :end} as a lateral join of dossier {@code d}: column {@code holds} of
	 * {@code alias} is {@code predicate} (written over alias {@code e}) evaluated on it, as {@link #atEnd} gives it,
	 * but looked up once per dossier however many columns read it, and only for dossiers where {@code when} holds
	 * (a condition on {@code d} only: PostgreSQL tests it before reading the history).
	 */
	public static String atEndJoin(String predicate, String alias, String when) {
		return " left join lateral (select " + predicate + " as holds from dossier_event e where (" + when
				+ ") and e.dossier_id = d.id and e.at < :end order by e.seq desc limit 1) " + alias + " on true";
	}

	/** The snapshot in force at {@code :end} evaluated with {@code predicate} (written over alias {@code e}). */
	public static String atEnd(String predicate) {
		return "(select " + predicate
				+ " from dossier_event e where e.dossier_id = d.id and e.at < :end order by e.seq desc limit 1)";
	}
}
