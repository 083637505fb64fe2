package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Generates a year's holiday table from the Labour Code 2019, Art. 111–112, for years nobody has edited yet.
 *
 * <p>Rules, and the choices made where the law leaves the decision to the Prime Minister (Art. 112(3)), which
 * is why every generated year can be replaced by an {@link CalendarYear.Source#EDITED} one:
 * <ol>
 * <li>Tết Dương lịch: 1/1.</li>
 * <li>Tết Âm lịch, five days: <b>choice:</b> the last day of the lunar year (29 or 30 of month 12, the eve) and
 *     1–4/1 lunar. Recent notices usually give the eve plus 1–4/1 or shift the block one day earlier (28 of month
 *     12 to 3/1) to join a weekend; neither is prescribed.</li>
 * <li>Giỗ Tổ Hùng Vương: 10/3 lunar.</li>
 * <li>Ngày Chiến thắng: 30/4; Ngày Quốc tế lao động: 1/5.</li>
 * <li>Quốc khánh: 2/9 and one adjacent day. <b>Choice:</b> the one of 1/9 and 3/9 that gives the longest
 *     continuous break together with the weekend and the compensatory days; on a tie the one that falls on a
 *     weekday (so the law's extra day is a real day off, not a Saturday/Sunday later compensated), and if both do,
 *     1/9 (the law says "before or after", in that order). This reproduces the notices of 2021–2025:
 *     Thu 2–Fri 3/9/2021, Thu 1–Fri 2/9/2022, Fri 1–Sat 2/9/2023, Mon 2–Tue 3/9/2024, Mon 1–Tue 2/9/2025.</li>
 * <li>Nghỉ bù (Art. 111(3)): for each holiday on a Saturday or Sunday, in date order, the next Monday–Friday
 *     that is not already a holiday becomes a compensatory day. <b>Choice:</b> when two holidays fall on the same
 *     day (Giỗ Tổ on 30/4 or 1/5) the second also gets a compensatory day.</li>
 * </ol>
 * A generated year has no working weekend days (swaps exist only by notice). The rules are those of the 2019
 * Code (in force 2021) and are applied to every year; tables before 2021 must be edited to be historically exact
 * (the 2012 Code had one Quốc khánh day). The proposed Ngày Văn hóa Việt Nam (24/11) is not included until enacted.
 */
public final class LabourCodeHolidays {

    /** "Tết Dương lịch" (1/1). */
    public static final String NEW_YEAR = "Tết Dương lịch";
    /** "Tết Nguyên đán" (Tết Âm lịch). */
    public static final String LUNAR_NEW_YEAR = "Tết Nguyên đán";
    /** "Giỗ Tổ Hùng Vương" (10/3 lunar). */
    public static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";
    /** "Ngày Chiến thắng" (30/4). */
    public static final String VICTORY_DAY = "Ngày Chiến thắng";
    /** "Ngày Quốc tế lao động" (1/5). */
    public static final String LABOUR_DAY = "Ngày Quốc tế lao động";
    /** "Quốc khánh" (2/9 and the adjacent day). */
    public static final String NATIONAL_DAY = "Quốc khánh";
    /** "Nghỉ bù": compensatory day for a holiday on a weekend. */
    public static final String COMPENSATORY_DAY = "Nghỉ bù";
    /** "Nghỉ hoán đổi": a weekday off swapped with a working Saturday/Sunday. */
    public static final String SWAPPED_DAY = "Nghỉ hoán đổi";
    /** "Ngày nghỉ": a day off of unknown kind in an edited table. */
    public static final String OTHER_DAY_OFF = "Ngày nghỉ";

    private LabourCodeHolidays() {
    }

    /**
     * The generated table of {@code year}.
     *
     * @throws CalendarValidationException when {@code year} is outside
     *                                     {@value CalendarYear#MIN_YEAR}–{@value CalendarYear#MAX_YEAR}
     */
    public static CalendarYear generate(int year) {
        return generate(year, VietnameseLunarCalendar.standard());
    }

    /** The generated tables of {@code fromYear} to {@code toYear}, inclusive. */
    public static List<CalendarYear> generate(int fromYear, int toYear) {
        List<CalendarYear> years = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            years.add(generate(year));
        }
        return years;
    }

    /**
     * The Labour Code holidays of {@code year} by date, before compensation: 1/1, the default Tết block, Giỗ Tổ,
     * 30/4, 1/5, 2/9 and the adjacent day chosen by the rule above.
     */
    public static SortedMap<LocalDate, String> legalHolidays(int year) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(baseHolidays(year, VietnameseLunarCalendar.standard())
                .stream().collect(Collectors.toMap(Holiday::date, Holiday::name, (a, b) -> a))));
    }

    static CalendarYear generate(int year, VietnameseLunarCalendar lunar) {
        if (year < CalendarYear.MIN_YEAR || year > CalendarYear.MAX_YEAR) {
            throw new CalendarValidationException("year", "Năm phải trong khoảng " + CalendarYear.MIN_YEAR + "–"
                    + CalendarYear.MAX_YEAR + ", nhận được " + year);
        }
        TreeMap<LocalDate, String> names = new TreeMap<>();
        List<Holiday> base = baseHolidays(year, lunar);
        for (Holiday holiday : base) {
            names.putIfAbsent(holiday.date(), holiday.name());
        }
        compensate(base, names);
        return new CalendarYear(year, new TreeSet<>(names.keySet()), new TreeSet<>(), names,
                CalendarYear.Source.GENERATED);
    }

    private record Holiday(LocalDate date, String name) {
    }

    private static List<Holiday> baseHolidays(int year, VietnameseLunarCalendar lunar) {
        List<Holiday> holidays = new ArrayList<>();
        holidays.add(new Holiday(LocalDate.of(year, Month.JANUARY, 1), NEW_YEAR));
        LocalDate tet = lunar.newYear(year);
        for (LocalDate day = tet.minusDays(1); !day.isAfter(tet.plusDays(3)); day = day.plusDays(1)) {
            holidays.add(new Holiday(day, LUNAR_NEW_YEAR));
        }
        holidays.add(new Holiday(lunar.toSolar(LunarDate.of(year, 3, 10)), HUNG_KINGS));
        holidays.add(new Holiday(LocalDate.of(year, Month.APRIL, 30), VICTORY_DAY));
        holidays.add(new Holiday(LocalDate.of(year, Month.MAY, 1), LABOUR_DAY));
        LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
        holidays.add(new Holiday(nationalDay, NATIONAL_DAY));
        holidays.add(new Holiday(adjacentNationalDay(nationalDay), NATIONAL_DAY));
        holidays.sort(Comparator.comparing(Holiday::date));
        return holidays;
    }

    /** 1/9 or 3/9, by the rule in the class comment. */
    static LocalDate adjacentNationalDay(LocalDate nationalDay) {
        LocalDate before = nationalDay.minusDays(1);
        LocalDate after = nationalDay.plusDays(1);
        int breakBefore = breakLength(nationalDay, before);
        int breakAfter = breakLength(nationalDay, after);
        if (breakBefore != breakAfter) {
            return breakBefore > breakAfter ? before : after;
        }
        if (CalendarYear.isWeekend(before) != CalendarYear.isWeekend(after)) {
            return CalendarYear.isWeekend(before) ? after : before;
        }
        return before;
    }

    /** Days in the continuous break around 2/9 when {@code adjacent} is the second Quốc khánh day. */
    private static int breakLength(LocalDate nationalDay, LocalDate adjacent) {
        List<Holiday> pair = new ArrayList<>(List.of(new Holiday(nationalDay, NATIONAL_DAY),
                new Holiday(adjacent, NATIONAL_DAY)));
        pair.sort(Comparator.comparing(Holiday::date));
        TreeMap<LocalDate, String> off = new TreeMap<>();
        pair.forEach(h -> off.put(h.date(), h.name()));
        compensate(pair, off);
        LocalDate first = nationalDay;
        while (off.containsKey(first.minusDays(1)) || CalendarYear.isWeekend(first.minusDays(1))) {
            first = first.minusDays(1);
        }
        LocalDate last = nationalDay;
        while (off.containsKey(last.plusDays(1)) || CalendarYear.isWeekend(last.plusDays(1))) {
            last = last.plusDays(1);
        }
        return (int) (last.toEpochDay() - first.toEpochDay() + 1);
    }

    /**
     * Adds to {@code off} a compensatory day for every base holiday on a weekend and every second holiday on the
     * same date, in date order: the next Monday–Friday not already off.
     */
    private static void compensate(List<Holiday> base, Map<LocalDate, String> off) {
        Set<LocalDate> seen = new HashSet<>();
        for (Holiday holiday : base) {
            boolean duplicate = !seen.add(holiday.date());
            if (!duplicate && !CalendarYear.isWeekend(holiday.date())) {
                continue;
            }
            LocalDate day = holiday.date().plusDays(1);
            while (CalendarYear.isWeekend(day) || off.containsKey(day)) {
                day = day.plusDays(1);
            }
            off.put(day, COMPENSATORY_DAY);
        }
    }
}
