package vn.motcua.control;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What clients send to the control services: API bodies and page forms map onto these records. */
public final class ControlCommands {

	private ControlCommands() {
	}

	/**
	 * An impact assessment of a draft legal document (API.md {@code POST /api/v1/impact-assessments}). A client that
	 * may retry sends an {@code externalId}: the same one twice (per agency) gives the first record.
	 */
	public record AssessmentCommand(@Nullable @Size(max = 50) String agencyCode,
			@NotBlank @Size(max = 500) String draftTitle, @NotBlank String issuer, @NotNull LocalDate assessedOn,
			@JsonProperty("new") @NotNull @Min(0) @Max(10000) Integer newCount,
			@NotNull @Min(0) @Max(10000) Integer amended, @NotNull @Min(0) @Max(10000) Integer repealed,
			@NotNull @Min(0) @Max(10000) Integer kept, @NotNull @Min(0) @Max(10000) Integer totalAfter,
			@Nullable @Size(max = 300) String issuedAs, @Nullable @Size(max = 100) String externalId) {
	}

	/** A review and simplification plan item with the procedures it covers. */
	public record ReviewCommand(@Nullable @Size(max = 50) String agencyCode, @NotNull @Min(2000) @Max(2100) Integer year,
			@NotBlank @Size(max = 500) String planName,
			@NotEmpty @Size(max = 500, message = "Tối đa {max} mục") List<@Valid @NotNull ReviewedProcedure> procedures,
			@Nullable @Size(max = 100) String externalId) {
	}

	/**
	 * One procedure to review: its outcomes once reviewed (one of KEEP, REPEAL, AMEND, REPLACE, plus INTER_AGENCY
	 * and/or ONLINE), the compliance cost before and after in VND, the day the outcome was adopted. {@code outcome}
	 * is a shorthand for a single outcome.
	 */
	public record ReviewedProcedure(@NotBlank @Size(max = 40) String code, @Nullable @Size(max = 500) String name,
			@Nullable @Size(max = 10, message = "Tối đa {max} mục") List<String> outcomes, @Nullable String outcome, @Nullable @Min(0) Long costBeforeVnd,
			@Nullable @Min(0) Long costAfterVnd, @Nullable LocalDate reviewedOn) {
	}

	/** An annual control plan (API.md {@code POST /api/v1/plans}). */
	public record PlanCommand(@Nullable @Size(max = 50) String agencyCode, @NotNull @Min(2000) @Max(2100) Integer year,
			@NotBlank @Size(max = 500) String title, @Nullable @Size(max = 300, message = "Tối đa {max} mục") List<@Valid @NotNull TaskCommand> tasks,
			@Nullable @Size(max = 20, message = "Tối đa {max} mục") List<@Valid @NotNull TargetCommand> targets,
			@Nullable @Size(max = 100) String externalId) {
	}

	/**
	 * A task of the plan. {@code deadline} empty means continuous through the year ({@code deadlineNote}, e.g.
	 * "Thường xuyên trong năm", says so); it is then due on 31 December.
	 */
	public record TaskCommand(@NotBlank @Size(max = 1000) String name, @NotBlank @Size(max = 300) String owner,
			@Nullable LocalDate deadline, @Nullable @Size(max = 2000) String output,
			@Nullable @Size(max = 300) String section, @Nullable @Size(max = 200) String deadlineNote) {
	}

	/** A target: an indicator and its threshold (a percentage, or minutes for DESK_WAIT_MINUTES). */
	public record TargetCommand(@NotBlank String indicator, @NotNull @Min(0) @Max(100000) Double target) {
	}

	/** The targets of a plan, replacing the earlier ones. */
	public record TargetsCommand(@NotNull @Size(max = 20, message = "Tối đa {max} mục") List<@Valid @NotNull TargetCommand> targets) {
	}

	/**
	 * A change of a task's status, with its evidence: a stored file ({@code POST /api/v1/files}) or a link.
	 * {@code DONE} needs evidence.
	 */
	public record TaskUpdate(@NotBlank String status, @Nullable LocalDate doneOn, @Nullable UUID evidenceFileId,
			@Nullable @Size(max = 1000) String evidenceLink, @Nullable @Size(max = 1000) String note) {
	}

	/** A visitor takes a number at the desk; {@code at} (not in the future) when recorded afterwards. */
	public record TicketCommand(@Nullable @Size(max = 50) String agencyCode, @Nullable @Size(max = 300) String purpose,
			java.time.@Nullable OffsetDateTime at) {
	}

	/** The desk calls or serves a visitor; {@code at} (not in the future) when recorded afterwards. */
	public record DeskStep(java.time.@Nullable OffsetDateTime at) {
	}
}
