package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.calendar.CalendarValidationException.FieldError;
import vn.motcua.shared.VietnamTime;

/**
 * Office hours (giờ hành chính) and the receipt cut-off, as configured for the agency.
 *
 * <p>Defaults: 07:30–11:30 and 13:30–17:00, cut-off 15:00 (Decree 61/2018 Art. 18: a paper dossier received after
 * 15:00 is forwarded the next working day), zone Asia/Ho_Chi_Minh. Times are used to the second.
 *
 * @param morningStart   opening of the morning session
 * @param morningEnd     end of the morning session; may equal {@code afternoonStart} (no lunch break)
 * @param afternoonStart opening of the afternoon session
 * @param afternoonEnd   close of office hours; {@code N} working days end at this time on the N-th counted day
 * @param cutOff         receipts at or after this time count as received the next working day; between
 *                       {@code morningStart} and {@code afternoonEnd}
 * @param zone           the zone in which dates and times are read (business dates are in Asia/Ho_Chi_Minh)
 */
public record OfficeHours(
        LocalTime morningStart,
        LocalTime morningEnd,
        LocalTime afternoonStart,
        LocalTime afternoonEnd,
        LocalTime cutOff,
        ZoneId zone) {

    /** The zone of all business dates. */

    private static final OfficeHours DEFAULTS = new OfficeHours(LocalTime.of(7, 30), LocalTime.of(11, 30),
            LocalTime.of(13, 30), LocalTime.of(17, 0), LocalTime.of(15, 0), VietnamTime.ZONE);

    /** @throws CalendarValidationException when the times are missing or out of order */
    public OfficeHours {
        List<FieldError> errors = new ArrayList<>();
        require(errors, "morningStart", morningStart);
        require(errors, "morningEnd", morningEnd);
        require(errors, "afternoonStart", afternoonStart);
        require(errors, "afternoonEnd", afternoonEnd);
        require(errors, "cutOff", cutOff);
        if (zone == null) {
            errors.add(new FieldError("zone", "Thiếu múi giờ"));
        }
        if (errors.isEmpty()) {
            if (!morningStart.isBefore(morningEnd)) {
                errors.add(new FieldError("morningEnd", "Giờ kết thúc buổi sáng phải sau giờ bắt đầu"));
            }
            if (afternoonStart.isBefore(morningEnd)) {
                errors.add(new FieldError("afternoonStart", "Buổi chiều không được bắt đầu trước khi buổi sáng kết thúc"));
            }
            if (!afternoonStart.isBefore(afternoonEnd)) {
                errors.add(new FieldError("afternoonEnd", "Giờ kết thúc buổi chiều phải sau giờ bắt đầu"));
            }
            if (cutOff.isBefore(morningStart) || cutOff.isAfter(afternoonEnd)) {
                errors.add(new FieldError("cutOff", "Giờ chốt tiếp nhận phải nằm trong giờ hành chính ("
                        + morningStart + "–" + afternoonEnd + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new CalendarValidationException(errors);
        }
    }

    /** 07:30–11:30, 13:30–17:00, cut-off 15:00, Asia/Ho_Chi_Minh. */
    public static OfficeHours defaults() {
        return DEFAULTS;
    }

    /** A copy with another cut-off. */
    public OfficeHours withCutOff(LocalTime newCutOff) {
        return new OfficeHours(morningStart, morningEnd, afternoonStart, afternoonEnd, newCutOff, zone);
    }

    /** A copy with other sessions. */
    public OfficeHours withSessions(LocalTime newMorningStart, LocalTime newMorningEnd, LocalTime newAfternoonStart,
            LocalTime newAfternoonEnd) {
        return new OfficeHours(newMorningStart, newMorningEnd, newAfternoonStart, newAfternoonEnd, cutOff, zone);
    }

    /** A copy in another zone. */
    public OfficeHours withZone(ZoneId newZone) {
        return new OfficeHours(morningStart, morningEnd, afternoonStart, afternoonEnd, cutOff, newZone);
    }

    /** The length of a working day's office hours (7 h 30 min by default). */
    public Duration dailyOfficeTime() {
        return Duration.between(morningStart, morningEnd).plus(Duration.between(afternoonStart, afternoonEnd));
    }

    private static void require(List<FieldError> errors, String field, @org.jspecify.annotations.Nullable Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "Thiếu giờ"));
        }
    }
}
