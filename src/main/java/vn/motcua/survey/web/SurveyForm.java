package vn.motcua.survey.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.motcua.survey.SurveyManagement;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.VietnamTime;

/**
 * The survey response form, as typed: who, when, the dossier if any, a score per question ({@code scores[Q1]});
 * the service checks the command.
 */
record SurveyForm(@Nullable String agencyCode, @Nullable String respondent, @Nullable String contact,
		@Nullable String dossierCode, @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime surveyedAt,
		Map<String, Integer> scores) {

	SurveyForm {
		scores = scores == null ? new LinkedHashMap<>() : scores;
	}

	/** A blank form of the given agency, surveyed at the given minute. */
	static SurveyForm of(String agencyCode, LocalDateTime surveyedAt) {
		return new SurveyForm(agencyCode, null, null, null, surveyedAt, new LinkedHashMap<>());
	}

	/** The form of a stored response, to correct it. */
	static SurveyForm of(SurveyManagement.Response response) {
		return new SurveyForm(response.agencyCode(), response.respondent(), response.contact(), response.dossierCode(),
				response.surveyedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime(),
				new LinkedHashMap<>(response.scores()));
	}

	/** The command; {@code home} is the agency when none was chosen. */
	SurveyManagement.ResponseCommand command(Supplier<String> home) {
		OffsetDateTime at = surveyedAt == null ? null : surveyedAt.atZone(VietnamTime.ZONE).toOffsetDateTime();
		if (at == null) {
			throw new InvalidInputException("surveyedAt", "Cần thời điểm khảo sát");
		}
		if (respondent == null || respondent.isBlank()) {
			throw new InvalidInputException("respondent", "Cần tên người được khảo sát");
		}
		return new SurveyManagement.ResponseCommand(agencyCode == null ? home.get() : agencyCode, respondent,
				blankToNull(contact), blankToNull(dossierCode), at, scores);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
