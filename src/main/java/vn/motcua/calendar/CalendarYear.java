package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.motcua.calendar.CalendarValidationException.FieldError;
import vn.motcua.calendar.internal.HolidayNamer;

/**
 * The working-day table of one year for civil servants: the days off on top of the ordinary Saturday/Sunday
 * weekend, and the Saturdays/Sundays that are worked instead (làm bù after a swap, hoán đổi).
 *
 * <p>A year is either {@link Source#GENERATED} from the Labour Code rules by {@link LabourCodeHolidays} or
 * {@link Source#EDITED} by an administrator from the Prime Minister's yearly notice (which fixes the Tết and
 * Quốc khánh days and the swaps). Every instance is valid: the constructor rejects a table that breaks the rules
 * with a {@link CalendarValidationException} whose messages are in Vietnamese.
 *
 * @param year               the solar year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
 * @param holidays           the days off other than ordinary weekends (ngày nghỉ lễ, Tết, nghỉ bù, nghỉ hoán đổi);
 *                           a holiday that falls on a weekend may be listed too. Unmodifiable, sorted
 * @param workingWeekendDays Saturdays/Sundays that are working days (làm bù). Unmodifiable, sorted
 * @param holidayNames       a Vietnamese name for every holiday ("Tết Nguyên đán", "Giỗ Tổ Hùng Vương", "Nghỉ bù" …),
 *                           for the month grid. Unmodifiable, sorted, same keys as {@code holidays}
 * @param source             where the table comes from
 */
public record CalendarYear(
        int year,
        SortedSet<LocalDate> holidays,
        SortedSet<LocalDate> workingWeekendDays,
        SortedMap<LocalDate, String> holidayNames,
        Source source) {

    /** The first year a table may be given for (Vietnam's lunar calendar has used UTC+7 since 1968). */
    public static final int MIN_YEAR = 1968;

    /** The last year a table may be given for. */
    public static final int MAX_YEAR = 2100;

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Where a year table comes from. */
    public enum Source {
        /** Computed by {@link LabourCodeHolidays} from the Labour Code rules; never edited. */
        GENERATED,
        /** Entered by an administrator, usually from the Prime Minister's yearly notice. */
        EDITED
    }

    /**
     * Validates and copies. Missing {@code holidayNames} entries are filled with names derived from the date
     * (see {@link #edited(int, List, List)}).
     *
     * @throws CalendarValidationException when the table breaks a rule; fields are named {@code year},
     *                                     {@code holidays[i]}, {@code workingWeekendDays[i]}, {@code holidayNames}
     */
    public CalendarYear {
        Objects.requireNonNull(source, "source");
        List<FieldError> errors = validate(year, holidays == null ? null : new ArrayList<>(holidays),
                workingWeekendDays == null ? null : new ArrayList<>(workingWeekendDays));
        if (holidayNames == null) {
            holidayNames = Collections.emptySortedMap();
        }
        if (errors.isEmpty()) {
            for (Map.Entry<LocalDate, String> name : holidayNames.entrySet()) {
                if (!holidays.contains(name.getKey())) {
                    errors.add(new FieldError("holidayNames", "Ngày " + format(name.getKey())
                            + " có tên nhưng không có trong danh sách ngày nghỉ"));
                } else if (name.getValue() == null || name.getValue().isBlank()) {
                    errors.add(new FieldError("holidayNames", "Tên ngày nghỉ " + format(name.getKey())
                            + " không được để trống"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new CalendarValidationException(errors);
        }
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        workingWeekendDays = Collections.unmodifiableSortedSet(new TreeSet<>(workingWeekendDays));
        TreeMap<LocalDate, String> names = new TreeMap<>(holidayNames);
        if (names.size() < holidays.size()) {
            names = HolidayNamer.nameAll(year, holidays, workingWeekendDays, names);
        }
        holidayNames = Collections.unmodifiableSortedMap(names);
    }

    /**
     * An administrator's table, as received from a form or the {@code PUT /api/v1/calendar/{year}} body. Holiday
     * names are derived: the Labour Code holidays by their date (1/1, Tết window in the lunar calendar, 10/3 lunar,
     * 30/4, 1/5, 1–3/9), other days as "Nghỉ bù" when their break contains a holiday falling on a weekend, else
     * "Nghỉ hoán đổi" when the year has swapped working days, else "Ngày nghỉ".
     *
     * @throws CalendarValidationException with one error per offending list element: year outside
     *                                     {@value #MIN_YEAR}–{@value #MAX_YEAR}, empty or duplicate date, date outside the year, a date both
     *                                     a holiday and a working day, a working weekend day that is not a Saturday or Sunday
     */
    public static CalendarYear edited(int year, List<LocalDate> holidays, List<LocalDate> workingWeekendDays) {
        return edited(year, holidays, workingWeekendDays, Map.of());
    }

    /** As {@link #edited(int, List, List)}, with names given for some or all holidays. */
    public static CalendarYear edited(int year, List<LocalDate> holidays, List<LocalDate> workingWeekendDays,
            Map<LocalDate, String> holidayNames) {
        List<FieldError> errors = validate(year, holidays, workingWeekendDays);
        if (!errors.isEmpty()) {
            throw new CalendarValidationException(errors);
        }
        return new CalendarYear(year, new TreeSet<>(holidays), new TreeSet<>(workingWeekendDays),
                new TreeMap<>(holidayNames), Source.EDITED);
    }

    /** Whether {@code date} is one of this year's holidays. */
    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    /** Whether {@code date} is a Saturday or Sunday worked instead of a swapped day. */
    public boolean isWorkingWeekendDay(LocalDate date) {
        return workingWeekendDays.contains(date);
    }

    /** The Vietnamese name of the holiday on {@code date}, if it is one. */
    public Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(holidayNames.get(date));
    }

    /**
     * Whether {@code date}, which must lie in this year, is a working day for civil servants: Monday–Friday and not
     * a holiday, or a working weekend day.
     */
    public boolean isWorkingDay(LocalDate date) {
        if (date.getYear() != year) {
            throw new IllegalArgumentException(date + " is not in " + year);
        }
        if (holidays.contains(date)) {
            return false;
        }
        return !isWeekend(date) || workingWeekendDays.contains(date);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    static String format(LocalDate date) {
        return VIETNAMESE_DATE.format(date);
    }

    private static List<FieldError> validate(int year, Collection<LocalDate> holidays,
            Collection<LocalDate> workingWeekendDays) {
        List<FieldError> errors = new ArrayList<>();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            errors.add(new FieldError("year", "Năm phải trong khoảng " + MIN_YEAR + "–" + MAX_YEAR + ", nhận được " + year));
        }
        if (holidays == null) {
            errors.add(new FieldError("holidays", "Thiếu danh sách ngày nghỉ"));
        }
        if (workingWeekendDays == null) {
            errors.add(new FieldError("workingWeekendDays", "Thiếu danh sách ngày làm bù"));
        }
        if (holidays == null || workingWeekendDays == null) {
            return errors;
        }
        Set<LocalDate> seenHolidays = new HashSet<>();
        int i = 0;
        for (LocalDate date : holidays) {
            String field = "holidays[" + i++ + "]";
            if (date == null) {
                errors.add(new FieldError(field, "Ngày không được để trống"));
            } else if (date.getYear() != year) {
                errors.add(new FieldError(field, "Ngày " + format(date) + " không thuộc năm " + year));
            } else if (!seenHolidays.add(date)) {
                errors.add(new FieldError(field, "Ngày " + format(date) + " bị lặp lại"));
            }
        }
        Set<LocalDate> seenWorking = new HashSet<>();
        i = 0;
        for (LocalDate date : workingWeekendDays) {
            String field = "workingWeekendDays[" + i++ + "]";
            if (date == null) {
                errors.add(new FieldError(field, "Ngày không được để trống"));
            } else if (date.getYear() != year) {
                errors.add(new FieldError(field, "Ngày " + format(date) + " không thuộc năm " + year));
            } else if (!seenWorking.add(date)) {
                errors.add(new FieldError(field, "Ngày " + format(date) + " bị lặp lại"));
            } else if (seenHolidays.contains(date)) {
                errors.add(new FieldError(field, "Ngày " + format(date) + " vừa là ngày nghỉ vừa là ngày làm bù"));
            } else if (!isWeekend(date)) {
                errors.add(new FieldError(field, "Ngày " + format(date) + " là " + dayName(date.getDayOfWeek())
                        + "; ngày làm bù phải là thứ Bảy hoặc Chủ nhật"));
            }
        }
        return errors;
    }

    /** The Vietnamese name of a day of the week ("thứ Hai" … "Chủ nhật"). */
    static String dayName(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }
}
