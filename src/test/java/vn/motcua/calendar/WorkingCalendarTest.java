package vn.motcua.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.calendar.CalendarValidationException.FieldError;
import vn.motcua.calendar.DeadlineExplanation.ExplainedDay;
import vn.motcua.calendar.DeadlineExplanation.Role;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = OfficialYears.calendar();

    private static OffsetDateTime at(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00");
    }

    private OffsetDateTime days(String receivedAt, int amount) {
        return calendar.deadline(at(receivedAt), WorkingDuration.workingDays(amount));
    }

    private OffsetDateTime hours(String receivedAt, int amount) {
        return calendar.deadline(at(receivedAt), WorkingDuration.workingHours(amount));
    }

    @Nested
    class WorkingDays {

        @Test
        void apiExampleSkipsHungKingsDayAndTheWeekend() {
            assertThat(days("2027-04-15T09:00:00", 3)).isEqualTo(at("2027-04-21T17:00:00"));
        }

        @ParameterizedTest(name = "received {0}, {1} day(s) -> {2}")
        @CsvSource({
                // Wednesday 14/4/2027; Friday 16/4 is Giỗ Tổ
                "2027-04-14T14:59:00, 1, 2027-04-15T17:00:00",
                "2027-04-14T14:59:59, 1, 2027-04-15T17:00:00",
                "2027-04-14T15:00:00, 1, 2027-04-19T17:00:00",
                "2027-04-14T15:01:00, 1, 2027-04-19T17:00:00",
                "2027-04-14T14:59:00, 3, 2027-04-20T17:00:00",
                "2027-04-14T15:01:00, 3, 2027-04-21T17:00:00",
                "2027-04-14T06:00:00, 1, 2027-04-15T17:00:00"})
        void cutOffAtThreePmMovesTheReceiptToTheNextWorkingDay(String receivedAt, int amount, String due) {
            assertThat(days(receivedAt, amount)).isEqualTo(at(due));
        }

        @Test
        void receiptOnASaturdayOrAHolidayCountsFromTheWorkingDayAfterTheNextOne() {
            assertThat(days("2027-04-17T10:00:00", 3)).as("Saturday").isEqualTo(at("2027-04-22T17:00:00"));
            assertThat(days("2027-04-16T09:00:00", 3)).as("Giỗ Tổ").isEqualTo(at("2027-04-22T17:00:00"));
        }

        @Test
        void aWorkingSaturdayIsAnOrdinaryWorkingDay() {
            // 10/1/2026 is worked in exchange for Friday 2/1/2026
            assertThat(days("2026-01-10T09:00:00", 1)).isEqualTo(at("2026-01-12T17:00:00"));
            assertThat(days("2026-01-10T15:30:00", 1)).isEqualTo(at("2026-01-13T17:00:00"));
            assertThat(days("2026-01-09T10:00:00", 1)).isEqualTo(at("2026-01-10T17:00:00"));
            assertThat(days("2025-12-31T10:00:00", 2)).as("across the New Year swap").isEqualTo(at("2026-01-06T17:00:00"));
        }

        @ParameterizedTest(name = "received {0}, {1} day(s) -> {2}")
        @CsvSource({
                // Tết 2024: off Thu 8/2-Wed 14/2
                "2024-02-07T10:00:00, 2, 2024-02-16T17:00:00",
                // Tết 2025: off Mon 27/1-Fri 31/1
                "2025-01-24T09:00:00, 5, 2025-02-07T17:00:00",
                // Tết 2026: off Mon 16/2-Fri 20/2
                "2026-02-13T10:00:00, 3, 2026-02-25T17:00:00",
                "2026-02-13T16:00:00, 3, 2026-02-26T17:00:00",
                // Tết 2027 (generated): off Fri 5/2-Thu 11/2 (two compensatory days)
                "2027-02-04T10:00:00, 1, 2027-02-12T17:00:00",
                "2027-02-04T16:00:00, 1, 2027-02-15T17:00:00"})
        void tetIsSkipped(String receivedAt, int amount, String due) {
            assertThat(days(receivedAt, amount)).isEqualTo(at(due));
        }

        @ParameterizedTest(name = "received {0}, {1} day(s) -> {2}")
        @CsvSource({
                // 2024: off Sat 27/4-Wed 1/5 (Monday 29/4 swapped), Saturday 4/5 worked
                "2024-04-26T09:00:00, 1, 2024-05-02T17:00:00",
                "2024-04-26T09:00:00, 3, 2024-05-04T17:00:00",
                "2024-04-26T09:00:00, 4, 2024-05-06T17:00:00",
                // 2025: Saturday 26/4 worked, off Wed 30/4-Sun 4/5 (Friday 2/5 swapped)
                "2025-04-25T10:00:00, 1, 2025-04-26T17:00:00",
                "2025-04-25T10:00:00, 2, 2025-04-28T17:00:00",
                "2025-04-25T10:00:00, 4, 2025-05-05T17:00:00",
                "2025-04-25T16:00:00, 1, 2025-04-28T17:00:00",
                // 2026: Giỗ Tổ Sunday 26/4 compensated Monday 27/4; 30/4 and 1/5 Thursday-Friday
                "2026-04-24T10:00:00, 1, 2026-04-28T17:00:00",
                "2026-04-29T10:00:00, 1, 2026-05-04T17:00:00"})
        void victoryAndLabourDayBreaksAreSkippedAndMakeUpSaturdaysCounted(String receivedAt, int amount, String due) {
            assertThat(days(receivedAt, amount)).isEqualTo(at(due));
        }

        @ParameterizedTest(name = "received {0}, {1} day(s) -> {2}")
        @CsvSource({
                // 2024: off Sat 31/8-Tue 3/9
                "2024-08-30T09:00:00, 1, 2024-09-04T17:00:00",
                // 2025: off Sat 30/8-Tue 2/9; after the cut-off on Friday the deemed receipt day is Wednesday 3/9
                "2025-08-29T16:00:00, 1, 2025-09-04T17:00:00",
                "2025-08-29T10:00:00, 1, 2025-09-03T17:00:00",
                // 2027 (generated): Thursday 2/9 and Friday 3/9
                "2027-09-01T10:00:00, 1, 2027-09-06T17:00:00"})
        void nationalDayBreakIsSkipped(String receivedAt, int amount, String due) {
            assertThat(days(receivedAt, amount)).isEqualTo(at(due));
        }

        @Test
        void zeroWorkingDaysMeansTheCloseOfTheDeemedReceiptDay() {
            assertThat(days("2027-04-14T10:00:00", 0)).isEqualTo(at("2027-04-14T17:00:00"));
            assertThat(days("2027-04-14T16:00:00", 0)).isEqualTo(at("2027-04-15T17:00:00"));
            assertThat(days("2027-04-17T10:00:00", 0)).isEqualTo(at("2027-04-19T17:00:00"));
        }

        @Test
        void receiptInAnotherOffsetIsReadInVietnameseTime() {
            OffsetDateTime due = calendar.deadline(OffsetDateTime.parse("2027-04-15T02:00:00Z"), WorkingDuration.workingDays(3));
            assertThat(due).isEqualTo(at("2027-04-21T17:00:00"));
            assertThat(due.getOffset()).isEqualTo(ZoneOffset.ofHours(7));
            // 08:30 UTC = 15:30 in Vietnam: after the cut-off
            assertThat(calendar.deadline(OffsetDateTime.parse("2027-04-14T08:30:00Z"), 1, DurationUnit.WORKING_DAY))
                    .isEqualTo(at("2027-04-19T17:00:00"));
            assertThat(calendar.deadline(Instant.parse("2027-04-15T02:00:00Z"), WorkingDuration.workingDays(3)))
                    .isEqualTo(Instant.parse("2027-04-21T10:00:00Z"));
        }

        @Test
        void aConfiguredCutOffIsHonoured() {
            WorkingCalendar lateCutOff = WorkingCalendar.of(calendar.years(),
                    OfficeHours.defaults().withCutOff(LocalTime.of(16, 0)));
            assertThat(lateCutOff.deadline(at("2027-04-14T15:30:00"), WorkingDuration.workingDays(1)))
                    .isEqualTo(at("2027-04-15T17:00:00"));
            assertThat(lateCutOff.deadline(at("2027-04-14T16:00:00"), WorkingDuration.workingDays(1)))
                    .isEqualTo(at("2027-04-19T17:00:00"));
        }
    }

    @Nested
    class WorkingHours {

        @ParameterizedTest(name = "received {0}, {1} h -> {2}")
        @CsvSource({
                // Tuesday 13/4/2027; Friday 16/4 is Giỗ Tổ
                "2027-04-13T09:00:00, 2, 2027-04-13T11:00:00",
                "2027-04-13T09:30:00, 2, 2027-04-13T11:30:00",
                "2027-04-13T10:30:00, 2, 2027-04-13T14:30:00",
                "2027-04-13T12:00:00, 1, 2027-04-13T14:30:00",
                "2027-04-13T16:00:00, 1, 2027-04-13T17:00:00",
                "2027-04-13T16:00:00, 2, 2027-04-14T08:30:00",
                "2027-04-13T18:00:00, 1, 2027-04-14T08:30:00",
                "2027-04-13T06:00:00, 1, 2027-04-13T08:30:00",
                "2027-04-13T07:30:00, 8, 2027-04-14T08:00:00",
                "2027-04-13T15:01:00, 1, 2027-04-13T16:01:00",
                "2027-04-15T16:00:00, 2, 2027-04-19T08:30:00",
                "2027-04-17T10:00:00, 1, 2027-04-19T08:30:00",
                // Saturday 26/4/2025 is a working day
                "2025-04-25T16:00:00, 2, 2025-04-26T08:30:00",
                // Tết 2026 in working hours
                "2026-02-13T16:30:00, 1, 2026-02-23T08:00:00"})
        void officeHoursAreCountedAcrossLunchNightsAndDaysOff(String receivedAt, int amount, String due) {
            assertThat(hours(receivedAt, amount)).isEqualTo(at(due));
        }

        @Test
        void zeroHoursMeansTheReceiptOrTheNextOpening() {
            assertThat(hours("2027-04-13T09:00:00", 0)).isEqualTo(at("2027-04-13T09:00:00"));
            assertThat(hours("2027-04-13T12:00:00", 0)).isEqualTo(at("2027-04-13T13:30:00"));
            assertThat(hours("2027-04-13T18:00:00", 0)).isEqualTo(at("2027-04-14T07:30:00"));
        }

        @Test
        void workingTimeBetweenCountsOnlyOfficeHours() {
            assertThat(calendar.workingTimeBetween(at("2027-04-13T10:00:00"), at("2027-04-13T14:00:00")))
                    .isEqualTo(Duration.ofHours(2));
            assertThat(calendar.workingTimeBetween(at("2027-04-15T16:00:00"), at("2027-04-19T08:00:00")))
                    .isEqualTo(Duration.ofMinutes(90));
            assertThat(calendar.workingTimeBetween(at("2027-04-19T08:00:00"), at("2027-04-15T16:00:00")))
                    .isEqualTo(Duration.ofMinutes(-90));
        }
    }

    @Nested
    class Days {

        @Test
        void workingDaysFollowTheYearTables() {
            assertThat(calendar.isWorkingDay(of(2025, 4, 26))).as("make-up Saturday").isTrue();
            assertThat(calendar.isWorkingDay(of(2025, 4, 30))).isFalse();
            assertThat(calendar.isWorkingDay(of(2025, 5, 2))).as("swapped Friday").isFalse();
            assertThat(calendar.isWorkingDay(of(2025, 5, 3))).isFalse();
            assertThat(calendar.isWorkingDay(of(2025, 5, 5))).isTrue();
            assertThat(calendar.holidayName(of(2027, 4, 16))).contains("Giỗ Tổ Hùng Vương");
        }

        @Test
        void workingDaysBetweenAndPlusWorkingDaysAreInverse() {
            assertThat(calendar.workingDaysBetween(of(2027, 4, 15), of(2027, 4, 21))).isEqualTo(3);
            assertThat(calendar.workingDaysBetween(of(2027, 4, 21), of(2027, 4, 15))).isEqualTo(-3);
            assertThat(calendar.workingDaysBetween(of(2027, 4, 15), of(2027, 4, 15))).isZero();
            assertThat(calendar.workingDaysBetween(of(2025, 4, 25), of(2025, 5, 5))).isEqualTo(4);
            assertThat(calendar.plusWorkingDays(of(2027, 4, 15), 3)).isEqualTo(of(2027, 4, 21));
            assertThat(calendar.plusWorkingDays(of(2027, 4, 21), -3)).isEqualTo(of(2027, 4, 15));
            assertThat(calendar.plusWorkingDays(of(2027, 4, 17), 0)).isEqualTo(of(2027, 4, 17));
            assertThat(calendar.nextWorkingDay(of(2025, 4, 25))).isEqualTo(of(2025, 4, 26));
        }
    }

    @Nested
    class Supplements {

        private final WorkingDuration tenDays = WorkingDuration.workingDays(10);
        private final DossierTimeline received = DossierTimeline.receivedAt(at("2027-03-01T09:00:00"));

        @Test
        void withoutSupplementationBothRulesGiveTheDeadline() {
            assertThat(calendar.deadline(received.receivedAt(), tenDays)).isEqualTo(at("2027-03-15T17:00:00"));
            assertThat(calendar.appointmentRestartedAfterSupplement(received, tenDays)).contains(at("2027-03-15T17:00:00"));
            assertThat(calendar.appointmentPausedForSupplement(received, tenDays)).contains(at("2027-03-15T17:00:00"));
        }

        @Test
        void whileTheSupplementIsAwaitedThereIsNoAppointment() {
            DossierTimeline waiting = received.withSupplementRequested(at("2027-03-04T10:00:00"));
            assertThat(waiting.awaitingSupplement()).isTrue();
            assertThat(calendar.appointmentRestartedAfterSupplement(waiting, tenDays)).isEmpty();
            assertThat(calendar.appointmentPausedForSupplement(waiting, tenDays)).isEmpty();
        }

        @Test
        void restartCountsTheFullTimeFromTheSupplementWhilePauseOnlyAddsTheWaitingDays() {
            // requested Thursday 4/3 after 3 counted days; complete dossier Wednesday 10/3 morning
            DossierTimeline supplemented = received.withSupplementRequested(at("2027-03-04T10:00:00"))
                    .withSupplementReceived(at("2027-03-10T09:00:00"));
            assertThat(calendar.appointmentRestartedAfterSupplement(supplemented, tenDays))
                    .contains(at("2027-03-24T17:00:00"));
            // pause = 5, 8, 9, 10 March = 4 working days
            assertThat(calendar.appointmentPausedForSupplement(supplemented, tenDays))
                    .contains(at("2027-03-19T17:00:00"));
        }

        @Test
        void aSupplementAfterTheCutOffCountsFromTheNextDayUnderBothRules() {
            DossierTimeline supplemented = received.withSupplementRequested(at("2027-03-04T10:00:00"))
                    .withSupplementReceived(at("2027-03-10T15:30:00"));
            assertThat(calendar.appointmentRestartedAfterSupplement(supplemented, tenDays))
                    .contains(at("2027-03-25T17:00:00"));
            assertThat(calendar.appointmentPausedForSupplement(supplemented, tenDays))
                    .contains(at("2027-03-22T17:00:00"));
        }

        @Test
        void aSupplementAnsweredTheSameMorningPausesNothing() {
            DossierTimeline supplemented = received.withSupplementRequested(at("2027-03-04T08:00:00"))
                    .withSupplementReceived(at("2027-03-04T11:00:00"));
            assertThat(calendar.appointmentPausedForSupplement(supplemented, tenDays)).contains(at("2027-03-15T17:00:00"));
        }

        @Test
        void aPauseNeverGivesMoreThanRestartingFromZero() {
            // received after the cut-off, supplement requested before counting started
            DossierTimeline supplemented = DossierTimeline.receivedAt(at("2027-03-01T16:00:00"))
                    .withSupplementRequested(at("2027-03-01T16:30:00"))
                    .withSupplementReceived(at("2027-03-03T09:00:00"));
            assertThat(calendar.appointmentPausedForSupplement(supplemented, tenDays))
                    .isEqualTo(calendar.appointmentRestartedAfterSupplement(supplemented, tenDays))
                    .contains(at("2027-03-17T17:00:00"));
        }

        @Test
        void inWorkingHoursThePauseIsTheOfficeTimeWaited() {
            WorkingDuration eightHours = WorkingDuration.workingHours(8);
            DossierTimeline supplemented = DossierTimeline.receivedAt(at("2027-04-13T09:00:00"))
                    .withSupplementRequested(at("2027-04-13T10:00:00"))
                    .withSupplementReceived(at("2027-04-13T14:00:00"));
            assertThat(calendar.deadline(supplemented.receivedAt(), eightHours)).isEqualTo(at("2027-04-14T09:30:00"));
            assertThat(calendar.appointmentPausedForSupplement(supplemented, eightHours)).contains(at("2027-04-14T11:30:00"));
            assertThat(calendar.appointmentRestartedAfterSupplement(supplemented, eightHours)).contains(at("2027-04-14T14:30:00"));
        }

        @Test
        void timelineInstantsMustBeInOrder() {
            assertThatThrownBy(() -> received.withSupplementRequested(at("2027-02-28T10:00:00")))
                    .isInstanceOfSatisfying(CalendarValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("supplementRequestedAt"));
            assertThatThrownBy(() -> received.withSupplementRequested(at("2027-03-04T10:00:00"))
                    .withSupplementReceived(at("2027-03-04T09:00:00")))
                    .isInstanceOf(CalendarValidationException.class).hasMessageContaining("không được trước");
            assertThatThrownBy(() -> received.withSupplementReceived(at("2027-03-04T09:00:00")))
                    .isInstanceOf(CalendarValidationException.class);
        }
    }

    @Nested
    class Explanations {

        @Test
        void apiExampleListsCountedAndSkippedDaysWithReasons() {
            DeadlineExplanation explanation = calendar.explain(at("2027-04-15T09:00:00"), WorkingDuration.workingDays(3));

            assertThat(explanation.due()).isEqualTo(at("2027-04-21T17:00:00"));
            assertThat(explanation.countedDays()).containsExactly(of(2027, 4, 19), of(2027, 4, 20), of(2027, 4, 21));
            assertThat(explanation.skippedDays()).extracting(ExplainedDay::date, ExplainedDay::role, ExplainedDay::note)
                    .containsExactly(tuple(of(2027, 4, 16), Role.HOLIDAY, "Giỗ Tổ Hùng Vương"),
                            tuple(of(2027, 4, 17), Role.WEEKEND, "thứ Bảy"),
                            tuple(of(2027, 4, 18), Role.WEEKEND, "Chủ nhật"));
            assertThat(explanation.days().get(0)).extracting(ExplainedDay::date, ExplainedDay::role)
                    .containsExactly(of(2027, 4, 15), Role.RECEIPT);
            assertThat(explanation.summary()).isEqualTo("Tiếp nhận 09:00 ngày 15/04/2027. Thời hạn 3 ngày làm việc, "
                    + "tính các ngày 19/04/2027, 20/04/2027, 21/04/2027. Không tính: 16/04/2027 (Giỗ Tổ Hùng Vương), "
                    + "17/04/2027 (thứ Bảy), 18/04/2027 (Chủ nhật). Hẹn trả: 17:00 ngày 21/04/2027.");
        }

        @Test
        void receiptAfterTheCutOffShowsTheDeemedReceiptDay() {
            DeadlineExplanation explanation = calendar.explain(at("2027-04-14T15:30:00"), WorkingDuration.workingDays(3));

            assertThat(explanation.days()).extracting(ExplainedDay::date, ExplainedDay::role).containsExactly(
                    tuple(of(2027, 4, 14), Role.RECEIPT), tuple(of(2027, 4, 15), Role.DEEMED_RECEIPT),
                    tuple(of(2027, 4, 16), Role.HOLIDAY), tuple(of(2027, 4, 17), Role.WEEKEND),
                    tuple(of(2027, 4, 18), Role.WEEKEND), tuple(of(2027, 4, 19), Role.COUNTED),
                    tuple(of(2027, 4, 20), Role.COUNTED), tuple(of(2027, 4, 21), Role.COUNTED));
            assertThat(explanation.days().get(0).note()).contains("sau giờ chốt");
            assertThat(explanation.summary()).contains("Ngày 15/04/2027 coi như ngày tiếp nhận (không tính)");
        }

        @Test
        void workingHoursShowTheOfficeTimeCountedEachDay() {
            DeadlineExplanation explanation = calendar.explain(at("2027-04-13T16:00:00"), WorkingDuration.workingHours(2));

            assertThat(explanation.due()).isEqualTo(at("2027-04-14T08:30:00"));
            assertThat(explanation.days()).extracting(ExplainedDay::date, ExplainedDay::role, ExplainedDay::officeTime)
                    .containsExactly(tuple(of(2027, 4, 13), Role.COUNTED, Duration.ofHours(1)),
                            tuple(of(2027, 4, 14), Role.COUNTED, Duration.ofHours(1)));
        }

        @Test
        void aWorkingSaturdayIsExplainedAsMakeUpDay() {
            DeadlineExplanation explanation = calendar.explain(at("2025-04-25T10:00:00"), WorkingDuration.workingDays(1));
            assertThat(explanation.days()).last().extracting(ExplainedDay::date, ExplainedDay::role, ExplainedDay::note)
                    .containsExactly(of(2025, 4, 26), Role.COUNTED, "Ngày làm bù (thứ Bảy)");
        }
    }

    @Nested
    class Errors {

        @Test
        void negativeAmountAndUnknownUnitAreRejectedInVietnamese() {
            assertThatThrownBy(() -> calendar.deadline(at("2027-04-15T09:00:00"), -1, DurationUnit.WORKING_DAY))
                    .isInstanceOfSatisfying(CalendarValidationException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("amount", "Thời hạn không được là số âm, nhận được -1")));
            assertThatThrownBy(() -> WorkingDuration.of(3, "WORKING_WEEK"))
                    .isInstanceOfSatisfying(CalendarValidationException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("unit",
                                    "Đơn vị thời hạn không hợp lệ: 'WORKING_WEEK'. Giá trị hợp lệ: WORKING_DAY, WORKING_HOUR")));
            assertThat(WorkingDuration.of(3, "working_hour")).isEqualTo(WorkingDuration.workingHours(3));
        }

        @Test
        void datesOutsideTheCoveredYearsRaiseARangeError() {
            assertThatThrownBy(() -> days("2031-01-02T09:00:00", 1))
                    .isInstanceOfSatisfying(CalendarRangeException.class, e -> {
                        assertThat(e.year()).isEqualTo(2031);
                        assertThat(e.errors()).containsExactly(new FieldError("from",
                                "Chưa có lịch làm việc năm 2031 (lịch hiện có: 2023–2030)"));
                    });
            assertThatThrownBy(() -> days("2030-12-30T09:00:00", 5))
                    .isInstanceOfSatisfying(CalendarRangeException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("amount"));
            assertThatThrownBy(() -> hours("2022-12-31T09:00:00", 1)).isInstanceOf(CalendarRangeException.class);
            assertThatThrownBy(() -> calendar.isWorkingDay(of(2031, 1, 1))).isInstanceOf(CalendarRangeException.class);
            assertThat(days("2030-12-24T09:00:00", 4)).isEqualTo(at("2030-12-30T17:00:00"));
        }

        @Test
        void yearsMustBeConsecutiveAndUnique() {
            assertThatThrownBy(() -> WorkingCalendar.of(List.of(), OfficeHours.defaults()))
                    .isInstanceOf(CalendarValidationException.class);
            assertThatThrownBy(() -> WorkingCalendar.of(List.of(LabourCodeHolidays.generate(2025),
                    LabourCodeHolidays.generate(2028)), OfficeHours.defaults()))
                    .isInstanceOfSatisfying(CalendarValidationException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("years", "Thiếu bảng lịch năm 2026–2027 (các năm phải liên tục)")));
            assertThatThrownBy(() -> WorkingCalendar.of(List.of(OfficialYears.year2025(),
                    LabourCodeHolidays.generate(2025)), OfficeHours.defaults()))
                    .hasMessageContaining("Năm 2025 có hai bảng lịch");
        }

        @Test
        void officeHoursMustBeOrdered() {
            assertThatThrownBy(() -> OfficeHours.defaults().withCutOff(LocalTime.of(18, 0)))
                    .isInstanceOfSatisfying(CalendarValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("cutOff"));
            assertThatThrownBy(() -> OfficeHours.defaults().withSessions(LocalTime.of(8, 0), LocalTime.of(7, 0),
                    LocalTime.of(13, 0), LocalTime.of(17, 0)))
                    .isInstanceOf(CalendarValidationException.class);
        }
    }

    @Nested
    class HistoricalZone {

        @Test
        void offsetsOfTheZoneAtTheTimeAreUsed() {
            // Asia/Ho_Chi_Minh was UTC+8 until 13/6/1975
            WorkingCalendar old = WorkingCalendar.generated(1974, 1976, OfficeHours.defaults());
            assertThat(old.deadline(OffsetDateTime.parse("1975-01-09T09:00:00+08:00"), WorkingDuration.workingDays(1)))
                    .isEqualTo(OffsetDateTime.parse("1975-01-10T17:00:00+08:00"));
            assertThat(old.deadline(OffsetDateTime.parse("1975-06-12T09:00:00+08:00"), WorkingDuration.workingDays(1)))
                    .isEqualTo(OffsetDateTime.parse("1975-06-13T17:00:00+07:00"));
            assertThat(old.deadline(OffsetDateTime.parse("1975-01-09T09:00:00+08:00").toInstant(),
                    WorkingDuration.workingDays(1))).isEqualTo(OffsetDateTime.parse("1975-01-10T17:00:00+08:00").toInstant());
        }
    }
}
