package vn.motcua.calendar;

/**
 * A date or a deadline lies outside the years the calendar covers. The calculator never guesses a year it
 * has no table for: load (or generate) that year's {@link CalendarYear} and build a new {@link WorkingCalendar}.
 *
 * <p>A {@link CalendarValidationException}, so the web layer answers 422 for it too; catch this subtype to
 * tell "the client sent a date we cannot handle" from other validation errors.
 */
public class CalendarRangeException extends CalendarValidationException {

    private static final long serialVersionUID = 1L;

    private final int year;

    /**
     * @param field   the input field the out-of-range value came from ({@code from}, {@code amount}, {@code date} …)
     * @param year    the year that is not covered
     * @param message the explanation, in Vietnamese
     */
    public CalendarRangeException(String field, int year, String message) {
        super(field, message);
        this.year = year;
    }

    /** The first year that would have been needed and is not covered. */
    public int year() {
        return year;
    }
}
