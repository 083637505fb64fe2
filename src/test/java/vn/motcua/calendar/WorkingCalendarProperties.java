package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import vn.motcua.shared.VietnamTime;


/**
 * Properties of the deadline calculator over 2023–2030 (official tables for 2024–2026, generated otherwise),
 * receipts biased towards the interesting times (openings, lunch, cut-off, close, midnight). Each property is checked
 * on a few thousand cases drawn from a seeded random generator, so a failure names its inputs and repeats exactly.
 */
class WorkingCalendarProperties {

    private static final ZoneId VIETNAM = VietnamTime.ZONE;
    private static final LocalTime CLOSE = LocalTime.of(17, 0);
    private static final LocalTime CUT_OFF = LocalTime.of(15, 0);

    private final WorkingCalendar calendar = OfficialYears.calendar();

    private static final LocalTime[] INTERESTING = {LocalTime.MIDNIGHT, LocalTime.of(7, 29, 59), LocalTime.of(7, 30),
            LocalTime.of(11, 30), LocalTime.of(12, 0), LocalTime.of(13, 30), LocalTime.of(14, 59, 59),
            LocalTime.of(15, 0), LocalTime.of(16, 59, 59), LocalTime.of(17, 0), LocalTime.of(23, 59, 59)};

    private final Random random = new Random(20_261_124L);

    /** A receipt between 2023 and early 2030, three times in ten at an interesting time of day. */
    private OffsetDateTime receipt() {
        LocalDate date = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(7 * 365 + 61));
        LocalTime time = random.nextInt(10) < 3 ? INTERESTING[random.nextInt(INTERESTING.length)]
                : LocalTime.ofSecondOfDay(random.nextInt(86_400));
        return date.atTime(time).atZone(VIETNAM).toOffsetDateTime();
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private OffsetDateTime days(OffsetDateTime receivedAt, int amount) {
        return calendar.deadline(receivedAt, WorkingDuration.workingDays(amount));
    }

    private OffsetDateTime hours(OffsetDateTime receivedAt, int amount) {
        return calendar.deadline(receivedAt, WorkingDuration.workingHours(amount));
    }

    @Test
    void aWorkingDayDeadlineIsTheCloseOfAWorkingDayAfterTheReceipt() {
        for (int i = 0; i < 2000; i++) {
            OffsetDateTime receivedAt = receipt();
            int amount = between(0, 30);
            OffsetDateTime due = days(receivedAt, amount);
            assertThat(calendar.isWorkingDay(due.toLocalDate())).isTrue();
            assertThat(due.toLocalTime()).isEqualTo(CLOSE);
            assertThat(due).isAfter(receivedAt);
        }
    }

    @Test
    void aWorkingHourDeadlineFallsInsideOfficeHoursOfAWorkingDay() {
        for (int i = 0; i < 2000; i++) {
            OffsetDateTime receivedAt = receipt();
            int amount = between(1, 60);
            OffsetDateTime due = hours(receivedAt, amount);
            LocalTime time = due.toLocalTime();
            assertThat(calendar.isWorkingDay(due.toLocalDate())).isTrue();
            assertThat(time.isAfter(LocalTime.of(7, 30)) && !time.isAfter(LocalTime.of(11, 30))
                    || time.isAfter(LocalTime.of(13, 30)) && !time.isAfter(CLOSE)).as("%s", due).isTrue();
            assertThat(due).isAfter(receivedAt);
        }
    }

    @Test
    void deadlinesMatchANaiveDayByDayReference() {
        for (int i = 0; i < 2000; i++) {
            OffsetDateTime receivedAt = receipt();
            int amount = between(0, 30);
            assertThat(days(receivedAt, amount)).isEqualTo(NaiveReference.days(receivedAt, amount));
            assertThat(hours(receivedAt, amount)).isEqualTo(NaiveReference.hours(receivedAt, amount));
        }
    }

    @Test
    void deadlinesAreMonotonicInTheReceiptTime() {
        for (int i = 0; i < 1000; i++) {
            OffsetDateTime first = receipt();
            OffsetDateTime second = receipt();
            int amount = between(0, 30);
            OffsetDateTime earlier = first.isBefore(second) ? first : second;
            OffsetDateTime later = first.isBefore(second) ? second : first;
            assertThat(days(earlier, amount)).isBeforeOrEqualTo(days(later, amount));
            assertThat(hours(earlier, amount)).isBeforeOrEqualTo(hours(later, amount));
        }
    }

    @Test
    void deadlinesAreStrictlyMonotonicInTheAmount() {
        for (int i = 0; i < 1000; i++) {
            OffsetDateTime receivedAt = receipt();
            int smaller = between(0, 30);
            int more = between(1, 10);
            assertThat(days(receivedAt, smaller)).isBefore(days(receivedAt, smaller + more));
            assertThat(hours(receivedAt, smaller)).isBefore(hours(receivedAt, smaller + more));
        }
    }

    /**
     * N + M working days = N working days, then M more counted on dates: the (N + M)-th counted day is M working
     * days after the N-th.
     */
    @Test
    void workingDaysAddUpOnDates() {
        for (int i = 0; i < 1000; i++) {
            OffsetDateTime receivedAt = receipt();
            int n = between(0, 15);
            int m = between(0, 15);
            LocalDate afterN = days(receivedAt, n).toLocalDate();
            assertThat(days(receivedAt, n + m).toLocalDate()).isEqualTo(calendar.plusWorkingDays(afterN, m));
            assertThat(calendar.workingDaysBetween(afterN, days(receivedAt, n + m).toLocalDate())).isEqualTo(m);
        }
    }

    /**
     * Feeding a deadline back in as a receipt time costs one day: 17:00 is at or after the 15:00 cut-off, so the
     * second count starts from the working day after the next one. N then M = N + M + 1.
     */
    @Test
    void chainingThroughADeadlineInstantAddsTheDeemedReceiptDay() {
        for (int i = 0; i < 1000; i++) {
            OffsetDateTime receivedAt = receipt();
            int n = between(0, 15);
            int m = between(0, 15);
            assertThat(days(days(receivedAt, n), m)).isEqualTo(days(receivedAt, n + m + 1));
        }
    }

    /** Working hours compose exactly: N hours then M hours = N + M hours (N, M >= 1). */
    @Test
    void workingHoursCompose() {
        for (int i = 0; i < 1000; i++) {
            OffsetDateTime receivedAt = receipt();
            int n = between(1, 30);
            int m = between(1, 30);
            assertThat(hours(hours(receivedAt, n), m)).isEqualTo(hours(receivedAt, n + m));
            assertThat(calendar.workingTimeBetween(receivedAt, hours(receivedAt, n))).isEqualTo(Duration.ofHours(n));
        }
    }

    /** On a working day, a receipt at or after the cut-off gives the deadline of one more day before it. */
    @Test
    void theCutOffIsWorthExactlyOneWorkingDay() {
        for (int i = 0; i < 1000; i++) {
            OffsetDateTime receivedAt = receipt();
            int amount = between(0, 30);
            int secondsBeforeCutOff = between(0, 27_000);
            int secondsAfterCutOff = between(0, 32_399);
            LocalDate day = receivedAt.atZoneSameInstant(VIETNAM).toLocalDate();
            if (!(calendar.isWorkingDay(day))) {
                continue;
            }
            OffsetDateTime before = day.atTime(CUT_OFF).minusSeconds(1 + secondsBeforeCutOff).atZone(VIETNAM).toOffsetDateTime();
            OffsetDateTime after = day.atTime(CUT_OFF).plusSeconds(secondsAfterCutOff).atZone(VIETNAM).toOffsetDateTime();
            assertThat(days(after, amount)).isEqualTo(days(before, amount + 1));
        }
    }

    @Test
    void explanationsAgreeWithTheFastPath() {
        for (int i = 0; i < 1000; i++) {
            OffsetDateTime receivedAt = receipt();
            int amount = between(0, 30);
            DeadlineExplanation explanation = calendar.explain(receivedAt, WorkingDuration.workingDays(amount));
            assertThat(explanation.due()).isEqualTo(days(receivedAt, amount));
            assertThat(explanation.countedDays()).hasSize(amount).allMatch(calendar::isWorkingDay);
            assertThat(explanation.skippedDays()).noneMatch(d -> calendar.isWorkingDay(d.date()));
            DeadlineExplanation inHours = calendar.explain(receivedAt, WorkingDuration.workingHours(amount));
            assertThat(inHours.due()).isEqualTo(hours(receivedAt, amount));
            assertThat(inHours.days().stream().map(DeadlineExplanation.ExplainedDay::officeTime)
                    .reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofHours(amount));
        }
    }

    @Test
    void aPausedAppointmentLiesBetweenTheOriginalAndTheRestartedOne() {
        for (int i = 0; i < 1000; i++) {
            OffsetDateTime receivedAt = receipt();
            int toRequest = between(0, 5_000_000);
            int toSupplement = between(0, 5_000_000);
            int amount = between(0, 30);
            boolean inHours = random.nextBoolean();
            WorkingDuration duration = inHours ? WorkingDuration.workingHours(amount) : WorkingDuration.workingDays(amount);
            DossierTimeline timeline = DossierTimeline.receivedAt(receivedAt)
                    .withSupplementRequested(receivedAt.plusSeconds(toRequest))
                    .withSupplementReceived(receivedAt.plusSeconds((long) toRequest + toSupplement));
            OffsetDateTime original = calendar.deadline(receivedAt, duration);
            OffsetDateTime paused = calendar.appointmentPausedForSupplement(timeline, duration).orElseThrow();
            OffsetDateTime restarted = calendar.appointmentRestartedAfterSupplement(timeline, duration).orElseThrow();
            assertThat(paused).isAfterOrEqualTo(original).isBeforeOrEqualTo(restarted);
        }
    }

    @Test
    void plusWorkingDaysInvertsWorkingDaysBetween() {
        for (int i = 0; i < 500; i++) {
            OffsetDateTime a = receipt();
            OffsetDateTime b = receipt();
            LocalDate from = a.toLocalDate();
            LocalDate to = b.toLocalDate();
            if (!(calendar.isWorkingDay(to) && (to.isAfter(from) || calendar.isWorkingDay(from)))) {
                continue;
            }
            assertThat(calendar.plusWorkingDays(from, calendar.workingDaysBetween(from, to))).isEqualTo(to);
        }
    }

    /** A slow, obviously correct calculator walking the year tables day by day and session by session. */
    static final class NaiveReference {

        private static final List<CalendarYear> YEARS = OfficialYears.years2023To2030();
        private static final LocalTime[][] SESSIONS = {{LocalTime.of(7, 30), LocalTime.of(11, 30)},
                {LocalTime.of(13, 30), LocalTime.of(17, 0)}};

        static boolean working(LocalDate day) {
            return YEARS.stream().filter(y -> y.year() == day.getYear()).findFirst().orElseThrow().isWorkingDay(day);
        }

        static OffsetDateTime days(OffsetDateTime receivedAt, int amount) {
            LocalDateTime local = receivedAt.atZoneSameInstant(VIETNAM).toLocalDateTime();
            LocalDate day = local.toLocalDate();
            if (!working(day) || !local.toLocalTime().isBefore(CUT_OFF)) {
                do {
                    day = day.plusDays(1);
                } while (!working(day));
            }
            for (int counted = 0; counted < amount; ) {
                day = day.plusDays(1);
                if (working(day)) {
                    counted++;
                }
            }
            return day.atTime(CLOSE).atZone(VIETNAM).toOffsetDateTime();
        }

        static OffsetDateTime hours(OffsetDateTime receivedAt, int amount) {
            LocalDateTime cursor = receivedAt.atZoneSameInstant(VIETNAM).toLocalDateTime().withNano(0);
            long remaining = amount * 3600L;
            for (LocalDate day = cursor.toLocalDate(); ; day = day.plusDays(1)) {
                if (!working(day)) {
                    continue;
                }
                for (LocalTime[] session : SESSIONS) {
                    LocalDateTime start = day.atTime(session[0]);
                    LocalDateTime end = day.atTime(session[1]);
                    if (!end.isAfter(cursor)) {
                        continue;
                    }
                    LocalDateTime from = cursor.isAfter(start) ? cursor : start;
                    if (remaining == 0) {
                        return from.atZone(VIETNAM).toOffsetDateTime();
                    }
                    long available = Duration.between(from, end).toSeconds();
                    if (remaining <= available) {
                        return from.plusSeconds(remaining).atZone(VIETNAM).toOffsetDateTime();
                    }
                    remaining -= available;
                    cursor = end;
                }
            }
        }
    }
}
