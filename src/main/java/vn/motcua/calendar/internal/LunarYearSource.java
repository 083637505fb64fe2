package vn.motcua.calendar.internal;

/**
 * Computes the month structure of one Vietnamese lunar year (UTC+7). Implementations must be pure and
 * thread-safe; callers cache the results.
 */
public interface LunarYearSource {

    /**
     * @param year the solar year in which the lunar year begins (e.g. 2027 for the year starting 2027-02-06)
     */
    LunarYear lunarYear(int year);
}
