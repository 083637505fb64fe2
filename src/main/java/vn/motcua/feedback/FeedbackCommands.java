package vn.motcua.feedback;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.shared.workflow.HistoryImport;

/** What clients send to the feedback service: API bodies and page forms map onto these records. */
public final class FeedbackCommands {

	private FeedbackCommands() {
	}

	/** Người phản ánh: a name and at least one way to answer (phone, e-mail or address). */
	public record SenderData(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 30) String phone,
			@Nullable @Size(max = 200) String email, @Nullable @Size(max = 300) String address,
			@Nullable @Size(max = 300) String organisation) {
	}

	/** A new feedback item (API.md {@code POST /api/v1/feedback}). */
	public record IntakeCommand(@Nullable @Size(max = 100) String externalId, @Nullable @Size(max = 50) String agencyCode,
			@Nullable String channel, @NotNull @Valid SenderData sender, @NotBlank @Size(max = 10000) String content,
			@Nullable @Size(max = 50) String fieldCode, @Nullable String kind) {
	}

	/**
	 * An action: {@code CLASSIFY} (with {@code kind}, {@code inScope}, optional {@code fieldCode}), {@code FORWARD}
	 * ({@code target}), {@code REQUEST_INFO} ({@code note}: what is missing), {@code INFO_RECEIVED},
	 * {@code REFUSE} ({@code reason}), {@code RESOLVE} ({@code answer}), {@code PUBLISH}, {@code RATE}
	 * ({@code satisfaction}: SATISFIED, NEUTRAL or DISSATISFIED).
	 */
	public record ActionCommand(@NotBlank String action, @Nullable String kind, @Nullable Boolean inScope,
			@Nullable @Size(max = 50) String fieldCode, @Nullable @Size(max = 300) String target,
			@Nullable @Size(max = 2000) String reason, @Nullable @Size(max = 10000) String answer,
			@Nullable @Size(max = 2000) String note, @Nullable String satisfaction) {
	}

	/** One step of an imported history: an action with its time and the same fields as {@link ActionCommand}. */
	public record HistoryEvent(@NotBlank String action, @NotNull OffsetDateTime at, @Nullable String kind,
			@Nullable Boolean inScope, @Nullable @Size(max = 50) String fieldCode, @Nullable @Size(max = 300) String target,
			@Nullable @Size(max = 2000) String reason, @Nullable @Size(max = 10000) String answer,
			@Nullable @Size(max = 2000) String note, @Nullable String satisfaction) implements HistoryImport.Step {
	}

	/** A feedback item's history from an earlier system: the intake body plus events, the first {@code RECEIVE}. */
	public record History(@NotBlank @Size(max = 100) String externalId, @NotBlank @Size(max = 50) String agencyCode,
			@NotBlank String channel, @NotNull @Valid SenderData sender, @NotBlank @Size(max = 10000) String content,
			@Nullable @Size(max = 50) String fieldCode, @NotBlank String kind,
			@NotEmpty @Size(max = 500, message = "Tối đa {max} mục") List<@Valid HistoryEvent> events)
			implements HistoryImport.Row {

		/** External ids are unique per agency. */
		@Override
		public String scope() {
			return agencyCode;
		}
	}
}
