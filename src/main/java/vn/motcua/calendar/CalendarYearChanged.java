package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Set;

/** Published when an administrator replaces a year's table; lists the days whose status changed. */
public record CalendarYearChanged(int year, Set<LocalDate> changedDays, String by) {
}
