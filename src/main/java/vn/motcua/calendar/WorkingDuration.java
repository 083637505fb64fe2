package vn.motcua.calendar;

/**
 * A processing time limit (thời hạn giải quyết) in working days or office hours, as published with a procedure.
 *
 * <p>{@code 0} working days means "within the day" (trong ngày): the close of the (deemed) receipt day.
 *
 * @param amount non-negative
 * @param unit   working days or working hours
 */
public record WorkingDuration(int amount, DurationUnit unit) {

    /** @throws CalendarValidationException for a negative amount (field {@code amount}) or a missing unit ({@code unit}) */
    public WorkingDuration {
        if (unit == null) {
            throw new CalendarValidationException("unit", "Thiếu đơn vị thời hạn (WORKING_DAY hoặc WORKING_HOUR)");
        }
        if (amount < 0) {
            throw new CalendarValidationException("amount", "Thời hạn không được là số âm, nhận được " + amount);
        }
    }

    /** {@code amount} working days. */
    public static WorkingDuration workingDays(int amount) {
        return new WorkingDuration(amount, DurationUnit.WORKING_DAY);
    }

    /** {@code amount} working hours. */
    public static WorkingDuration workingHours(int amount) {
        return new WorkingDuration(amount, DurationUnit.WORKING_HOUR);
    }

    /** Parses the unit too, as received from the HTTP API. */
    public static WorkingDuration of(int amount, String unit) {
        return new WorkingDuration(amount, DurationUnit.parse(unit));
    }
}
