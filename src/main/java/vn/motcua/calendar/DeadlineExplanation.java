package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a deadline is what it is, day by day, for showing to a user: which days were counted and which were skipped
 * and why (weekend, holiday name, receipt after the cut-off). Produced by
 * {@link WorkingCalendar#explain(OffsetDateTime, WorkingDuration)}; its {@link #due()} always equals
 * {@link WorkingCalendar#deadline(OffsetDateTime, WorkingDuration)}.
 *
 * @param receivedAt the receipt instant, in the calendar's zone
 * @param duration   the processing time limit
 * @param due        the deadline (hẹn trả)
 * @param days       every day from the receipt day to the due day, in order
 */
public record DeadlineExplanation(OffsetDateTime receivedAt, WorkingDuration duration, OffsetDateTime due,
        List<ExplainedDay> days) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME_DATE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    public DeadlineExplanation {
        days = List.copyOf(days);
    }

    /** What a day was in the computation. */
    public enum Role {
        /** The receipt day; not counted in working days (counted from the receipt instant in working hours). */
        RECEIPT,
        /** Received after the cut-off or on a day off: the dossier counts as received on this day, not counted. */
        DEEMED_RECEIPT,
        /** A counted working day. */
        COUNTED,
        /** A Saturday or Sunday that is not a working day. */
        WEEKEND,
        /** A holiday (ngày nghỉ lễ, Tết, nghỉ bù, nghỉ hoán đổi). */
        HOLIDAY
    }

    /**
     * One day of the explanation.
     *
     * @param date       the date
     * @param role       what the day was
     * @param ordinal    for a counted day its number (1 = first counted day), else 0
     * @param officeTime for working hours, the office time counted on this day; for working days, a full day
     *                   on counted days; zero otherwise
     * @param note       the reason in Vietnamese ("Chủ nhật", "Giỗ Tổ Hùng Vương", "Tiếp nhận sau 15:00" …)
     */
    public record ExplainedDay(LocalDate date, Role role, int ordinal, Duration officeTime, String note) {

        /** Whether the day was counted. */
        public boolean counted() {
            return role == Role.COUNTED;
        }
    }

    /** The counted days, in order. */
    public List<LocalDate> countedDays() {
        return days.stream().filter(ExplainedDay::counted).map(ExplainedDay::date).toList();
    }

    /** The days skipped because they were weekends or holidays. */
    public List<ExplainedDay> skippedDays() {
        return days.stream().filter(d -> d.role() == Role.WEEKEND || d.role() == Role.HOLIDAY).toList();
    }

    /**
     * A one-paragraph summary in Vietnamese, e.g. "Tiếp nhận 09:00 ngày 15/04/2027. Thời hạn 3 ngày làm việc,
     * tính các ngày 19/04/2027, 20/04/2027, 21/04/2027. Không tính: 16/04/2027 (Giỗ Tổ Hùng Vương), …
     * Hẹn trả: 17:00 ngày 21/04/2027."
     */
    public String summary() {
        StringBuilder text = new StringBuilder("Tiếp nhận ").append(TIME_DATE.format(receivedAt)).append(". ");
        for (ExplainedDay day : days) {
            if (day.role() == Role.RECEIPT && !day.note().isEmpty()) {
                text.append(day.note()).append(". ");
            } else if (day.role() == Role.DEEMED_RECEIPT) {
                text.append("Ngày ").append(DATE.format(day.date())).append(" coi như ngày tiếp nhận (không tính). ");
            }
        }
        text.append("Thời hạn ").append(duration.amount())
                .append(duration.unit() == DurationUnit.WORKING_DAY ? " ngày làm việc" : " giờ làm việc");
        List<LocalDate> counted = countedDays();
        if (!counted.isEmpty()) {
            text.append(", tính các ngày ").append(counted.stream().map(DATE::format).collect(Collectors.joining(", ")));
        }
        text.append(". ");
        List<ExplainedDay> skipped = skippedDays();
        if (!skipped.isEmpty()) {
            text.append("Không tính: ").append(skipped.stream()
                    .map(d -> DATE.format(d.date()) + " (" + d.note() + ")").collect(Collectors.joining(", "))).append(". ");
        }
        return text.append("Hẹn trả: ").append(TIME_DATE.format(due)).append('.').toString();
    }
}
