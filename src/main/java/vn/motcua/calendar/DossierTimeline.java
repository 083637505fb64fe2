package vn.motcua.calendar;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.motcua.calendar.CalendarValidationException.FieldError;

/**
 * The instants of a dossier (hồ sơ) that its appointment depends on: receipt, and the one supplementation round
 * (bổ sung hồ sơ) if any. Both supplement rules of {@link WorkingCalendar} are derived from these three values,
 * so storing them lets a report use either (DOMAIN §3.2–3.3).
 *
 * @param receivedAt            when the dossier was received (tiếp nhận)
 * @param supplementRequestedAt when the supplementation request (phiếu yêu cầu bổ sung) was issued, if any
 * @param supplementReceivedAt  when the complete dossier arrived after the request, if it has
 */
public record DossierTimeline(
        OffsetDateTime receivedAt,
        @Nullable OffsetDateTime supplementRequestedAt,
        @Nullable OffsetDateTime supplementReceivedAt) {

    /** @throws CalendarValidationException when the instants are missing or out of order */
    public DossierTimeline {
        List<FieldError> errors = new ArrayList<>();
        if (receivedAt == null) {
            errors.add(new FieldError("receivedAt", "Thiếu thời điểm tiếp nhận"));
        }
        if (supplementReceivedAt != null && supplementRequestedAt == null) {
            errors.add(new FieldError("supplementRequestedAt", "Có thời điểm nhận bổ sung nhưng thiếu thời điểm yêu cầu bổ sung"));
        }
        if (receivedAt != null && supplementRequestedAt != null && supplementRequestedAt.isBefore(receivedAt)) {
            errors.add(new FieldError("supplementRequestedAt", "Thời điểm yêu cầu bổ sung không được trước thời điểm tiếp nhận"));
        }
        if (supplementRequestedAt != null && supplementReceivedAt != null
                && supplementReceivedAt.isBefore(supplementRequestedAt)) {
            errors.add(new FieldError("supplementReceivedAt", "Thời điểm nhận bổ sung không được trước thời điểm yêu cầu bổ sung"));
        }
        if (!errors.isEmpty()) {
            throw new CalendarValidationException(errors);
        }
    }

    /** A dossier without supplementation (so far). */
    public static DossierTimeline receivedAt(OffsetDateTime receivedAt) {
        return new DossierTimeline(Objects.requireNonNull(receivedAt, "receivedAt"), null, null);
    }

    /** This timeline with the supplementation request issued at {@code requestedAt}. */
    public DossierTimeline withSupplementRequested(OffsetDateTime requestedAt) {
        return new DossierTimeline(receivedAt, requestedAt, supplementReceivedAt);
    }

    /** This timeline with the complete dossier arrived at {@code receivedAfterRequest}. */
    public DossierTimeline withSupplementReceived(OffsetDateTime receivedAfterRequest) {
        return new DossierTimeline(receivedAt, supplementRequestedAt, receivedAfterRequest);
    }

    /** Whether a supplementation was requested and has not arrived yet: the clock is stopped. */
    public boolean awaitingSupplement() {
        return supplementRequestedAt != null && supplementReceivedAt == null;
    }
}
