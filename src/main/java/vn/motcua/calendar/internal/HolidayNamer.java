package vn.motcua.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

import vn.motcua.calendar.LabourCodeHolidays;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.VietnameseLunarCalendar;

/**
 * Derives Vietnamese names for the holidays of a table that was entered without names (an edited year):
 * <ol>
 * <li>1/1 "Tết Dương lịch"; 30/4 "Ngày Chiến thắng"; 1/5 "Ngày Quốc tế lao động"; 1/9, 2/9, 3/9 "Quốc khánh";
 *     10/3 lunar "Giỗ Tổ Hùng Vương";</li>
 * <li>a day from 8 days before to 9 days after Tết (1/1 lunar): "Tết Nguyên đán";</li>
 * <li>another day whose continuous break (holidays and non-working weekend days around it) contains a Labour Code
 *     holiday falling on a Saturday or Sunday: "Nghỉ bù";</li>
 * <li>otherwise "Nghỉ hoán đổi" when the year has working weekend days, else "Ngày nghỉ".</li>
 * </ol>
 */
public final class HolidayNamer {

    private HolidayNamer() {
    }

    /** {@code given} completed with a derived name for every holiday it lacks. */
    public static TreeMap<LocalDate, String> nameAll(int year, SortedSet<LocalDate> holidays,
            SortedSet<LocalDate> workingWeekendDays, Map<LocalDate, String> given) {
        VietnameseLunarCalendar lunar = VietnameseLunarCalendar.standard();
        LocalDate tet = lunar.newYear(year);
        Map<LocalDate, String> legal = LabourCodeHolidays.legalHolidays(year);
        TreeMap<LocalDate, String> names = new TreeMap<>(given);
        for (LocalDate date : holidays) {
            if (!names.containsKey(date)) {
                names.put(date, name(date, tet, lunar, legal, holidays, workingWeekendDays));
            }
        }
        return names;
    }

    private static String name(LocalDate date, LocalDate tet, VietnameseLunarCalendar lunar,
            Map<LocalDate, String> legal, SortedSet<LocalDate> holidays, SortedSet<LocalDate> workingWeekendDays) {
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        if (month == 1 && day == 1) {
            return LabourCodeHolidays.NEW_YEAR;
        }
        if (month == 4 && day == 30) {
            return LabourCodeHolidays.VICTORY_DAY;
        }
        if (month == 5 && day == 1) {
            return LabourCodeHolidays.LABOUR_DAY;
        }
        if (month == Month.SEPTEMBER.getValue() && day >= 1 && day <= 3) {
            return LabourCodeHolidays.NATIONAL_DAY;
        }
        if (lunar.toLunar(date).equals(LunarDate.of(date.getYear(), 3, 10))) {
            return LabourCodeHolidays.HUNG_KINGS;
        }
        if (!date.isBefore(tet.minusDays(8)) && !date.isAfter(tet.plusDays(9))) {
            return LabourCodeHolidays.LUNAR_NEW_YEAR;
        }
        if (breakContainsWeekendHoliday(date, legal, holidays, workingWeekendDays)) {
            return LabourCodeHolidays.COMPENSATORY_DAY;
        }
        return workingWeekendDays.isEmpty() ? LabourCodeHolidays.OTHER_DAY_OFF : LabourCodeHolidays.SWAPPED_DAY;
    }

    private static boolean breakContainsWeekendHoliday(LocalDate date, Map<LocalDate, String> legal,
            SortedSet<LocalDate> holidays, SortedSet<LocalDate> workingWeekendDays) {
        for (int direction = -1; direction <= 1; direction += 2) {
            LocalDate day = date.plusDays(direction);
            while (isOff(day, holidays, workingWeekendDays)) {
                if (isWeekend(day) && legal.containsKey(day)) {
                    return true;
                }
                day = day.plusDays(direction);
            }
        }
        return false;
    }

    private static boolean isOff(LocalDate day, SortedSet<LocalDate> holidays, SortedSet<LocalDate> workingWeekendDays) {
        return holidays.contains(day) || (isWeekend(day) && !workingWeekendDays.contains(day));
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }
}
