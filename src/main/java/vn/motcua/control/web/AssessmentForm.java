package vn.motcua.control.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.motcua.control.ControlCommands.AssessmentCommand;
import vn.motcua.control.ImpactAssessment;

/** The impact assessment form (đánh giá tác động), as typed; it gives the same command as the API. */
record AssessmentForm(@Nullable String draftTitle, @Nullable String issuer,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn, @Nullable Integer newCount,
		@Nullable Integer amended, @Nullable Integer repealed, @Nullable Integer kept, @Nullable Integer totalAfter,
		@Nullable String issuedAs) {

	/** A blank form: issued by the provincial People's Committee, no counts yet. */
	static AssessmentForm empty() {
		return new AssessmentForm(null, "PROVINCIAL_COMMITTEE", null, 0, 0, 0, 0, 0, null);
	}

	static AssessmentForm of(ImpactAssessment a) {
		return new AssessmentForm(a.draftTitle(), a.issuer().name(), a.assessedOn(), a.newCount(), a.amended(),
				a.repealed(), a.kept(), a.totalAfter(), a.issuedAs());
	}

	/** The command; {@code today} stands in for a missing date (the page refuses that before it sends). */
	AssessmentCommand command(LocalDate today) {
		return new AssessmentCommand(null, draftTitle == null ? "" : draftTitle, issuer == null ? "" : issuer,
				assessedOn == null ? today : assessedOn, zero(newCount), zero(amended), zero(repealed),
				zero(kept), zero(totalAfter), issuedAs, null);
	}

	private static int zero(@Nullable Integer value) {
		return value == null ? 0 : value;
	}
}
