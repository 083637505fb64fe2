package vn.motcua.survey;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ReportSource;

/**
 * The survey as a report source (form {@code KHAO-SAT}): (3) responses in the period, (4) satisfied (average score
 * 4 or more), (5) not satisfied; each figure lists the responses.
 */
@Component
class SurveySource implements ReportSource {

	private final SurveyManagement surveys;

	SurveySource(SurveyManagement surveys) {
		this.surveys = surveys;
	}

	/** A response behind a figure. */
	record Counted(String code, String respondent, OffsetDateTime surveyedAt, double average, String reason)
			implements ReportSource.Counted {

		@Override
		public String link() {
			return "/khao-sat";
		}

		@Override
		public List<String> headings() {
			return List.of("Phiếu", "Người được khảo sát", "Thời điểm", "Điểm trung bình");
		}

		@Override
		public List<@Nullable Object> values() {
			return Arrays.asList(code, respondent, surveyedAt, average);
		}
	}

	@Override
	public String name() {
		return "SATISFACTION_SURVEY";
	}

	@Override
	public List<Row> rows(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		SurveyManagement.Summary summary = surveys.summary(agencies, from, to);
		return List.of(new Row(null, "Khảo sát định kỳ", Map.of("3", summary.responses(), "4", summary.satisfied(), "5",
				summary.notSatisfied())));
	}

	@Override
	public List<Counted> cell(Collection<UUID> agencies, LocalDate from, LocalDate to, @Nullable String rowCode,
			String column) {
		if (!List.of("3", "4", "5").contains(column)) {
			throw new InvalidInputException("column", "Khảo sát không có cột (" + column + ")");
		}
		return surveys.responses(agencies, from, to)
			.stream()
			.filter(r -> column.equals("3") || r.satisfied() == column.equals("4"))
			.map(r -> new Counted(r.id().toString().substring(0, 8), r.respondent(), r.surveyedAt(), r.average(),
					r.satisfied() ? "Điểm trung bình từ 4 trở lên: hài lòng" : "Điểm trung bình dưới 4: chưa hài lòng"))
			.toList();
	}
}
