package vn.motcua.calendar.internal;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * One Vietnamese lunar year as the solar days on which its months start.
 *
 * <p>Month {@code i} (0-based, in calendar order) starts on epoch day {@code monthStart(i)} and ends the day
 * before {@code monthStart(i + 1)}; {@code monthStart(monthCount())} is the first day of the next lunar year.
 * A leap year has 13 months; the leap month ({@code tháng nhuận}) repeats the number of the month before it.
 *
 * <p>Immutable and thread-safe; the array is copied on construction and never exposed.
 */
public final class LunarYear {

    private final int year;
    private final int[] monthStarts;
    private final int leapIndex;

    /**
     * @param year        the solar year in which this lunar year's first day (Tết) falls
     * @param monthStarts epoch days of the first day of each month, plus the first day of the next year
     *                    (13 or 14 strictly increasing values)
     * @param leapIndex   the 0-based index of the leap month in {@code monthStarts}, or {@code -1}
     */
    public LunarYear(int year, int[] monthStarts, int leapIndex) {
        int months = monthStarts.length - 1;
        if (months != 12 && months != 13) {
            throw new IllegalArgumentException("A lunar year has 12 or 13 months, got " + months);
        }
        if ((months == 13) != (leapIndex >= 1) || leapIndex >= months) {
            throw new IllegalArgumentException("Leap month index " + leapIndex + " inconsistent with " + months + " months");
        }
        for (int i = 0; i < months; i++) {
            int length = monthStarts[i + 1] - monthStarts[i];
            if (length != 29 && length != 30) {
                throw new IllegalArgumentException("Lunar month of " + length + " days in year " + year);
            }
        }
        this.year = year;
        this.monthStarts = monthStarts.clone();
        this.leapIndex = leapIndex;
    }

    /** The solar year in which this lunar year begins. */
    public int year() {
        return year;
    }

    /** 12, or 13 in a leap year. */
    public int monthCount() {
        return monthStarts.length - 1;
    }

    /** Epoch day of the first day of month {@code index} (0-based); {@code index == monthCount()} gives the next Tết. */
    public int monthStart(int index) {
        return monthStarts[index];
    }

    /** Epoch day of Tết (1/1 of this lunar year). */
    public int newYear() {
        return monthStarts[0];
    }

    /** Epoch day of the next lunar year's Tết. */
    public int nextNewYear() {
        return monthStarts[monthStarts.length - 1];
    }

    /** The month number (1–12) of the month at {@code index}. */
    public int monthNumber(int index) {
        return leapIndex < 0 || index < leapIndex ? index + 1 : index;
    }

    /** Whether the month at {@code index} is the leap month. */
    public boolean isLeap(int index) {
        return index == leapIndex;
    }

    /** The number of the leap month (the month it repeats), or 0 when the year has none. */
    public int leapMonth() {
        return leapIndex < 0 ? 0 : leapIndex;
    }

    /** The index of the given month, or {@code -1} when this year has no such month. */
    public int indexOf(int month, boolean leap) {
        if (month < 1 || month > 12) {
            return -1;
        }
        if (leap) {
            return leapIndex == month ? leapIndex : -1;
        }
        return leapIndex < 0 || month - 1 < leapIndex ? month - 1 : month;
    }

    /** The index of the month containing {@code epochDay}, which must lie in this year. */
    public int indexContaining(int epochDay) {
        if (epochDay < newYear() || epochDay >= nextNewYear()) {
            throw new IllegalArgumentException("Epoch day " + epochDay + " is not in lunar year " + year);
        }
        int i = 1;
        while (monthStarts[i] <= epochDay) {
            i++;
        }
        return i - 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LunarYear other
                && year == other.year
                && leapIndex == other.leapIndex
                && Arrays.equals(monthStarts, other.monthStarts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * year + leapIndex) + Arrays.hashCode(monthStarts);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("LunarYear[").append(year).append(':');
        for (int i = 0; i < monthCount(); i++) {
            sb.append(' ').append(monthNumber(i)).append(isLeap(i) ? "n" : "").append('=')
                    .append(LocalDate.ofEpochDay(monthStarts[i]));
        }
        return sb.append(" next=").append(LocalDate.ofEpochDay(nextNewYear())).append(']').toString();
    }
}
