package vn.motcua.control;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;

/**
 * A visitor at the one-stop desk: takes a number, is called, is served. The waiting time (the plan's
 * DESK_WAIT_MINUTES) runs from taking the number to being called.
 */
public record DeskVisit(UUID id, UUID agencyId, LocalDate day, int ticketNumber, @Nullable String purpose,
		OffsetDateTime takenAt, @Nullable OffsetDateTime calledAt, @Nullable OffsetDateTime servedAt) {

	/** Where the visit stands. */
	public enum State {
		WAITING("Đang chờ"), CALLED("Đã gọi"), SERVED("Đã phục vụ");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public State state() {
		return servedAt != null ? State.SERVED : calledAt != null ? State.CALLED : State.WAITING;
	}

	/** Minutes from taking the number to being called, {@code null} while waiting. */
	public @Nullable Double waitMinutes() {
		return calledAt == null ? null : Duration.between(takenAt, calledAt).toSeconds() / 60.0;
	}

	DeskVisit call(OffsetDateTime at) {
		if (state() != State.WAITING) {
			throw new ConflictException("Số " + ticketNumber + " đã được gọi", state().name());
		}
		if (at.isBefore(takenAt)) {
			throw new InvalidInputException("at", "Giờ gọi số không được trước giờ bốc số");
		}
		return new DeskVisit(id, agencyId, day, ticketNumber, purpose, takenAt, at, null);
	}

	DeskVisit serve(OffsetDateTime at) {
		if (state() != State.CALLED) {
			throw new ConflictException("Số " + ticketNumber + " chưa được gọi hoặc đã phục vụ xong", state().name());
		}
		if (at.isBefore(calledAt)) {
			throw new InvalidInputException("at", "Giờ phục vụ xong không được trước giờ gọi số");
		}
		return new DeskVisit(id, agencyId, day, ticketNumber, purpose, takenAt, calledAt, at);
	}
}
