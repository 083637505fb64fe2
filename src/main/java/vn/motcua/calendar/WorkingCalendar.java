package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.motcua.calendar.DeadlineExplanation.ExplainedDay;
import vn.motcua.calendar.DeadlineExplanation.Role;

/**
 * The working-day calendar of the agency and its deadline calculator: a pure, immutable, thread-safe domain
 * service built from the year tables ({@link CalendarYear}) and the {@link OfficeHours}.
 *
 * <h2>Deadline rule (API contract, normative)</h2>
 * A dossier received on a working day before the cut-off (default 15:00) is counted from the next working day;
 * received at or after the cut-off, or on a day off, it counts as received at the start of the next working day
 * (the <em>deemed receipt day</em>) and is counted from the working day after that. {@code N} working days end at
 * the close of office hours (17:00) on the N-th counted working day; {@code 0} working days ("trong ngày") end at
 * the close of the (deemed) receipt day. Working hours are office hours counted from the moment of receipt, or
 * from the next opening when received outside office hours, with no cut-off; a deadline falling exactly at the end
 * of a session is that end (11:30, not 13:30). A Saturday/Sunday listed as a working weekend day is a working day
 * with normal office hours; a holiday on a weekday is not a working day. Times are used to the second
 * (sub-second parts of the receipt instant are dropped). Sources: Decree 61/2018 Art. 18 (cut-off), Civil Code
 * 2015 Art. 147–148 (a term starts the day after the event and ends at the end of a working day).
 *
 * <h2>Composition</h2>
 * Because a working-day deadline is 17:00, which is never before the cut-off, feeding a deadline back in as a
 * receipt time skips one more day: {@code deadline(deadline(t, N), M) == deadline(t, N + M + 1)}. Counted on
 * dates instead, days are additive: {@code deadline(t, N + M)} is the close of
 * {@code plusWorkingDays(date of deadline(t, N), M)}, and {@code plusWorkingDays(plusWorkingDays(d, N), M) ==
 * plusWorkingDays(d, N + M)}. Working hours compose without a gap: {@code deadline(deadline(t, N h), M h) ==
 * deadline(t, (N + M) h)} for {@code N, M >= 1}.
 *
 * <h2>Performance</h2>
 * Construction precomputes, for every day of the covered years, the number of working days before it, and the
 * list of working days, so a deadline is a few array reads and arithmetic: no search, no allocation beyond the
 * result. {@link #explain} is the slow, allocating variant for showing a user why.
 *
 * <p>Dates outside the covered years raise {@link CalendarRangeException}; the calculator never guesses.
 */
public final class WorkingCalendar {

    private static final int SECONDS_PER_DAY = 86_400;
    private static final int SECONDS_PER_HOUR = 3_600;

    private final OfficeHours officeHours;
    private final List<CalendarYear> years;
    private final int firstYear;
    private final int lastYear;
    private final long firstDay;
    private final int dayCount;
    /** {@code workingBefore[i]} = number of working days among day indexes {@code 0 .. i-1}; length dayCount + 1. */
    private final int[] workingBefore;
    /** {@code workingDays[k]} = day index of the k-th (0-based) working day. */
    private final int[] workingDays;

    private final int morningStart;
    private final int afternoonStart;
    private final int close;
    private final int cutOff;
    private final int morningLength;
    private final int dayLength;

    private final ZoneId zone;
    private final ZoneRules rules;
    /** From this epoch second on, through the covered years, the zone's offset is {@link #fixedOffset}. */
    private final long fixedOffsetFrom;
    private final ZoneOffset fixedOffset;
    private final int fixedOffsetSeconds;

    private WorkingCalendar(List<CalendarYear> years, OfficeHours officeHours) {
        this.officeHours = officeHours;
        this.years = years;
        this.firstYear = years.get(0).year();
        this.lastYear = years.get(years.size() - 1).year();
        this.firstDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
        this.dayCount = (int) (LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - firstDay);

        this.workingBefore = new int[dayCount + 1];
        int[] working = new int[dayCount];
        int count = 0;
        for (int index = 0; index < dayCount; index++) {
            LocalDate date = LocalDate.ofEpochDay(firstDay + index);
            workingBefore[index] = count;
            if (years.get(date.getYear() - firstYear).isWorkingDay(date)) {
                working[count++] = index;
            }
        }
        workingBefore[dayCount] = count;
        this.workingDays = Arrays.copyOf(working, count);

        this.morningStart = officeHours.morningStart().toSecondOfDay();
        this.afternoonStart = officeHours.afternoonStart().toSecondOfDay();
        this.close = officeHours.afternoonEnd().toSecondOfDay();
        this.cutOff = officeHours.cutOff().toSecondOfDay();
        this.morningLength = officeHours.morningEnd().toSecondOfDay() - morningStart;
        this.dayLength = morningLength + close - afternoonStart;

        this.zone = officeHours.zone();
        this.rules = zone.getRules();
        Instant end = Instant.ofEpochSecond((firstDay + dayCount + 2) * SECONDS_PER_DAY);
        ZoneOffsetTransition last = rules.isFixedOffset() ? null : rules.previousTransition(end);
        this.fixedOffsetFrom = last == null ? Long.MIN_VALUE : last.getInstant().getEpochSecond();
        this.fixedOffset = rules.getOffset(end);
        this.fixedOffsetSeconds = fixedOffset.getTotalSeconds();
    }

    /**
     * A calendar covering the given years, which must be consecutive (one table per year, no gaps).
     *
     * @throws CalendarValidationException (field {@code years}) when there are none, duplicates or gaps
     */
    public static WorkingCalendar of(Collection<CalendarYear> years, OfficeHours officeHours) {
        Objects.requireNonNull(officeHours, "officeHours");
        List<CalendarYear> sorted = new ArrayList<>(years);
        sorted.sort(Comparator.comparingInt(CalendarYear::year));
        if (sorted.isEmpty()) {
            throw new CalendarValidationException("years", "Cần bảng lịch của ít nhất một năm");
        }
        List<CalendarValidationException.FieldError> errors = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            int previous = sorted.get(i - 1).year();
            int year = sorted.get(i).year();
            if (year == previous) {
                errors.add(new CalendarValidationException.FieldError("years", "Năm " + year + " có hai bảng lịch"));
            } else if (year != previous + 1) {
                errors.add(new CalendarValidationException.FieldError("years", "Thiếu bảng lịch năm " + (previous + 1)
                        + (year > previous + 2 ? "–" + (year - 1) : "") + " (các năm phải liên tục)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new CalendarValidationException(errors);
        }
        return new WorkingCalendar(List.copyOf(sorted), officeHours);
    }

    /** A calendar of the {@link LabourCodeHolidays generated} years {@code fromYear}–{@code toYear}. */
    public static WorkingCalendar generated(int fromYear, int toYear, OfficeHours officeHours) {
        return of(LabourCodeHolidays.generate(fromYear, toYear), officeHours);
    }

    /** The office hours and cut-off in use. */
    public OfficeHours officeHours() {
        return officeHours;
    }

    /** The first covered year. */
    public int firstYear() {
        return firstYear;
    }

    /** The last covered year. */
    public int lastYear() {
        return lastYear;
    }

    /** The year tables, in order. */
    public List<CalendarYear> years() {
        return years;
    }

    /** The table of {@code year}. */
    public CalendarYear year(int year) {
        if (year < firstYear || year > lastYear) {
            throw outOfRange("year", year);
        }
        return years.get(year - firstYear);
    }

    /** Whether {@code date} lies in a covered year. */
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    /** Whether {@code date} is a working day (ngày làm việc). */
    public boolean isWorkingDay(LocalDate date) {
        int index = dayIndex(date.toEpochDay(), "date");
        return workingBefore[index + 1] != workingBefore[index];
    }

    /** The Vietnamese name of the holiday on {@code date}, if it is one. */
    public Optional<String> holidayName(LocalDate date) {
        return year(date.getYear()).holidayName(date);
    }

    /**
     * The {@code n}-th working day after {@code date} ({@code n > 0}), before it ({@code n < 0}), or {@code date}
     * itself ({@code n == 0}). {@code plusWorkingDays(plusWorkingDays(d, a), b) == plusWorkingDays(d, a + b)} when
     * {@code a} and {@code b} have the same sign.
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        int index = dayIndex(date.toEpochDay(), "date");
        if (n == 0) {
            return date;
        }
        long ordinal = n > 0 ? (long) workingBefore[index + 1] + n - 1 : (long) workingBefore[index] + n;
        return LocalDate.ofEpochDay(firstDay + workingDayIndex(ordinal, "amount"));
    }

    /** The first working day after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}; when {@code to} is before
     * {@code from}, minus the number of working days after {@code to} up to and including {@code from}.
     * Example: a dossier finished on {@code to} whose appointment date was {@code from} is
     * {@code workingDaysBetween(from, to)} working days late. When {@code to} is a working day and either follows
     * {@code from} or {@code from} is a working day too, {@code plusWorkingDays(from, workingDaysBetween(from, to))
     * == to}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int fromIndex = dayIndex(from.toEpochDay(), "from");
        int toIndex = dayIndex(to.toEpochDay(), "to");
        return workingBefore[toIndex + 1] - workingBefore[fromIndex + 1];
    }

    /**
     * The office time (giờ hành chính) between two instants: working hours that elapsed from {@code from} to
     * {@code to}, excluding nights, lunch breaks, weekends and holidays; negative when {@code to} is earlier.
     */
    public Duration workingTimeBetween(OffsetDateTime from, OffsetDateTime to) {
        return Duration.ofSeconds(officeCoordinate(to.toEpochSecond(), "to") - officeCoordinate(from.toEpochSecond(), "from"));
    }

    // ------------------------------------------------------------------------------------------------ deadlines

    /**
     * The deadline (hẹn trả) of a dossier received at {@code receivedAt} with processing time {@code duration},
     * by the rule in the class comment, as an offset date-time in the calendar's zone.
     *
     * @throws CalendarRangeException when the receipt or the deadline falls outside the covered years
     */
    public OffsetDateTime deadline(OffsetDateTime receivedAt, WorkingDuration duration) {
        return toOffsetDateTime(dueLocalSecond(receivedAt.toEpochSecond(), duration.amount(), duration.unit()));
    }

    /**
     * As {@link #deadline(OffsetDateTime, WorkingDuration)}.
     *
     * @throws CalendarValidationException for a negative amount or a missing unit
     */
    public OffsetDateTime deadline(OffsetDateTime receivedAt, int amount, DurationUnit unit) {
        return deadline(receivedAt, new WorkingDuration(amount, unit));
    }

    /** As {@link #deadline(OffsetDateTime, WorkingDuration)}, on instants. */
    public Instant deadline(Instant receivedAt, WorkingDuration duration) {
        long local = dueLocalSecond(receivedAt.getEpochSecond(), duration.amount(), duration.unit());
        return Instant.ofEpochSecond(local - offsetSecondsAtLocal(local));
    }

    /**
     * <b>Legal rule, restart from zero</b> (Decree 61/2018 Art. 19(4)): when the dossier was found incomplete and
     * a supplementation was requested, the processing time starts again, in full, from the receipt of the complete
     * dossier: the appointment is {@code deadline(supplementReceivedAt, duration)}.
     *
     * @return the appointment; the ordinary deadline when there was no request; empty while the supplement is
     *         awaited (the clock is stopped, there is no appointment)
     */
    public Optional<OffsetDateTime> appointmentRestartedAfterSupplement(DossierTimeline timeline,
            WorkingDuration duration) {
        if (timeline.awaitingSupplement()) {
            return Optional.empty();
        }
        OffsetDateTime from = timeline.supplementReceivedAt() != null ? timeline.supplementReceivedAt()
                : timeline.receivedAt();
        return Optional.of(deadline(from, duration));
    }

    /**
     * <b>Decision 766/QĐ-TTg (23/6/2022) rule, pause</b> (VPCP "Mô tả công thức tính chỉ số 766"): the time
     * between the supplementation request and the arrival of the supplement does not count; the 766 index takes
     * the end of processing minus (supplement arrival − request) and compares it with the appointment, which is
     * the same as extending the original appointment by that pause.
     *
     * <p>For working days the pause is measured in working days, from the request day (exclusive; the last working
     * day on or before it when the request is made on a day off) to the day the supplement counts as received
     * (inclusive; the cut-off applies as to any receipt): a request on Monday answered on Wednesday morning gives
     * two days; answered the same morning, none. For working hours it is the office time between the two instants.
     * The pause starts no earlier than the counting does, so this appointment is never later than the
     * {@linkplain #appointmentRestartedAfterSupplement restarted} one, and never earlier than the original.
     *
     * @return the extended appointment; the ordinary deadline when there was no request; empty while the
     *         supplement is awaited (766 then takes the request date as the end of processing)
     */
    public Optional<OffsetDateTime> appointmentPausedForSupplement(DossierTimeline timeline, WorkingDuration duration) {
        if (timeline.awaitingSupplement()) {
            return Optional.empty();
        }
        OffsetDateTime requestedAt = timeline.supplementRequestedAt();
        OffsetDateTime suppliedAt = timeline.supplementReceivedAt();
        if (requestedAt == null || suppliedAt == null) {
            return Optional.of(deadline(timeline.receivedAt(), duration));
        }
        long received = timeline.receivedAt().toEpochSecond();
        if (duration.unit() == DurationUnit.WORKING_HOUR) {
            long start = officeCoordinate(received, "receivedAt");
            long pause = officeCoordinate(suppliedAt.toEpochSecond(), "supplementReceivedAt")
                    - Math.max(officeCoordinate(requestedAt.toEpochSecond(), "supplementRequestedAt"), start);
            long end = start + (long) duration.amount() * SECONDS_PER_HOUR + pause;
            return Optional.of(toOffsetDateTime(duration.amount() == 0 && pause == 0 ? localSecondAtStart(end)
                    : localSecondAtEnd(end)));
        }
        int counting = deemedReceiptOrdinal(received, "receivedAt");
        int request = Math.max(lastWorkingOrdinalOnOrBefore(requestedAt.toEpochSecond()), counting);
        int pause = deemedReceiptOrdinal(suppliedAt.toEpochSecond(), "supplementReceivedAt") - request;
        long due = (long) counting + duration.amount() + pause;
        return Optional.of(toOffsetDateTime((firstDay + workingDayIndex(due, "amount")) * SECONDS_PER_DAY + close));
    }

    /**
     * The deadline with the reasoning behind it, day by day (counted days, skipped weekends and holidays with
     * their names, a receipt after the cut-off or on a day off). Slower than {@link #deadline}; for display.
     */
    public DeadlineExplanation explain(OffsetDateTime receivedAt, WorkingDuration duration) {
        OffsetDateTime due = deadline(receivedAt, duration);
        OffsetDateTime localReceipt = receivedAt.atZoneSameInstant(zone).toOffsetDateTime();
        LocalDate receiptDate = localReceipt.toLocalDate();
        LocalDate dueDate = due.toLocalDate();
        int receiptSecond = localReceipt.toLocalTime().toSecondOfDay();
        List<ExplainedDay> days = new ArrayList<>();
        if (duration.unit() == DurationUnit.WORKING_DAY) {
            boolean working = isWorkingDay(receiptDate);
            boolean counting = working && receiptSecond < cutOff;
            String receiptNote;
            if (counting) {
                receiptNote = "";
            } else if (working) {
                receiptNote = "Tiếp nhận từ " + officeHours.cutOff() + " trở đi (sau giờ chốt): coi như tiếp nhận vào ngày làm việc tiếp theo";
            } else {
                receiptNote = "Tiếp nhận vào ngày nghỉ (" + dayOffReason(receiptDate) + "): coi như tiếp nhận vào ngày làm việc tiếp theo";
            }
            days.add(new ExplainedDay(receiptDate, Role.RECEIPT, 0, Duration.ZERO, receiptNote));
            int ordinal = 0;
            for (LocalDate day = receiptDate.plusDays(1); !day.isAfter(dueDate); day = day.plusDays(1)) {
                if (!isWorkingDay(day)) {
                    days.add(dayOff(day));
                } else if (!counting) {
                    days.add(new ExplainedDay(day, Role.DEEMED_RECEIPT, 0, Duration.ZERO, "Coi như ngày tiếp nhận (không tính)"));
                    counting = true;
                } else {
                    days.add(new ExplainedDay(day, Role.COUNTED, ++ordinal, officeHours.dailyOfficeTime(), workingDayNote(day)));
                }
            }
        } else {
            long start = officeCoordinate(receivedAt.toEpochSecond(), "from");
            long end = start + (long) duration.amount() * SECONDS_PER_HOUR;
            int ordinal = 0;
            for (LocalDate day = receiptDate; !day.isAfter(dueDate); day = day.plusDays(1)) {
                boolean receipt = day.equals(receiptDate);
                if (!isWorkingDay(day)) {
                    days.add(receipt ? new ExplainedDay(day, Role.RECEIPT, 0, Duration.ZERO, "Tiếp nhận vào ngày nghỉ ("
                            + dayOffReason(day) + "): tính từ đầu giờ ngày làm việc tiếp theo") : dayOff(day));
                    continue;
                }
                long dayStart = (long) workingBefore[dayIndex(day.toEpochDay(), "from")] * dayLength;
                long counted = Math.max(0, Math.min(end, dayStart + dayLength) - Math.max(start, dayStart));
                if (counted > 0) {
                    days.add(new ExplainedDay(day, Role.COUNTED, ++ordinal, Duration.ofSeconds(counted),
                            receipt ? "Tính từ thời điểm tiếp nhận" : workingDayNote(day)));
                } else if (receipt) {
                    days.add(new ExplainedDay(day, Role.RECEIPT, 0, Duration.ZERO,
                            duration.amount() == 0 ? "" : "Tiếp nhận ngoài giờ hành chính: tính từ đầu giờ làm việc tiếp theo"));
                }
            }
        }
        return new DeadlineExplanation(localReceipt, duration, due, days);
    }

    // ------------------------------------------------------------------------------------------------ internals

    /** The local epoch second (epoch day × 86 400 + second of day) of the deadline. */
    private long dueLocalSecond(long epochSecond, int amount, DurationUnit unit) {
        if (unit == DurationUnit.WORKING_DAY) {
            long due = (long) deemedReceiptOrdinal(epochSecond, "from") + amount;
            return (firstDay + workingDayIndex(due, "amount")) * SECONDS_PER_DAY + close;
        }
        long start = officeCoordinate(epochSecond, "from");
        return amount == 0 ? localSecondAtStart(start) : localSecondAtEnd(start + (long) amount * SECONDS_PER_HOUR);
    }

    /**
     * The 0-based ordinal of the working day on which a receipt at {@code epochSecond} counts as received: the
     * receipt day when it is a working day and the receipt is before the cut-off, else the next working day.
     */
    private int deemedReceiptOrdinal(long epochSecond, String field) {
        long local = epochSecond + offsetSecondsAt(epochSecond);
        long epochDay = Math.floorDiv(local, SECONDS_PER_DAY);
        int second = (int) (local - epochDay * SECONDS_PER_DAY);
        int index = dayIndex(epochDay, field);
        int before = workingBefore[index];
        int through = workingBefore[index + 1];
        return through != before && second < cutOff ? before : through;
    }

    private int lastWorkingOrdinalOnOrBefore(long epochSecond) {
        long local = epochSecond + offsetSecondsAt(epochSecond);
        return workingBefore[dayIndex(Math.floorDiv(local, SECONDS_PER_DAY), "supplementRequestedAt") + 1] - 1;
    }

    /**
     * Office time, in seconds, from the opening of the first covered working day to {@code epochSecond}. Time
     * outside office hours maps to the next opening; the close of a working day equals the next opening.
     */
    private long officeCoordinate(long epochSecond, String field) {
        long local = epochSecond + offsetSecondsAt(epochSecond);
        long epochDay = Math.floorDiv(local, SECONDS_PER_DAY);
        int second = (int) (local - epochDay * SECONDS_PER_DAY);
        int index = dayIndex(epochDay, field);
        int before = workingBefore[index];
        long dayStart = (long) before * dayLength;
        if (workingBefore[index + 1] == before) {
            return dayStart;
        }
        int position;
        if (second <= morningStart) {
            position = 0;
        } else if (second < morningStart + morningLength) {
            position = second - morningStart;
        } else if (second <= afternoonStart) {
            position = morningLength;
        } else if (second < close) {
            position = morningLength + second - afternoonStart;
        } else {
            position = dayLength;
        }
        return dayStart + position;
    }

    /** The local epoch second of an office coordinate read as a start (a session end maps to the next opening). */
    private long localSecondAtStart(long coordinate) {
        long ordinal = coordinate / dayLength;
        int rest = (int) (coordinate - ordinal * dayLength);
        int second = rest < morningLength ? morningStart + rest : afternoonStart + rest - morningLength;
        return (firstDay + workingDayIndex(ordinal, "amount")) * SECONDS_PER_DAY + second;
    }

    /** The local epoch second of an office coordinate read as an end (a session end stays 11:30 or 17:00). */
    private long localSecondAtEnd(long coordinate) {
        long ordinal = (coordinate - 1) / dayLength;
        int rest = (int) (coordinate - ordinal * dayLength);
        int second = rest <= morningLength ? morningStart + rest : afternoonStart + rest - morningLength;
        return (firstDay + workingDayIndex(ordinal, "amount")) * SECONDS_PER_DAY + second;
    }

    private int dayIndex(long epochDay, String field) {
        long index = epochDay - firstDay;
        if (index < 0 || index >= dayCount) {
            throw outOfRange(field, LocalDate.ofEpochDay(epochDay).getYear());
        }
        return (int) index;
    }

    private int workingDayIndex(long ordinal, String field) {
        if (ordinal < 0 || ordinal >= workingDays.length) {
            throw outOfRange(field, ordinal < 0 ? firstYear - 1 : lastYear + 1);
        }
        return workingDays[(int) ordinal];
    }

    private CalendarRangeException outOfRange(String field, int year) {
        return new CalendarRangeException(field, year, "Chưa có lịch làm việc năm " + year
                + " (lịch hiện có: " + firstYear + "–" + lastYear + ")");
    }

    private int offsetSecondsAt(long epochSecond) {
        return epochSecond >= fixedOffsetFrom ? fixedOffsetSeconds
                : rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }

    private int offsetSecondsAtLocal(long localSecond) {
        if (localSecond - fixedOffsetSeconds >= fixedOffsetFrom) {
            return fixedOffsetSeconds;
        }
        LocalDateTime local = LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC);
        return ZonedDateTime.ofLocal(local, zone, null).getOffset().getTotalSeconds();
    }

    private OffsetDateTime toOffsetDateTime(long localSecond) {
        long epochDay = Math.floorDiv(localSecond, SECONDS_PER_DAY);
        int second = (int) (localSecond - epochDay * SECONDS_PER_DAY);
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        LocalTime time = LocalTime.ofSecondOfDay(second);
        if (localSecond - fixedOffsetSeconds >= fixedOffsetFrom) {
            return OffsetDateTime.of(date, time, fixedOffset);
        }
        return ZonedDateTime.ofLocal(LocalDateTime.of(date, time), zone, null).toOffsetDateTime();
    }

    private ExplainedDay dayOff(LocalDate day) {
        Optional<String> holiday = year(day.getYear()).holidayName(day);
        return holiday.map(name -> new ExplainedDay(day, Role.HOLIDAY, 0, Duration.ZERO, name))
                .orElseGet(() -> new ExplainedDay(day, Role.WEEKEND, 0, Duration.ZERO,
                        CalendarYear.dayName(day.getDayOfWeek())));
    }

    private String dayOffReason(LocalDate day) {
        return year(day.getYear()).holidayName(day).orElseGet(() -> CalendarYear.dayName(day.getDayOfWeek()));
    }

    private String workingDayNote(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY
                ? "Ngày làm bù (" + CalendarYear.dayName(dayOfWeek) + ")" : "";
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + firstYear + "–" + lastYear + ", " + workingDays.length + " working days, "
                + officeHours + "]";
    }
}
