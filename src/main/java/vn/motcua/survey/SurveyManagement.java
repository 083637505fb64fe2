package vn.motcua.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.NotFoundException;

/** Records and counts the periodic satisfaction survey. */
@Service
public class SurveyManagement {

	/** The questions, in order (id, text). */
	public static final Map<String, String> QUESTIONS = new LinkedHashMap<>();

	static {
		QUESTIONS.put("Q1", "Mức độ công khai, dễ tiếp cận thông tin về thủ tục hành chính");
		QUESTIONS.put("Q2", "Thái độ, tinh thần phục vụ của công chức tiếp nhận, trả kết quả");
		QUESTIONS.put("Q3", "Thời gian giải quyết so với giấy hẹn");
		QUESTIONS.put("Q4", "Số lần phải đi lại, bổ sung hồ sơ");
		QUESTIONS.put("Q5", "Mức độ hài lòng chung");
	}

	static final String STAFF = "hasAnyRole('SYSTEM_ADMIN','AGENCY_ADMIN','RECEPTION_OFFICER','CONTROL_OFFICER','AGENCY_HEAD')";

	/** One response as recorded by staff. */
	public record ResponseCommand(@NotBlank @Size(max = 50) String agencyCode, @NotBlank @Size(max = 200) String respondent,
			@Nullable @Size(max = 200) String contact, @Nullable @Size(max = 40) String dossierCode,
			@NotNull OffsetDateTime surveyedAt, @NotNull Map<String, Integer> scores) {
	}

	/** A stored response. */
	public record Response(UUID id, String agencyCode, String respondent, @Nullable String contact,
			@Nullable String dossierCode, OffsetDateTime surveyedAt, Map<String, Integer> scores, double average,
			boolean satisfied) {
	}

	/** Counts over a period: responses, satisfied (average ≥ 4), not satisfied. */
	public record Summary(long responses, long satisfied) {

		public long notSatisfied() {
			return responses - satisfied;
		}
	}

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final CurrentActor actor;

	private final Clock clock;

	SurveyManagement(JdbcClient jdbc, Agencies agencies, CurrentActor actor, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.actor = actor;
		this.clock = clock;
	}

	/** Records one response; every question needs a score from 1 to 5. */
	@PreAuthorize(STAFF)
	@Transactional
	public Response record(ResponseCommand command) {
		Agency agency = agencies.findByCode(command.agencyCode())
			.filter(a -> actor.canSee(a.id()))
			.orElseThrow(() -> new InvalidInputException("agencyCode", "Không có đơn vị " + command.agencyCode()));
		List<FieldProblem> problems = new ArrayList<>();
		for (String question : QUESTIONS.keySet()) {
			Integer score = command.scores() == null ? null : command.scores().get(question);
			if (score == null || score < 1 || score > 5) {
				problems.add(new FieldProblem("scores." + question, "Cần điểm từ 1 đến 5 cho câu hỏi " + question));
			}
		}
		if (command.scores() != null) {
			command.scores().keySet().stream().filter(q -> !QUESTIONS.containsKey(q))
				.forEach(q -> problems.add(new FieldProblem("scores." + q, "Không có câu hỏi " + q)));
		}
		if (command.surveyedAt().isAfter(OffsetDateTime.now(clock))) {
			problems.add(new FieldProblem("surveyedAt", "Thời điểm khảo sát ở tương lai"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into satisfaction_survey (id, agency_id, respondent, contact, dossier_code, surveyed_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, agency.id(), command.respondent().strip(), command.contact(), command.dossierCode(),
					command.surveyedAt(), actor.username())
			.update();
		QUESTIONS.keySet().forEach(q -> jdbc.sql("insert into satisfaction_survey_answer (survey_id, question, score) values (?, ?, ?)")
			.params(id, q, command.scores().get(q))
			.update());
		return responses(List.of(agency.id()), null, null).stream().filter(r -> r.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFoundException("Không tìm thấy phiếu vừa lưu"));
	}

	/** The responses of some agencies, surveyed between two days (inclusive, Asia/Ho_Chi_Minh), oldest first. */
	@Transactional(readOnly = true)
	public List<Response> responses(Collection<UUID> agencyIds, @Nullable LocalDate from, @Nullable LocalDate to) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("agencies", agencyIds.toArray(UUID[]::new));
		params.put("start", (from == null ? LocalDate.of(1970, 1, 1) : from).atStartOfDay(ZONE).toOffsetDateTime());
		params.put("end", (to == null ? LocalDate.of(9999, 1, 1) : to.plusDays(1)).atStartOfDay(ZONE).toOffsetDateTime());
		Map<UUID, Map<String, Integer>> scores = new LinkedHashMap<>();
		jdbc.sql("""
				select x.* from satisfaction_survey_answer x join satisfaction_survey s on s.id = x.survey_id
				where s.agency_id = any(:agencies) and s.surveyed_at >= :start and s.surveyed_at < :end
				order by x.question""")
			.params(params)
			.query((rs, n) -> scores.computeIfAbsent(rs.getObject("survey_id", UUID.class), k -> new LinkedHashMap<>())
				.put(rs.getString("question"), rs.getInt("score")))
			.list();
		return jdbc.sql("""
				select s.*, a.code as agency_code from satisfaction_survey s join agency a on a.id = s.agency_id
				where s.agency_id = any(:agencies) and s.surveyed_at >= :start and s.surveyed_at < :end
				order by s.surveyed_at, s.id""")
			.params(params)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				Map<String, Integer> answers = scores.getOrDefault(id, Map.of());
				double average = answers.values().stream().mapToInt(Integer::intValue).average().orElse(0);
				return new Response(id, rs.getString("agency_code"), rs.getString("respondent"), rs.getString("contact"),
						rs.getString("dossier_code"),
						rs.getObject("surveyed_at", OffsetDateTime.class).atZoneSameInstant(ZONE).toOffsetDateTime(),
						answers, Math.round(average * 100) / 100.0, average >= 4);
			})
			.list();
	}

	/** The responses of an agency (and the agencies under it) the caller may see, between two days. */
	@PreAuthorize(STAFF + " or hasAnyRole('DEPARTMENT_HEAD','VIEWER')")
	@Transactional(readOnly = true)
	public List<Response> list(String agencyCode, @Nullable LocalDate from, @Nullable LocalDate to) {
		Agency agency = agencies.findByCode(agencyCode)
			.filter(a -> actor.canSee(a.id()))
			.orElseThrow(() -> new NotFoundException("Không tìm thấy đơn vị " + agencyCode));
		return responses(agencies.subtree(agency.id()), from, to);
	}

	/** Responses and satisfied responses of some agencies between two days. */
	@Transactional(readOnly = true)
	public Summary summary(Collection<UUID> agencyIds, LocalDate from, LocalDate to) {
		List<Response> all = responses(agencyIds, from, to);
		return new Summary(all.size(), all.stream().filter(Response::satisfied).count());
	}

	static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
}
