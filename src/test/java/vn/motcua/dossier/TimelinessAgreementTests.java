package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.MotCuaTest;
import vn.motcua.identity.AgencyDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import vn.motcua.shared.VietnamTime;

/**
 * Property: over generated histories (random walks through the state machine: requests in and out of the rules,
 * apologies, withdrawals, stops, refusals, results; some still open), every consumer of timeliness agrees with
 * {@link TimelinessModel} for every dossier: II.06a columns (8)–(10), (12), (13) at the end of quarter II/2026, the 766
 * indicator 2.1, the plan-target indicator ON_TIME, the dashboard slices and the staff list filters today.
 */
@MotCuaTest
class TimelinessAgreementTests {

	static final int HISTORIES = Integer.getInteger("timeliness.histories", 2000);

	static final ZoneId VN = VietnamTime.ZONE;

	static final LocalDate FROM = LocalDate.of(2026, 3, 15);

	static final LocalDate TO = LocalDate.of(2026, 6, 14);

	static final OffsetDateTime END = TO.plusDays(1).atStartOfDay(VN).toOffsetDateTime();

	static final OffsetDateTime START = FROM.atStartOfDay(VN).toOffsetDateTime();

	@Autowired
	MockMvc mvc;

	@Autowired
	Dossiers dossiers;

	@Autowired
	DossierStatistics statistics;

	@Autowired
	DossierIndex766 index766;

	@Autowired
	DossierIndicators indicators;

	@Autowired
	DossierDashboard dashboard;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	vn.motcua.calendar.CalendarManagement calendar;

	@Test
	void everyConsumerAgreesWithTheModelForEveryDossier() throws Exception {
		admin(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "SNV-PT", "name": "Sở Ngoại vụ thuộc tính", "identifierCode": "000.00.46.H94", "level": "PROVINCE"}"""));
		admin(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "PT.000003", "name": "Thủ tục thuộc tính", "fieldCode": "DOI_NGOAI", "agencyCode": "SNV-PT",
				 "processingTime": {"amount": 3, "unit": "WORKING_DAY"}, "validFrom": "2020-01-01"}"""));
		Random random = new Random(766);
		List<String> histories = new ArrayList<>();
		for (int i = 0; i < HISTORIES; i++) {
			histories.add(generate(random, i));
		}
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < histories.size(); i += 200) {
			codes.addAll(importAll(histories.subList(i, Math.min(histories.size(), i + 200))));
		}
		assertThat(codes).hasSizeGreaterThan(HISTORIES * 9 / 10);

		Set<UUID> scope = Set.of(agencies.findByCode("SNV-PT").orElseThrow().id());
		LocalDate today = LocalDate.now(VN);
		Map<String, Set<String>> ii06a = new HashMap<>();
		for (String column : List.of("8", "9", "10", "12", "13")) {
			ii06a.put(column, statistics.ii06aCell(scope, FROM, TO, null, column)
				.stream()
				.map(DossierStatistics.Counted::code)
				.collect(Collectors.toSet()));
		}
		Map<String, Boolean> in766 = index766.records("2.1", scope, FROM, TO)
			.stream()
			.collect(Collectors.toMap(DossierIndicators.Record::code, DossierIndicators.Record::counted));
		Map<String, Boolean> satisfied766 = index766.records("5.4", scope, FROM, TO)
			.stream()
			.collect(Collectors.toMap(DossierIndicators.Record::code, DossierIndicators.Record::counted));
		long finished = 0;
		long workingDays = 0;
		Map<String, Boolean> target = indicators.records("ON_TIME", scope, FROM, TO)
			.stream()
			.collect(Collectors.toMap(DossierIndicators.Record::code, DossierIndicators.Record::counted));
		Map<String, Set<String>> board = new HashMap<>();
		for (String key : List.of("timeliness:EARLY", "timeliness:ON_TIME", "timeliness:LATE", "pending:OVERDUE")) {
			board.put(key, dashboard.list(scope, LocalDate.of(2026, 1, 1), today, key)
				.stream()
				.map(DossierStatistics.Counted::code)
				.collect(Collectors.toSet()));
		}
		Map<String, Set<String>> lists = new HashMap<>();
		for (Timeliness t : Timeliness.values()) {
			lists.put(t.name(), listed(t.name()));
		}

		Map<String, Integer> seen = new HashMap<>();
		for (String code : codes) {
			Dossier dossier = dossiers.findByCode(code).orElseThrow();
			List<DossierEvent> atEnd = dossier.history().stream().filter(e -> e.at().isBefore(END)).toList();
			TimelinessModel.Derivation period = TimelinessModel.derive(atEnd);
			boolean inScope = period.received() && (dossier.closedAt() == null || !dossier.closedAt().isBefore(START));
			String expectedColumn = null;
			Boolean expected766 = null;
			if (inScope) {
				boolean closedInPeriod = dossier.closedAt() != null && dossier.closedAt().isBefore(END);
				if (closedInPeriod) {
					expectedColumn = switch (period.verdict()) {
						case EARLY -> "8";
						case ON_TIME -> "9";
						default -> "10";
					};
					expected766 = period.onTime766();
					assertThat(target.get(code)).as(code + " plan target ON_TIME")
						.isEqualTo(period.verdict() != Timeliness.LATE);
				}
				else {
					expectedColumn = TimelinessModel.pending(period.last(), TO) == Timeliness.IN_TIME ? "12" : "13";
					expected766 = TimelinessModel.pendingOnTime766(period.last(), TO);
				}
				seen.merge(expectedColumn + (expected766 ? "+" : "-"), 1, Integer::sum);
			}
			for (String column : ii06a.keySet()) {
				assertThat(ii06a.get(column).contains(code)).as(code + " in II.06a column (" + column + ") " + dossier.history())
					.isEqualTo(column.equals(expectedColumn));
			}
			assertThat(in766.get(code)).as(code + " in 766 indicator 2.1 " + dossier.history()).isEqualTo(expected766);
			// 5.4 reads the same 766 verdict (none of these dossiers is rated)
			assertThat(satisfied766.get(code)).as(code + " in 766 indicator 5.4").isEqualTo(expected766);
			if (dossier.completedAt() != null && !dossier.completedAt().isBefore(START)
					&& dossier.completedAt().isBefore(END)) {
				finished++;
				workingDays += Math.max(0, calendar.calendar()
					.workingDaysBetween(dossier.receivedAt().atZoneSameInstant(vn.motcua.shared.VietnamTime.ZONE).toLocalDate(),
							dossier.completedAt().atZoneSameInstant(vn.motcua.shared.VietnamTime.ZONE).toLocalDate()));
			}

			Timeliness now = TimelinessModel.verdict(dossier, today).timeliness();
			for (Timeliness t : Timeliness.values()) {
				assertThat(lists.get(t.name()).contains(code)).as(code + " in the list filtered " + t).isEqualTo(t == now);
			}
			for (String key : board.keySet()) {
				boolean expected = key.equals("pending:OVERDUE") ? now == Timeliness.OVERDUE
						: dossier.closedAt() != null && key.equals("timeliness:" + (now == null ? "" : now.name()));
				assertThat(board.get(key).contains(code)).as(code + " in dashboard " + key).isEqualTo(expected);
			}
		}
		// 2.2: the SQL's working days agree with the one working calendar, dossier by dossier summed
		vn.motcua.shared.IndexSource.Measure average = index766.averageTime(scope, FROM, TO);
		assertThat(average.denominator()).as("2.2 dossiers completed in the period").isEqualTo(finished).isPositive();
		assertThat(average.numerator()).as("2.2 working days").isEqualTo(workingDays);
		// the generated histories reach every verdict, in and out of 766
		assertThat(seen.keySet()).contains("8+", "9+", "9-", "10-", "12+", "13-");
	}

	private Set<String> listed(String timeliness) throws Exception {
		Set<String> codes = new HashSet<>();
		String after = null;
		do {
			var request = get("/api/v1/dossiers").param("procedureCode", "PT.000003").param("timeliness", timeliness)
				.param("size", "200");
			if (after != null) {
				request.param("after", after);
			}
			String json = admin(request);
			codes.addAll(JsonPath.<List<String>>read(json, "$.items[*].code"));
			after = JsonPath.read(json, "$.next");
		}
		while (after != null);
		return codes;
	}

	private List<String> importAll(List<String> batch) throws Exception {
		MvcResult result = mvc.perform(post("/api/v1/dossiers/import").contentType(MediaType.APPLICATION_JSON)
			.content("{\"dossiers\": [" + String.join(",", batch) + "]}")
			.with(httpBasic("admin", "MotCua@2026"))).andReturn();
		if (result.getResponse().getStatus() == 200) {
			return JsonPath.read(result.getResponse().getContentAsString(), "$.dossiers[*].code");
		}
		List<String> codes = new ArrayList<>();
		for (String one : batch) {
			MvcResult single = mvc.perform(post("/api/v1/dossiers/import").contentType(MediaType.APPLICATION_JSON)
				.content("{\"dossiers\": [" + one + "]}")
				.with(httpBasic("admin", "MotCua@2026"))).andReturn();
			if (single.getResponse().getStatus() == 200) {
				codes.addAll(JsonPath.read(single.getResponse().getContentAsString(), "$.dossiers[*].code"));
			}
		}
		return codes;
	}

	/** A random walk through the state machine, checked on an in-memory aggregate. */
	static String generate(Random random, int n) {
		OffsetDateTime t0 = LocalDate.of(2026, 2, 20)
			.plusDays(random.nextInt(150))
			.atTime(7 + random.nextInt(10), random.nextInt(60))
			.atZone(VN)
			.toOffsetDateTime();
		Dossier sim = Dossier.receive(UUID.randomUUID(), "SIM", UUID.randomUUID(), DossierTest.PROCEDURE,
				Channel.DIRECT, DossierTest.APPLICANT, t0, t0.plusDays(5), "sim", null, "SIM");
		List<String> steps = new ArrayList<>();
		steps.add("{\"action\": \"RECEIVE\", \"at\": \"" + t0 + "\"}");
		OffsetDateTime t = t0;
		int length = random.nextInt(9);
		List<DossierAction> actions = List.of(DossierAction.ASSIGN, DossierAction.SUBMIT, DossierAction.APPROVE,
				DossierAction.COMPLETE, DossierAction.RETURN_RESULT, DossierAction.REQUEST_SUPPLEMENT,
				DossierAction.SUPPLEMENT_RECEIVED, DossierAction.APOLOGISE, DossierAction.WITHDRAW, DossierAction.STOP,
				DossierAction.REFUSE, DossierAction.SEND_BACK, DossierAction.COMPLETE, DossierAction.SUPPLEMENT_RECEIVED);
		for (int k = 0; k < length && !sim.status().isFinal(); k++) {
			t = t.plusMinutes(30 + random.nextInt(60 * 60));
			List<DossierAction> allowed = actions.stream().filter(a -> a.allowedFrom(sim.status())).toList();
			DossierAction action = allowed.get(random.nextInt(allowed.size()));
			String extra = "";
			try {
				switch (action) {
					case ASSIGN -> sim.assign(t, "sim", "—");
					case SUBMIT -> sim.submit(t, "sim", null);
					case APPROVE -> sim.approve(t, "sim", null);
					case SEND_BACK -> sim.sendBack(t, "sim", "Lý do");
					case COMPLETE -> sim.complete(t, "sim", null);
					case RETURN_RESULT -> sim.returnResult(t, "sim", null, true, null, null);
					case REQUEST_SUPPLEMENT -> {
						sim.requestSupplement(t, "sim", "Lý do", "Lý do vượt quy định", null);
						extra = ", \"overrideReason\": \"Lý do vượt quy định\"";
					}
					case SUPPLEMENT_RECEIVED -> sim.supplementReceived(t, "sim", t.plusDays(5));
					case APOLOGISE -> {
						if (t.isAfter(t0.plusHours(20))) {
							continue;
						}
						OffsetDateTime again = t0.plusDays(12 + random.nextInt(10));
						sim.apologise(t, "sim", "Lý do", again);
						extra = ", \"newAppointmentAt\": \"" + again + "\"";
					}
					case WITHDRAW -> sim.withdraw(t, "sim", "Lý do");
					case STOP -> sim.stop(t, "sim", "Lý do");
					case REFUSE -> sim.refuse(t, "sim", "Lý do");
					default -> {
						continue;
					}
				}
			}
			catch (RuntimeException ex) {
				continue;
			}
			steps.add("{\"action\": \"" + action.name() + "\", \"at\": \"" + t + "\", \"reason\": \"Lý do\", \"assignee\": \"—\""
					+ extra + "}");
		}
		return """
				{"externalId": "PT-%d", "procedureCode": "PT.000003", "channel": "%s", "applicant": {"fullName": "Người nộp %d"},
				 "events": [%s]}""".formatted(n, random.nextBoolean() ? "DIRECT" : "ONLINE", n, String.join(", ", steps));
	}

	private String admin(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().is2xxSuccessful())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}
}
