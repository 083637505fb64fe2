package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.shared.workflow.HistoryImport;

/** What clients send to the dossier service: API bodies and page forms map onto these records. */
public final class DossierCommands {

	private DossierCommands() {
	}

	/**
	 * Người nộp. For an organisation: its name ({@code organisation}), its tax code or establishment decision, and
	 * its legal representative.
	 */
	public record ApplicantData(@NotBlank @Size(max = 200) String fullName, @Nullable @Size(max = 30) String idNumber,
			@Nullable @Size(max = 30) String phone, @Nullable @Size(max = 200) String email,
			@Nullable @Size(max = 300) String address, @Nullable @Size(max = 300) String organisation,
			@Nullable @Size(max = 20) String organisationTaxCode,
			@Nullable @Size(max = 200) String organisationDecision,
			@Nullable @Size(max = 200) String representative) {

		/** A person, or an organisation known by its name only. */
		public ApplicantData(String fullName, @Nullable String idNumber, @Nullable String phone, @Nullable String email,
				@Nullable String address, @Nullable String organisation) {
			this(fullName, idNumber, phone, email, address, organisation, null, null, null);
		}
	}

	/** One paper as ticked at the desk. */
	public record ComponentData(@NotBlank @Size(max = 40) String code, @Nullable Boolean original,
			@Nullable @Min(0) @Max(100) Integer copies, @Nullable @Size(max = 50, message = "Tối đa {max} mục") List<UUID> fileIds, @Nullable Boolean digitised,
			@Nullable Boolean reused) {
	}

	/**
	 * A new dossier. {@code outcome} is what the desk decides: {@code ACCEPT} (default: Mẫu 01 with an appointment),
	 * {@code INCOMPLETE} (Mẫu 02: the papers must be completed first; {@code reason} says what is missing) or
	 * {@code REFUSE} (Mẫu 03).
	 */
	public record IntakeCommand(@NotBlank @Size(max = 40) String procedureCode, @NotBlank String channel,
			@NotNull @Valid ApplicantData applicant,
			@Nullable @Size(max = 100, message = "Tối đa {max} mục") List<@Valid ComponentData> components,
			@Nullable @Size(max = 50) String postalTracking, @Nullable @Size(max = 100) String externalId,
			@Nullable String outcome, @Nullable @Size(max = 2000) String reason) {
	}

	/**
	 * An action on a dossier (API.md "Actions"). {@code overrideReason}: why a supplement request breaks the
	 * one-request, 3-working-day rule (required only then). {@code resultForm} (with {@code resultFileId} at COMPLETE):
	 * {@code ELECTRONIC} for a result issued as an electronically signed file, {@code SCANNED} (the default) for a
	 * scanned paper result. {@code postal} (only with FORWARD): the papers go to the other agency by post, with the
	 * outgoing tracking number and the day posted (today if missing). {@code receivedOn} (only with POSTAL_RECEIVED):
	 * the day the papers sent by post arrived (today if missing).
	 */
	public record ActionCommand(@NotBlank String action, @Nullable @Size(max = 2000) String reason,
			@Nullable @Size(max = 2000) String note, @Nullable @Size(max = 60) String assignee,
			@Nullable @Size(max = 50) String agencyCode, @Nullable OffsetDateTime newAppointmentAt,
			@Nullable @Size(max = 20) String returnMethod, @Nullable @Size(max = 200) String returnedTo,
			@Nullable UUID resultFileId, @Nullable @Size(max = 2000) String overrideReason,
			@Nullable @Size(max = 10) String resultForm, @Nullable PostalData postal,
			@Nullable LocalDate receivedOn) {

		/** An action without the postal hand-off fields ({@code FORWARD}'s postal, {@code POSTAL_RECEIVED}'s day). */
		public ActionCommand(String action, @Nullable String reason, @Nullable String note, @Nullable String assignee,
				@Nullable String agencyCode, @Nullable OffsetDateTime newAppointmentAt, @Nullable String returnMethod,
				@Nullable String returnedTo, @Nullable UUID resultFileId, @Nullable String overrideReason,
				@Nullable String resultForm) {
			this(action, reason, note, assignee, agencyCode, newAppointmentAt, returnMethod, returnedTo, resultFileId,
					overrideReason, resultForm, null, null);
		}

		/** An action without the form of the result file. */
		public ActionCommand(String action, @Nullable String reason, @Nullable String note, @Nullable String assignee,
				@Nullable String agencyCode, @Nullable OffsetDateTime newAppointmentAt, @Nullable String returnMethod,
				@Nullable String returnedTo, @Nullable UUID resultFileId, @Nullable String overrideReason) {
			this(action, reason, note, assignee, agencyCode, newAppointmentAt, returnMethod, returnedTo, resultFileId,
					overrideReason, null);
		}

		/** An action without an override reason. */
		public ActionCommand(String action, @Nullable String reason, @Nullable String note, @Nullable String assignee,
				@Nullable String agencyCode, @Nullable OffsetDateTime newAppointmentAt, @Nullable String returnMethod,
				@Nullable String returnedTo, @Nullable UUID resultFileId) {
			this(action, reason, note, assignee, agencyCode, newAppointmentAt, returnMethod, returnedTo, resultFileId,
					null, null);
		}

		/** An action without the optional fields of COMPLETE. */
		public ActionCommand(String action, @Nullable String reason, @Nullable String note, @Nullable String assignee,
				@Nullable String agencyCode, @Nullable OffsetDateTime newAppointmentAt, @Nullable String returnMethod,
				@Nullable String returnedTo) {
			this(action, reason, note, assignee, agencyCode, newAppointmentAt, returnMethod, returnedTo, null, null,
					null);
		}
	}

	/**
	 * Liên thông, receiving side: a dossier forwarded by another deployment, as its own linked dossier of agency
	 * {@code agencyCode}. {@code externalId} names the origin (peer and origin code); {@code legWorkingDays} is this
	 * leg's share of the legal time; {@code components} carry files already stored here; {@code by} is recorded as
	 * who handed it in; {@code postal} when the papers follow by post (the leg then starts when they arrive).
	 */
	public record LinkedIntake(String agencyCode, String procedureCode, String channel, ApplicantData applicant,
			List<ComponentData> components, int legWorkingDays, String externalId, String by,
			@Nullable PostalData postal) {
	}

	/**
	 * Papers sent by post to the other agency of a liên thông: the outgoing tracking number (số vận đơn, 1–50
	 * printable characters) and the day posted ({@code YYYY-MM-DD}, not in the future, not before the dossier's
	 * receipt).
	 */
	public record PostalData(@Nullable String trackingNumber, @Nullable LocalDate sentOn) {
	}

	/** One step of an imported history; {@code at} oldest first, none in the future. */
	public record HistoryEvent(@NotBlank String action, @NotNull OffsetDateTime at, @Nullable String reason,
			@Nullable String note, @Nullable String assignee, @Nullable OffsetDateTime newAppointmentAt,
			@Nullable @Size(max = 2000) String overrideReason) implements HistoryImport.Step {

		/** A step without an override reason. */
		public HistoryEvent(String action, OffsetDateTime at, @Nullable String reason, @Nullable String note,
				@Nullable String assignee, @Nullable OffsetDateTime newAppointmentAt) {
			this(action, at, reason, note, assignee, newAppointmentAt, null);
		}
	}

	/** A dossier's history from an earlier system; the first event is {@code RECEIVE}. */
	public record History(@NotBlank @Size(max = 100) String externalId, @NotBlank String procedureCode,
			@NotBlank String channel, @NotNull @Valid ApplicantData applicant,
			@Nullable @Size(max = 100, message = "Tối đa {max} mục") List<@Valid ComponentData> components,
			@NotEmpty @Size(max = 500, message = "Tối đa {max} mục") List<@Valid HistoryEvent> events)
			implements HistoryImport.Row {

		/** External ids are unique per procedure. */
		@Override
		public String scope() {
			return procedureCode;
		}
	}

	/** A fee payment; {@code method} CASH, BANK or ONLINE (with the gateway reference). */
	public record PaymentCommand(@NotNull @Min(1) Long amountVnd, @NotBlank String method,
			@Nullable @Size(max = 100) String reference) {
	}
}
