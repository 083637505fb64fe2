package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.DurationUnit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.DossierCommands.ApplicantData;
import vn.motcua.dossier.DossierCommands.ComponentData;
import vn.motcua.dossier.DossierCommands.History;
import vn.motcua.dossier.DossierCommands.HistoryEvent;
import vn.motcua.dossier.Dossiers.Payment;
import vn.motcua.dossier.ProcedureDirectory.ProcedureTerms;
import vn.motcua.document.FileStore;
import vn.motcua.document.PdfRenderer;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.shared.SystemTask;
import vn.motcua.shared.VietnamTime;

/**
 * Demo data: about a year of realistic dossiers of the demo Sở Ngoại vụ, generated as histories and imported
 * through the same state machine and deadline rules as live work: most resolved early or on time, some supplements,
 * apologies, late and overdue ones, withdrawals and refusals, ratings, and a few open dossiers in every inbox.
 * Seeded, so every fresh start shows the same data.
 */
@Component
class DossierDemoData implements ApplicationModuleInitializer {

	private static final Logger log = LoggerFactory.getLogger(DossierDemoData.class);

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi",
			"Đỗ", "Hồ", "Ngô", "Dương", "Lý" };

	private static final String[] MIDDLE = { "Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Thu" };

	private static final String[] GIVEN = { "An", "Bình", "Cường", "Dung", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng",
			"Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Phương", "Quân", "Sơn", "Tâm", "Thảo",
			"Trang", "Tú", "Tuấn", "Vân", "Việt", "Yến" };

	private static final String[] PLACES = { "phường Thành Sen", "xã Thạch Hà", "phường Hồng Lĩnh", "xã Cẩm Xuyên",
			"xã Can Lộc", "phường Kỳ Anh", "xã Hương Sơn", "xã Đức Thọ", "xã Nghi Xuân", "xã Vũ Quang" };

	private final DossierManagement management;

	private final ProcedureDirectory procedures;

	private final PublicDossiers publicDossiers;

	private final Dossiers dossiers;

	private final CalendarManagement calendar;

	private final AgencyDirectory agencies;

	private final boolean enabled;

	private final int size;

	private final PdfRenderer pdf;

	private final FileStore files;

	private final Clock clock;

	DossierDemoData(DossierManagement management, ProcedureDirectory procedures, PublicDossiers publicDossiers,
			Dossiers dossiers, CalendarManagement calendar, AgencyDirectory agencies, PdfRenderer pdf, FileStore files,
			@Value("${motcua.demo-data:false}") boolean enabled, @Value("${motcua.demo-dossiers:300}") int size, Clock clock) {
		this.clock = clock;
		this.pdf = pdf;
		this.files = files;
		this.management = management;
		this.procedures = procedures;
		this.publicDossiers = publicDossiers;
		this.dossiers = dossiers;
		this.calendar = calendar;
		this.agencies = agencies;
		this.enabled = enabled;
		this.size = size;
	}

	@Override
	public void initialize() {
		if (!enabled || size <= 0 || dossiers.count() > 0) {
			return;
		}
		UUID agency = agencies.findByCode("SNV-HT").map(a -> a.id()).orElse(null);
		if (agency == null) {
			return;
		}
		LocalDate today = VietnamTime.today(clock);
		List<ProcedureTerms> available = procedures.inForceFor(List.of(agency), today);
		if (available.isEmpty()) {
			return;
		}
		SystemTask.run(() -> generate(available, today));
	}

	private void generate(List<ProcedureTerms> available, LocalDate today) {
		Random random = new Random(2026_11_24L);
		WorkingCalendar working = calendar.calendar();
		LocalDate start = today.minusDays(370);
		List<History> histories = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			ProcedureTerms terms = available.get(weighted(random, available.size()));
			LocalDate day = start.plusDays(random.nextInt(365));
			while (!working.isWorkingDay(day)) {
				day = day.plusDays(1);
			}
			if (!day.isBefore(today)) {
				day = working.plusWorkingDays(today, -3 - random.nextInt(20));
			}
			OffsetDateTime received = at(day, 7 * 60 + 40 + random.nextInt(8 * 60), working);
			History history = history(i, terms, received, random, working, today);
			histories.add(pastOnly(history));
		}
		histories.sort((a, b) -> a.events().get(0).at().compareTo(b.events().get(0).at()));
		List<Dossier> imported = new ArrayList<>();
		for (int from = 0; from < histories.size(); from += 50) {
			imported.addAll(management.importHistories(histories.subList(from, Math.min(histories.size(), from + 50)))
				.dossiers());
		}
		int rated = 0;
		byte[] result = imported.isEmpty() ? new byte[0]
				: pdf.render("pdf/demo-result", java.util.Map.of("agency",
						agencies.findById(imported.get(0).agencyId()).map(a -> a.name()).orElse("")));
		for (Dossier dossier : imported) {
			if (dossier.completedAt() != null && random.nextInt(100) < 85) {
				// most results are digitised when they are ready (Decree 45/2020, Decision 766 indicator)
				UUID file = files.uploadForAgency(new java.io.ByteArrayInputStream(result),
						"ket-qua-" + dossier.code() + ".pdf", dossier.agencyId()).id();
				// about one in seven issued electronically (seed 003: 9 e-results of 67), the others scanned
				dossiers.attachResultFile(dossier.id(), file,
						random.nextInt(7) == 0 ? Dossier.RESULT_ELECTRONIC : Dossier.RESULT_SCANNED);
			}
			long due = dossier.procedure().feeDueVnd();
			if (due > 0 && dossier.receivedAt() != null) {
				// fees paid at intake: online dossiers mostly through the payment portal, desk ones in cash or by bank
				boolean online = dossier.channel() == Channel.ONLINE ? random.nextInt(10) < 8 : random.nextInt(10) < 2;
				String method = online ? "ONLINE" : random.nextBoolean() ? "CASH" : "BANK";
				dossiers.insertPayment(dossier.id(), new Payment(UUID.randomUUID(), due, method,
						"CASH".equals(method) ? null : "GD" + (100000 + random.nextInt(899999)),
						"BL-" + dossier.code().substring(dossier.code().length() - 11) + "-1",
						dossier.receivedAt().plusMinutes(5), "motcua"));
			}
			if (dossier.status() == DossierStatus.RETURNED && random.nextInt(10) < 4) {
				int score = random.nextInt(10) < 8 ? 5 : random.nextInt(10) < 7 ? 4 : 3;
				publicDossiers.rate(dossier.code(), dossier.lookupKey(), score,
						score == 5 ? "Cán bộ hướng dẫn tận tình, trả kết quả sớm." : null);
				rated++;
			}
		}
		for (int i = 0; i < 3 && i < available.size(); i++) {
			ProcedureTerms terms = available.get(i);
			management.submitOnline(terms.ref().code(),
					new ApplicantData(name(random), "0420" + (91000000 + random.nextInt(8999999)), "09" + (10000000 + random.nextInt(89999999)),
							null, PLACES[random.nextInt(PLACES.length)] + ", Hà Tĩnh", null),
					List.of());
		}
		log.info("Demo data: {} dossiers imported, {} rated, 3 online submissions waiting", imported.size(), rated);
	}

	private History history(int n, ProcedureTerms terms, OffsetDateTime received, Random random,
			WorkingCalendar working, LocalDate today) {
		List<HistoryEvent> events = new ArrayList<>();
		events.add(new HistoryEvent("RECEIVE", received, null, null, null, null));
		int legal = terms.ref().processingAmount();
		boolean hours = terms.ref().processingTime().unit() == DurationUnit.WORKING_HOUR;
		LocalDate due = hours ? received.toLocalDate() : working.plusWorkingDays(
				received.toLocalTime().isBefore(LocalTime.of(15, 0)) ? received.toLocalDate()
						: working.nextWorkingDay(received.toLocalDate()),
				Math.max(1, legal));
		LocalDate cursor = received.toLocalDate();
		int fate = random.nextInt(100);
		boolean open = !due.isBefore(today.minusDays(2)) || fate < 2;
		// assignment the same day
		OffsetDateTime assigned = received.plusMinutes(30 + random.nextInt(90));
		events.add(new HistoryEvent("ASSIGN", assigned, null, null, "chuyenvien", null));
		if (fate >= 90 && fate < 96) {
			LocalDate asked = working.plusWorkingDays(cursor, 1);
			events.add(new HistoryEvent("REQUEST_SUPPLEMENT", at(asked, 9 * 60 + random.nextInt(240), working),
					"Bổ sung văn bản cử đi công tác nước ngoài có chữ ký, đóng dấu", null, null, null));
			LocalDate back = working.plusWorkingDays(asked, 2 + random.nextInt(6));
			if (!back.isBefore(today)) {
				return new History("DEMO-" + n, terms.ref().code(), channel(random), applicant(random), papers(terms, n),
						events);
			}
			events.add(new HistoryEvent("SUPPLEMENT_RECEIVED", at(back, 8 * 60 + random.nextInt(300), working), null,
					null, null, null));
			cursor = back;
			due = working.plusWorkingDays(back, Math.max(1, legal));
		}
		if (fate >= 96 && fate < 98 && !open) {
			events.add(new HistoryEvent("WITHDRAW", at(working.plusWorkingDays(cursor, 1), 10 * 60, working),
					"Công dân xin rút hồ sơ do thay đổi lịch công tác", null, null, null));
			return new History("DEMO-" + n, terms.ref().code(), channel(random), applicant(random), papers(terms, n), events);
		}
		if (open) {
			return new History("DEMO-" + n, terms.ref().code(), channel(random), applicant(random), papers(terms, n), events);
		}
		LocalDate submitDay = working.plusWorkingDays(cursor, Math.max(0, Math.min(legal - 2, 1 + random.nextInt(2))));
		OffsetDateTime submitted = later(at(submitDay, 8 * 60 + random.nextInt(420), working), events);
		events.add(new HistoryEvent("SUBMIT", submitted, null, "Đủ điều kiện, đề nghị phê duyệt", null, null));
		OffsetDateTime approved = later(submitted.plusMinutes(60 + random.nextInt(300)), events);
		events.add(new HistoryEvent("APPROVE", approved, null, null, null, null));
		LocalDate doneDay;
		if (fate < 8) {
			doneDay = working.plusWorkingDays(due, 1 + random.nextInt(3));
		}
		else if (fate >= 98) {
			events.add(new HistoryEvent("APOLOGISE", later(at(working.plusWorkingDays(due, -1), 9 * 60, working), events),
					"Chờ ý kiến thống nhất của Cục Lãnh sự", null, null,
					at(working.plusWorkingDays(due, 3), 17 * 60, working)));
			doneDay = working.plusWorkingDays(due, 2);
		}
		else {
			doneDay = working.plusWorkingDays(due, -random.nextInt(Math.max(1, Math.min(3, legal))));
		}
		OffsetDateTime done = later(at(doneDay, 8 * 60 + random.nextInt(480), working), events);
		if (fate >= 88 && fate < 90) {
			events.add(new HistoryEvent("REFUSE", done, "Không đủ điều kiện theo quy định", null, null, null));
			return new History("DEMO-" + n, terms.ref().code(), channel(random), applicant(random), papers(terms, n), events);
		}
		events.add(new HistoryEvent("COMPLETE", done, null, null, null, null));
		OffsetDateTime returned = later(done.plusHours(1 + random.nextInt(40)), events);
		if (returned.toLocalDate().isBefore(today)) {
			events.add(new HistoryEvent("RETURN_RESULT", returned, null, null, null, null));
		}
		return new History("DEMO-" + n, terms.ref().code(), channel(random), applicant(random), papers(terms, n), events);
	}

	/** The steps that have already happened: a history planned into the future stops at now, still open. */
	private History pastOnly(History history) {
		OffsetDateTime now = OffsetDateTime.now(clock).minusMinutes(1);
		List<HistoryEvent> past = new ArrayList<>();
		for (HistoryEvent event : history.events()) {
			if (!event.at().isBefore(now)) {
				break;
			}
			past.add(event);
		}
		return new History(history.externalId(), history.procedureCode(), history.channel(), history.applicant(),
				history.components(), past);
	}

	private static OffsetDateTime later(OffsetDateTime candidate, List<HistoryEvent> events) {
		OffsetDateTime last = events.get(events.size() - 1).at();
		return candidate.isAfter(last) ? candidate : last.plusMinutes(20);
	}

	private static OffsetDateTime at(LocalDate day, int minutes, WorkingCalendar working) {
		LocalDate date = day;
		while (!working.isWorkingDay(date)) {
			date = date.plusDays(1);
		}
		int clamped = Math.min(minutes, 16 * 60 + 50);
		return date.atTime(clamped / 60, clamped % 60).atZone(VietnamTime.ZONE).toOffsetDateTime();
	}

	private static int weighted(Random random, int n) {
		int r = random.nextInt(100);
		return r < 45 ? 0 : r < 75 ? Math.min(1, n - 1) : random.nextInt(n);
	}

	private static String channel(Random random) {
		int r = random.nextInt(100);
		return r < 55 ? "ONLINE" : r < 90 ? "DIRECT" : "POSTAL";
	}

	private static String name(Random random) {
		return FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
				+ GIVEN[random.nextInt(GIVEN.length)];
	}

	private static ApplicantData applicant(Random random) {
		String name = name(random);
		boolean forOrganisation = random.nextInt(3) == 0;
		return new ApplicantData(name, "0420" + (90000000 + random.nextInt(9999999)),
				"09" + (10000000 + random.nextInt(89999999)), null,
				PLACES[random.nextInt(PLACES.length)] + ", Hà Tĩnh",
				forOrganisation ? "Sở Công Thương tỉnh Hà Tĩnh" : null, null,
				forOrganisation ? "Quyết định số 1527/QĐ-UBND ngày 15/10/2008 của UBND tỉnh Hà Tĩnh" : null,
				forOrganisation ? "Giám đốc Sở Công Thương" : null);
	}

	/** The required papers, digitised at intake; two dossiers in five reuse a paper already digitised. */
	private static List<ComponentData> papers(ProcedureTerms terms, int n) {
		boolean reuse = n % 5 < 2;
		List<ComponentData> papers = new ArrayList<>();
		for (var p : terms.papers()) {
			if (p.required()) {
				papers.add(new ComponentData(p.code(), true, Math.max(1, p.copies()), List.of(), true,
						reuse && papers.isEmpty()));
			}
		}
		return papers;
	}
}
