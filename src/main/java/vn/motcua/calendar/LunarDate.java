package vn.motcua.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch), computed for UTC+7.
 *
 * <p>{@code year} is the solar year in which the lunar year begins: 2027 for the year that starts on Tết,
 * 2027-02-06 (so 30/12 of the year Bính Ngọ is {@code LunarDate(2026, 12, 30, false)}, a date in February 2027).
 * A leap month ({@code tháng nhuận}) repeats the number of the month before it and has {@code leapMonth = true}.
 * This record checks only the ranges; whether the date exists (a 30th in a 29-day month, a leap month in a year
 * without one) is checked by {@link VietnameseLunarCalendar#toSolar(LunarDate)}.
 *
 * @param year      the solar year in which the lunar year begins
 * @param month     1–12
 * @param day       1–30
 * @param leapMonth whether the month is the leap month
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new CalendarValidationException("month", "Tháng âm lịch phải từ 1 đến 12, nhận được " + month);
        }
        if (day < 1 || day > 30) {
            throw new CalendarValidationException("day", "Ngày âm lịch phải từ 1 đến 30, nhận được " + day);
        }
    }

    /** A date in a regular (not leap) month. */
    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }

    /** Vietnamese notation, e.g. {@code 10/3/2027} or {@code 15/6 nhuận/2025}. */
    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year;
    }
}
