package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;

import vn.motcua.calendar.internal.HoNgocDucLunarYears;
import vn.motcua.calendar.internal.IcuLunarYears;
import vn.motcua.calendar.internal.LunarYear;
import vn.motcua.calendar.internal.LunarYearSource;

/**
 * The Vietnamese lunar calendar (âm lịch), computed for UTC+7: conversions between solar dates and
 * {@link LunarDate}s, Tết (1/1) and the other dates the holiday rules need.
 *
 * <p>Vietnam has computed its lunar calendar for UTC+7 since 8/8/1967 in the North (1975 in the South);
 * China uses UTC+8, so a new moon shortly before midnight can fall on different days, which moved Tết in 1968,
 * 1969, 1985, 2007, 2030 and 2053 and moves month starts in other years. This class gives the Vietnamese dates.
 * Dates before 1968 are computed by the same UTC+7 rules and are not the historical calendar of the time.
 *
 * <p>{@link #standard()} uses Hồ Ngọc Đức's published astronomical algorithm (Meeus' new moons, sun longitude,
 * time zone 7). {@link #icu()} uses ICU4J's {@code ChineseCalendar} moved to UTC+7 and exists to cross-check:
 * for 1968–2100 the two agree on every Tết and Giỗ Tổ, and where they disagree on a month start (new moons within
 * minutes of midnight: 1995-09, 1996-12, 1997-12, 2051-03, 2078-11, 2079-08, 2084-03, 2085-10) a full Meeus
 * computation sides with Hồ Ngọc Đức except in 2072-12 (a new moon 71 s before midnight).
 *
 * <p>Each lunar year is computed once, on first use, and cached (the solar dates of its month starts), so
 * conversions cost a few array reads. Immutable and thread-safe.
 */
public final class VietnameseLunarCalendar {

    /** The first lunar year supported (begins on 1900-01-31). */
    public static final int MIN_YEAR = 1900;

    /** The last lunar year supported (ends on 2200-02-14). */
    public static final int MAX_YEAR = 2199;

    private static final VietnameseLunarCalendar STANDARD = new VietnameseLunarCalendar(new HoNgocDucLunarYears());

    private final LunarYearSource source;
    private final AtomicReferenceArray<LunarYear> years = new AtomicReferenceArray<>(MAX_YEAR - MIN_YEAR + 1);

    VietnameseLunarCalendar(LunarYearSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The production calendar (Hồ Ngọc Đức's algorithm at UTC+7), shared. */
    public static VietnameseLunarCalendar standard() {
        return STANDARD;
    }

    /**
     * A calendar computed by ICU4J's {@code ChineseCalendar} at UTC+7, for cross-checks only: ICU misplaces some
     * new moons near midnight (see the class comment). Each call returns a new instance with its own cache.
     */
    public static VietnameseLunarCalendar icu() {
        return new VietnameseLunarCalendar(new IcuLunarYears());
    }

    /** The lunar date of a solar date. */
    public LunarDate toLunar(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int epochDay = Math.toIntExact(date.toEpochDay());
        LunarYear year = lunarYearContaining(date.getYear(), epochDay, date);
        int index = year.indexContaining(epochDay);
        return new LunarDate(year.year(), year.monthNumber(index), epochDay - year.monthStart(index) + 1,
                year.isLeap(index));
    }

    /**
     * The solar date of a lunar date.
     *
     * @throws CalendarValidationException when the date does not exist (the 30th of a 29-day month, a leap month
     *                                     the year does not have) or the year is outside {@value #MIN_YEAR}–{@value #MAX_YEAR}
     */
    public LocalDate toSolar(LunarDate date) {
        Objects.requireNonNull(date, "date");
        LunarYear year = lunarYear(date.year());
        int index = year.indexOf(date.month(), date.leapMonth());
        if (index < 0) {
            throw new CalendarValidationException("month",
                    "Năm âm lịch " + date.year() + " không có tháng " + date.month() + " nhuận");
        }
        int length = year.monthStart(index + 1) - year.monthStart(index);
        if (date.day() > length) {
            throw new CalendarValidationException("day", "Tháng " + date.month() + (date.leapMonth() ? " nhuận" : "")
                    + " năm âm lịch " + date.year() + " chỉ có " + length + " ngày");
        }
        return LocalDate.ofEpochDay(year.monthStart(index) + date.day() - 1L);
    }

    /** Tết Nguyên đán: 1/1 of the lunar year beginning in {@code year}. */
    public LocalDate newYear(int year) {
        return LocalDate.ofEpochDay(lunarYear(year).newYear());
    }

    /** The last day (29 or 30 of month 12, "giao thừa") of the lunar year beginning in {@code year}. */
    public LocalDate lastDayOfYear(int year) {
        return LocalDate.ofEpochDay(lunarYear(year).nextNewYear() - 1L);
    }

    /** The number of the leap month of the lunar year beginning in {@code year}, or 0 when it has none. */
    public int leapMonth(int year) {
        return lunarYear(year).leapMonth();
    }

    /** The number of days (29 or 30) of a month; {@code leap} selects the leap month. */
    public int lengthOfMonth(int year, int month, boolean leap) {
        LunarYear lunarYear = lunarYear(year);
        int index = lunarYear.indexOf(month, leap);
        if (index < 0) {
            throw new CalendarValidationException("month", "Năm âm lịch " + year + " không có tháng " + month
                    + (leap ? " nhuận" : ""));
        }
        return lunarYear.monthStart(index + 1) - lunarYear.monthStart(index);
    }

    private LunarYear lunarYearContaining(int solarYear, int epochDay, LocalDate date) {
        if (solarYear >= MIN_YEAR && solarYear <= MAX_YEAR) {
            LunarYear year = lunarYear(solarYear);
            if (epochDay >= year.newYear()) {
                return year;
            }
            if (solarYear > MIN_YEAR) {
                return lunarYear(solarYear - 1);
            }
        } else if (solarYear == MAX_YEAR + 1) {
            LunarYear last = lunarYear(MAX_YEAR);
            if (epochDay < last.nextNewYear()) {
                return last;
            }
        }
        throw new CalendarRangeException("date", solarYear, "Ngày " + date + " nằm ngoài phạm vi âm lịch hỗ trợ (năm "
                + MIN_YEAR + "–" + MAX_YEAR + ")");
    }

    LunarYear lunarYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new CalendarRangeException("year", year, "Năm âm lịch " + year + " nằm ngoài phạm vi hỗ trợ ("
                    + MIN_YEAR + "–" + MAX_YEAR + ")");
        }
        int slot = year - MIN_YEAR;
        LunarYear cached = years.get(slot);
        if (cached == null) {
            // Pure computation: a race computes the same value twice, never a different one.
            cached = source.lunarYear(year);
            years.compareAndSet(slot, null, cached);
        }
        return cached;
    }
}
