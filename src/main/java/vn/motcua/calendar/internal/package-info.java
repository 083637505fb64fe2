/**
 * Internals of the working-day calendar: the lunar-year computations ({@link vn.motcua.calendar.internal.HoNgocDucLunarYears}
 * in production, {@link vn.motcua.calendar.internal.IcuLunarYears} as cross-check) and the holiday namer.
 * Not part of the module's API.
 */
@org.jspecify.annotations.NullMarked
package vn.motcua.calendar.internal;
