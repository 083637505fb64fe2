package vn.motcua.dossier.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommands.ActionCommand;
import vn.motcua.dossier.DossierCommands.PostalData;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.VietnamTime;

/**
 * The form of one processing step as typed on its page; each step shows only its own fields
 * ({@link #fieldsOf(DossierAction)}) and sends only those. {@code postalTracking} and {@code postalSentOn}: the papers
 * of a {@code FORWARD} go by post (a tracking number typed means they do); {@code receivedOn}: the day the papers
 * posted to this agency arrived ({@code POSTAL_RECEIVED}).
 */
record StepForm(@Nullable String reason, @Nullable String note, @Nullable String assignee,
		@Nullable String agencyCode, @Nullable String newAppointmentAt, @Nullable String returnMethod,
		@Nullable String returnedTo, @Nullable String overrideReason, @Nullable String postalTracking,
		@Nullable String postalSentOn, @Nullable String receivedOn) {

	static StepForm empty() {
		return new StepForm(null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The fields a step asks for, in page order. */
	static List<String> fieldsOf(DossierAction step) {
		return switch (step) {
			case ACCEPT, SUPPLEMENT_RECEIVED, RECEIVE -> List.of();
			case POSTAL_RECEIVED -> List.of("receivedOn");
			case REQUEST_SUPPLEMENT -> List.of("reason", "overrideReason");
			case REFUSE, SEND_BACK, WITHDRAW, STOP -> List.of("reason");
			case ASSIGN -> List.of("assignee");
			case SUBMIT, APPROVE -> List.of("note");
			case APOLOGISE -> List.of("reason", "newAppointmentAt");
			case COMPLETE -> List.of("note", "resultFile");
			case RETURN_RESULT -> List.of("returnMethod", "returnedTo", "note");
			case FORWARD -> List.of("agencyCode", "postal", "note");
		};
	}

	/** The steps that cannot be undone ask "are you sure" on their page before they are taken. */
	static boolean confirms(DossierAction step) {
		return switch (step) {
			case APPROVE, REFUSE, WITHDRAW, STOP, SEND_BACK, RETURN_RESULT, POSTAL_RECEIVED -> true;
			default -> false;
		};
	}

	/** The command of the step with only the step's own fields. */
	ActionCommand command(DossierAction step) {
		List<String> fields = fieldsOf(step);
		String appointment = fields.contains("newAppointmentAt") ? newAppointmentAt : null;
		boolean byPost = fields.contains("postal") && !blank(postalTracking);
		return new ActionCommand(step.name(), fields.contains("reason") ? reason : null,
				fields.contains("note") ? note : null, fields.contains("assignee") ? assignee : null,
				fields.contains("agencyCode") ? agencyCode : null,
				blank(appointment) ? null : LocalDateTime.parse(appointment).atZone(VietnamTime.ZONE).toOffsetDateTime(),
				fields.contains("returnMethod") ? returnMethod : null,
				fields.contains("returnedTo") ? returnedTo : null, null,
				fields.contains("overrideReason") ? overrideReason : null, null,
				byPost ? new PostalData(postalTracking, day(postalSentOn, "postal.sentOn")) : null,
				fields.contains("receivedOn") ? day(receivedOn, "receivedOn") : null);
	}

	private static @Nullable LocalDate day(@Nullable String text, String field) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "Ngày không hợp lệ (ngày/tháng/năm)");
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
