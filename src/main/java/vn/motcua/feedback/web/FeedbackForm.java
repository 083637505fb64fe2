package vn.motcua.feedback.web;

import org.jspecify.annotations.Nullable;
import vn.motcua.feedback.FeedbackCommands.IntakeCommand;
import vn.motcua.feedback.FeedbackCommands.SenderData;

/** The feedback form of the staff intake page and of the public page (flat fields, bound by name). */
public record FeedbackForm(@Nullable String agencyCode, @Nullable String channel, @Nullable String name,
		@Nullable String phone, @Nullable String email, @Nullable String address, @Nullable String organisation,
		@Nullable String content, @Nullable String fieldCode, @Nullable String kind) {

	/** The staff intake page: by phone, about behaviour, for the officer's own agency. */
	static FeedbackForm forDesk() {
		return new FeedbackForm(null, "PHONE", null, null, null, null, null, null, null, "BEHAVIOUR");
	}

	/** The public page: to the given agency, about behaviour. */
	static FeedbackForm forPublic(String agencyCode) {
		return new FeedbackForm(agencyCode, null, null, null, null, null, null, null, null, "BEHAVIOUR");
	}

	/** Who sends it. */
	SenderData sender() {
		return new SenderData(name, phone, email, address, organisation);
	}

	/** The staff intake as a command. */
	IntakeCommand intake() {
		return new IntakeCommand(null, agencyCode, channel, sender(), content, fieldCode, kind);
	}

	/** The page field that shows a service error on {@code field} ("sender.name" → "name"). */
	static String pageField(String field) {
		return field.startsWith("sender.") ? field.substring("sender.".length()) : field;
	}
}
