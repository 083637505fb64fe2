package vn.motcua.calendar.internal;

import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar computed with Hồ Ngọc Đức's published algorithm ("Thuật toán tính âm lịch",
 * <a href="https://www.informatik.uni-leipzig.de/~duc/amlich/calrules.html">informatik.uni-leipzig.de/~duc/amlich</a>),
 * for the time zone UTC+7 that Vietnam has used for the lunar calendar since 1967/1968.
 *
 * <p>The rules: a month starts on the local day of a new moon (Meeus' truncated series, accurate to a few
 * minutes); month 11 is the month containing the winter solstice; a year between two month-11s with 13 months
 * is a leap year, and its leap month is the first month after month 11 without a major solar term (checked, as
 * in the original, by the sun's longitude sector at local midnight starting each month).
 *
 * <p>This is the production implementation: it is the algorithm behind the calendars most Vietnamese software
 * and printed calendars reproduce, it has no dependency, and it does not share ICU's near-midnight inaccuracy
 * (see {@link IcuLunarYears}). Pure and thread-safe.
 */
public final class HoNgocDucLunarYears implements LunarYearSource {

    /** Hours east of Greenwich: Vietnam's lunar calendar is computed at UTC+7. */
    private static final double TIME_ZONE = 7.0;

    /** Julian day number of 1970-01-01 (epoch day 0). */
    private static final int JDN_OF_EPOCH_DAY_0 = 2440588;

    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double DEGREE = Math.PI / 180;

    @Override
    public LunarYear lunarYear(int year) {
        Sui current = sui(year);
        Sui next = sui(year + 1);
        int firstCurrent = current.indexOfFirstMonth();
        int firstNext = next.indexOfFirstMonth();
        int count = (current.months() - firstCurrent) + firstNext;
        int[] starts = new int[count + 1];
        int leapIndex = -1;
        int n = 0;
        for (int i = firstCurrent; i < current.months(); i++, n++) {
            starts[n] = current.start(i);
            if (i == current.leapOffset) {
                leapIndex = n;
            }
        }
        for (int i = 0; i < firstNext; i++, n++) {
            starts[n] = next.start(i);
            if (i == next.leapOffset) {
                leapIndex = n;
            }
        }
        starts[n] = next.start(firstNext);
        return new LunarYear(year, starts, leapIndex);
    }

    /**
     * The months from month 11 of solar year {@code year - 1} up to and including month 11 of {@code year}.
     * {@code leapOffset} is the offset of the leap month from month 11, or -1.
     */
    private record Sui(int months, int leapOffset, int[] starts) {

        int start(int offset) {
            return starts[offset];
        }

        /** Offset of month 1 (not leap): month 11 is at offset 0, so month 1 is at 2, or 3 after a leap 11/12. */
        int indexOfFirstMonth() {
            return leapOffset >= 1 && leapOffset <= 2 ? 3 : 2;
        }
    }

    private static Sui sui(int year) {
        int a11 = lunarMonth11(year - 1);
        int b11 = lunarMonth11(year);
        int k = (int) Math.floor((a11 - 2415021.076998695) / SYNODIC_MONTH + 0.5);
        if (newMoonDay(k) != a11) {
            throw new IllegalStateException("New moon number mismatch for month 11 of " + (year - 1));
        }
        int months = b11 - a11 > 365 ? 13 : 12;
        int leapOffset = months == 13 ? leapMonthOffset(k) : -1;
        int[] starts = new int[months + 1];
        for (int i = 0; i <= months; i++) {
            starts[i] = newMoonDay(k + i) - JDN_OF_EPOCH_DAY_0;
        }
        if (starts[months] + JDN_OF_EPOCH_DAY_0 != b11) {
            throw new IllegalStateException("Lunar months do not reach month 11 of " + year);
        }
        return new Sui(months, leapOffset, starts);
    }

    /** Julian day number of the local (UTC+7) day of the {@code k}-th new moon after 1900-01-01. */
    static int newMoonDay(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEGREE);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * DEGREE) + 0.0021 * Math.sin(2 * DEGREE * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * DEGREE) + 0.0161 * Math.sin(DEGREE * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(DEGREE * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(DEGREE * 2 * f) - 0.0051 * Math.sin(DEGREE * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(DEGREE * (m - mpr)) + 0.0004 * Math.sin(DEGREE * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(DEGREE * (2 * f - m)) - 0.0006 * Math.sin(DEGREE * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(DEGREE * (2 * f - mpr)) + 0.0005 * Math.sin(DEGREE * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        double jdNew = jd1 + c1 - deltaT;
        return (int) Math.floor(jdNew + 0.5 + TIME_ZONE / 24);
    }

    /** The sun's longitude sector (0–11, 30° each, 0 = spring equinox) at local midnight starting day {@code jdn}. */
    static int sunLongitudeSector(int jdn) {
        double t = (jdn - 2451545.5 - TIME_ZONE / 24) / 36525;
        double t2 = t * t;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(DEGREE * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(DEGREE * 2 * m) + 0.000290 * Math.sin(DEGREE * 3 * m);
        double l = (l0 + dl) * DEGREE;
        l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
        return (int) Math.floor(l / Math.PI * 6);
    }

    /** Julian day number of the first day of month 11 (the month containing the winter solstice) of {@code year}. */
    static int lunarMonth11(int year) {
        int off = (int) LocalDate.of(year, 12, 31).toEpochDay() + JDN_OF_EPOCH_DAY_0 - 2415021;
        int k = (int) Math.floor(off / SYNODIC_MONTH);
        int nm = newMoonDay(k);
        if (sunLongitudeSector(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** Offset from month 11 (new moon {@code k}) of the leap month: the first month without a major term. */
    private static int leapMonthOffset(int k) {
        int last;
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }
}
