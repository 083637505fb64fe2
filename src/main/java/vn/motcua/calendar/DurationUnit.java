package vn.motcua.calendar;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The unit of a processing time limit (thời hạn giải quyết). */
public enum DurationUnit {

    /** Ngày làm việc: counted from the working day after the (deemed) receipt day, ending at the close of office hours. */
    WORKING_DAY,

    /** Giờ làm việc: office hours counted from the moment of receipt (or the next opening). */
    WORKING_HOUR;

    /**
     * The unit named {@code value} ({@code WORKING_DAY} or {@code WORKING_HOUR}, case-insensitive).
     *
     * @throws CalendarValidationException for any other value, with field {@code unit}
     */
    public static DurationUnit parse(String value) {
        if (value != null) {
            for (DurationUnit unit : values()) {
                if (unit.name().equalsIgnoreCase(value.trim())) {
                    return unit;
                }
            }
        }
        throw new CalendarValidationException("unit", "Đơn vị thời hạn không hợp lệ: '" + value + "'. Giá trị hợp lệ: "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
