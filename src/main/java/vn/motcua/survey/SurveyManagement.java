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
import vn.motcua.audit.AuditLog;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.Agency;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;
import static vn.motcua.shared.VietnamTime.ZONE;
import vn.motcua.shared.NoRoleRequired;
import vn.motcua.shared.Roles;

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

	static final String STAFF = Roles.SURVEY_STAFF;

	/** One response as recorded by staff. */
	public record ResponseCommand(@NotBlank @Size(max = 50) String agencyCode, @NotBlank @Size(max = 200) String respondent,
			@Nullable @Size(max = 200) String contact, @Nullable @Size(max = 40) String dossierCode,
			@NotNull OffsetDateTime surveyedAt, @NotNull @Size(max = 50, message = "Tối đa {max} mục") Map<String, Integer> scores) {
	}

	/** A stored response. */
	public record Response(UUID id, String agencyCode, String respondent, @Nullable String contact,
			@Nullable String dossierCode, OffsetDateTime surveyedAt, Map<String, Integer> scores, double average,
			boolean satisfied) {
	}

	/** Counts over a period: responses, satisfied (average ≥ 4), not satisfied. */
	public record Summary(long responses, long satisfied) {

		/** Two groups' responses together. */
		public Summary plus(Summary other) {
			return new Summary(responses + other.responses, satisfied + other.satisfied);
		}

		public long notSatisfied() {
			return responses - satisfied;
		}
	}

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	private final CurrentActor actor;

	private final Clock clock;

	private final AuditLog audit;

	SurveyManagement(JdbcClient jdbc, AgencyDirectory agencies, CurrentActor actor, Clock clock, AuditLog audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.actor = actor;
		this.clock = clock;
	}

	/** Records one response; every question needs a score from 1 to 5. */
	@PreAuthorize(STAFF)
	@Transactional
	public Response record(ResponseCommand command) {
		Agency agency = check(command);
		UUID id = UUID.randomUUID();
		insert(id, agency, command);
		return responses(List.of(agency.id()), null, null).stream().filter(r -> r.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFoundException("Không tìm thấy phiếu vừa lưu"));
	}

	/** The agency of a response, after checking every score and the time (422 naming each field). */
	private Agency check(ResponseCommand command) {
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
		return agency;
	}

	private void insert(UUID id, Agency agency, ResponseCommand command) {
		jdbc.sql("""
				insert into satisfaction_survey (id, agency_id, respondent, contact, dossier_code, surveyed_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, agency.id(), command.respondent().strip(), command.contact(), command.dossierCode(),
					command.surveyedAt(), actor.username())
			.update();
		QUESTIONS.keySet().forEach(q -> jdbc.sql("insert into satisfaction_survey_answer (survey_id, question, score) values (?, ?, ?)")
			.params(id, q, command.scores().get(q))
			.update());
	}

	/** The responses of some agencies, surveyed between two days (inclusive, Asia/Ho_Chi_Minh), oldest first. */
	@Transactional(readOnly = true)
	@NoRoleRequired("read by the reporting and control modules for agencies whose scope they checked")
	public List<Response> responses(Collection<UUID> agencyIds, @Nullable LocalDate from, @Nullable LocalDate to) {
		return responsesByAgency(agencyIds, from, to).stream().map(Map.Entry::getValue).toList();
	}

	/** {@link #responses}, each with the id of its agency. */
	private List<Map.Entry<UUID, Response>> responsesByAgency(Collection<UUID> agencyIds, @Nullable LocalDate from,
			@Nullable LocalDate to) {
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
				return Map.entry(rs.getObject("agency_id", UUID.class), new Response(id, rs.getString("agency_code"),
						rs.getString("respondent"), rs.getString("contact"), rs.getString("dossier_code"),
						rs.getObject("surveyed_at", OffsetDateTime.class).atZoneSameInstant(ZONE).toOffsetDateTime(),
						answers, Math.round(average * 100) / 100.0, average >= 4));
			})
			.list();
	}

	/** The responses of an agency (and the agencies under it) the caller may see, between two days. */
	@PreAuthorize(Roles.SURVEY_READERS)
	@Transactional(readOnly = true)
	public List<Response> list(String agencyCode, @Nullable LocalDate from, @Nullable LocalDate to) {
		Agency agency = agencies.findByCode(agencyCode)
			.filter(a -> actor.canSee(a.id()))
			.orElseThrow(() -> new NotFoundException("Không tìm thấy đơn vị " + agencyCode));
		return responses(agencies.subtree(agency.id()), from, to);
	}

	/**
	 * The last day of the reporting quarter a day belongs to (15/12–14/3, 15/3–14/6, 15/6–14/9, 15/9–14/12, as the
	 * reports count): a response may be corrected until that day ends, after which the quarter's figures are sent.
	 */
	public static LocalDate periodEnd(LocalDate day) {
		int quarterMonth = (day.getMonthValue() + 2) / 3 * 3;
		LocalDate end = LocalDate.of(day.getYear(), quarterMonth, 14);
		return day.isAfter(end) ? end.plusMonths(3) : end;
	}

	/** Whether a response may still be corrected today (its quarter has not closed). */
	@NoRoleRequired("a rule on a response the caller already read through a guarded method")
	public boolean editable(Response response) {
		LocalDate today = vn.motcua.shared.VietnamTime.today(clock);
		return !today.isAfter(periodEnd(response.surveyedAt().atZoneSameInstant(ZONE).toLocalDate()));
	}

	/** One response the caller may see; 404 otherwise. */
	@PreAuthorize(Roles.SURVEY_READERS)
	@Transactional(readOnly = true)
	public Response get(UUID id) {
		UUID agency = jdbc.sql("select agency_id from satisfaction_survey where id = ?").param(id).query(UUID.class)
			.optional()
			.filter(actor::canSee)
			.orElseThrow(() -> new NotFoundException("Không tìm thấy phiếu khảo sát " + id));
		return responses(List.of(agency), null, null).stream().filter(r -> r.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFoundException("Không tìm thấy phiếu khảo sát " + id));
	}

	/**
	 * Corrects a response before its quarter closes (409 after: the figures were reported); the new time must fall
	 * in a quarter that has not closed either. Same checks as {@link #record}.
	 */
	@PreAuthorize(STAFF)
	@Transactional
	public Response update(UUID id, ResponseCommand command) {
		Response before = get(id);
		if (!editable(before)) {
			throw new ConflictException("Kỳ báo cáo của phiếu khảo sát đã kết thúc ngày "
					+ vn.motcua.shared.VietnamTime.date(periodEnd(before.surveyedAt().toLocalDate()))
					+ ": không sửa được nữa", "CLOSED");
		}
		Agency agency = check(command);
		LocalDate today = vn.motcua.shared.VietnamTime.today(clock);
		if (today.isAfter(periodEnd(command.surveyedAt().atZoneSameInstant(ZONE).toLocalDate()))) {
			throw new InvalidInputException("surveyedAt", "Thời điểm khảo sát thuộc kỳ báo cáo đã kết thúc");
		}
		jdbc.sql("""
				update satisfaction_survey set agency_id = ?, respondent = ?, contact = ?, dossier_code = ?, surveyed_at = ?
				where id = ?""")
			.params(agency.id(), command.respondent().strip(), command.contact(), command.dossierCode(),
					command.surveyedAt(), id)
			.update();
		QUESTIONS.keySet().forEach(q -> jdbc.sql("update satisfaction_survey_answer set score = ? where survey_id = ? and question = ?")
			.params(command.scores().get(q), id, q)
			.update());
		audit.record("UPDATE", "SatisfactionSurvey", id.toString(), agency.id(), before, get(id));
		return get(id);
	}

	/** A page of the responses of an agency and the agencies under it, newest first. */
	@PreAuthorize(Roles.SURVEY_READERS)
	@Transactional(readOnly = true)
	public PageResult<Response> page(String agencyCode, PageRequest page) {
		List<Response> all = new ArrayList<>(list(agencyCode, null, null));
		java.util.Collections.reverse(all);
		int from = (int) Math.min(all.size(), page.offset());
		int to = Math.min(all.size(), from + page.size());
		return new PageResult<>(List.copyOf(all.subList(from, to)), page.page(), page.size(), all.size());
	}

	/** Responses and satisfied responses of some agencies between two days. */
	@Transactional(readOnly = true)
	@NoRoleRequired("read by the reporting and control modules for agencies whose scope they checked")
	public Summary summary(Collection<UUID> agencyIds, LocalDate from, LocalDate to) {
		Summary sum = new Summary(0, 0);
		for (Summary one : summaryByAgency(agencyIds, from, to).values()) {
			sum = sum.plus(one);
		}
		return sum;
	}

	/**
	 * {@link #summary} per agency, in one read: every given agency is a key (zeros without responses), so a group of
	 * agencies sums its members (the province comparison of the Decision 766 index).
	 */
	@Transactional(readOnly = true)
	@NoRoleRequired("read by the reporting and control modules for agencies whose scope they checked")
	public Map<UUID, Summary> summaryByAgency(Collection<UUID> agencyIds, LocalDate from, LocalDate to) {
		Map<UUID, Summary> result = new LinkedHashMap<>();
		agencyIds.forEach(a -> result.put(a, new Summary(0, 0)));
		for (Map.Entry<UUID, Response> r : responsesByAgency(agencyIds, from, to)) {
			result.merge(r.getKey(), new Summary(1, r.getValue().satisfied() ? 1 : 0), Summary::plus);
		}
		return result;
	}

}
