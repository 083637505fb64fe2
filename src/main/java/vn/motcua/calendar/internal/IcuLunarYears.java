package vn.motcua.calendar.internal;

import java.time.LocalDate;
import java.util.Arrays;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The Vietnamese lunar calendar computed by ICU4J's {@link ChineseCalendar} with its astronomical time zone moved
 * from China's UTC+8 to Vietnam's UTC+7, as ICU's own {@code DangiCalendar} does for Korea (UTC+9).
 *
 * <p>Uses the protected constructor {@code ChineseCalendar(TimeZone zone, ULocale locale, TimeZone zoneAstroCalc)}
 * of ICU4J 79.1 (the signature differs between ICU versions; pin ICU and keep the cross-check test).
 *
 * <p>This is the <em>cross-check</em> implementation. ICU's astronomy is known to misplace new moons that fall
 * within minutes of midnight (ICU-23274, unicode-org/icu PR #4070): for China it gives 2027-02-07 and 2030-02-02
 * where published dates are 02-06 and 02-03. Production uses {@link HoNgocDucLunarYears}. ICU calendars are
 * not thread-safe, so every call builds its own instance.
 */
public final class IcuLunarYears implements LunarYearSource {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private static final TimeZone VIETNAM_ASTRONOMY_ZONE = new SimpleTimeZone(7 * 3_600_000, "GMT+07:00").freeze();

    /**
     * {@code EXTENDED_YEAR} minus the solar year in which the lunar year begins. ICU 79 numbers Chinese extended
     * years like the related Gregorian year (offset 0); older releases counted from 2637 BCE (offset 2637). Probed
     * once on mid-year 1984 rather than hard-coded, so an ICU upgrade cannot silently shift every year.
     */
    private static final int EXTENDED_YEAR_OFFSET = probeExtendedYearOffset();

    @Override
    public LunarYear lunarYear(int year) {
        VietnameseChineseCalendar calendar = new VietnameseChineseCalendar();
        int newYear = newYear(calendar, year);
        int nextNewYear = newYear(calendar, year + 1);
        int[] starts = new int[14];
        int leapIndex = -1;
        int n = 0;
        for (int day = newYear; day < nextNewYear; n++) {
            if (n >= 13) {
                throw new IllegalStateException("More than 13 lunar months in " + year);
            }
            calendar.setTimeInMillis(day * MILLIS_PER_DAY);
            if (calendar.get(Calendar.DAY_OF_MONTH) != 1) {
                throw new IllegalStateException("Expected a month start on epoch day " + day);
            }
            if (calendar.get(Calendar.IS_LEAP_MONTH) == 1) {
                leapIndex = n;
            }
            starts[n] = day;
            day += calendar.getActualMaximum(Calendar.DAY_OF_MONTH);
        }
        starts[n] = nextNewYear;
        return new LunarYear(year, Arrays.copyOf(starts, n + 1), leapIndex);
    }

    private static int newYear(VietnameseChineseCalendar calendar, int year) {
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year + EXTENDED_YEAR_OFFSET);
        calendar.set(Calendar.MONTH, 0);
        calendar.set(Calendar.IS_LEAP_MONTH, 0);
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        return Math.toIntExact(Math.floorDiv(calendar.getTimeInMillis(), MILLIS_PER_DAY));
    }

    private static int probeExtendedYearOffset() {
        VietnameseChineseCalendar calendar = new VietnameseChineseCalendar();
        calendar.setTimeInMillis(LocalDate.of(1984, 7, 1).toEpochDay() * MILLIS_PER_DAY);
        return calendar.get(Calendar.EXTENDED_YEAR) - 1984;
    }

    /** {@link ChineseCalendar} whose fields are read in UTC and whose astronomy is computed at UTC+7. */
    private static final class VietnameseChineseCalendar extends ChineseCalendar {

        private static final long serialVersionUID = 1L;

        VietnameseChineseCalendar() {
            super(TimeZone.GMT_ZONE, ULocale.ROOT, VIETNAM_ASTRONOMY_ZONE);
        }
    }
}
