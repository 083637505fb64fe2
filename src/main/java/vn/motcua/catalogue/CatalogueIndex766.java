package vn.motcua.catalogue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.IndexSource;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.VietnamTime;

/**
 * The Decision 766 indicators measured from the catalogue (DOMAIN.md §4.2, docs/reports.md):
 * <ul>
 * <li><b>1.1</b> procedures published on time: every procedure announced (new or amended) by a publication decision
 * signed in the period, on time when the decision was signed at least 5 working days (20 for a ministry-level
 * procedure) before the announced version takes effect (its {@code validFrom}, our reading of "ngày có hiệu lực của
 * văn bản quy định TTHC"); each procedure once, late if any of its announcements was late;</li>
 * <li><b>1.2</b> procedures made public on time: every procedure announced (new, amended or repealed) by a decision
 * signed in the period, on time when its disclosure on the national database (recorded with the decision,
 * {@code disclosed_on}) is at most 5 working days (10 for a ministry) after the signing;</li>
 * <li><b>1.3</b> procedures published with every part Decree 63/2010 Art. 8.2 requires: name, steps, way of
 * submission, papers, processing time, applicants, result, legal basis;</li>
 * <li><b>3.1</b> procedures in force on the period's last day offered online (full or partial) ÷ all in force
 * (threshold 80 %).</li>
 * </ul>
 */
@Component
class CatalogueIndex766 implements IndexSource {

	private static final Set<String> IDS = Set.of("1.1", "1.2", "1.3", "3.1");

	private final JdbcClient jdbc;

	private final Procedures procedures;

	private final CalendarManagement calendar;

	CatalogueIndex766(JdbcClient jdbc, Procedures procedures, CalendarManagement calendar) {
		this.jdbc = jdbc;
		this.procedures = procedures;
		this.calendar = calendar;
	}

	@Override
	public Set<String> ids() {
		return IDS;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> items(String id, Collection<UUID> agencies, LocalDate from, LocalDate to) {
		return switch (id) {
			case "1.1" -> publishedOnTime(announcements(agencies, from, to), calendar.calendar());
			case "1.2" -> disclosedOnTime(announcements(agencies, from, to), calendar.calendar());
			case "1.3" -> complete(announcements(agencies, from, to), new HashMap<>());
			case "3.1" -> online(procedures.inForceFor(agencies, to, null), to);
			default -> throw new InvalidInputException("id", "Chỉ số " + id + " không tính từ danh mục TTHC");
		};
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Measure> measure(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		return measureEach(Map.of("", agencies), from, to).get("");
	}

	/**
	 * The announcements and the procedures in force read once for every scope's agencies, then counted per scope
	 * with the rules of {@link #items}.
	 */
	@Override
	@Transactional(readOnly = true)
	public <K> Map<K, Map<String, Measure>> measureEach(Map<K, ? extends Collection<UUID>> scopes, LocalDate from,
			LocalDate to) {
		Set<UUID> all = IndexSource.union(scopes);
		List<Announcement> announced = announcements(all, from, to);
		List<ProcedureVersion> inForce = procedures.inForceFor(all, to, null);
		WorkingCalendar cal = calendar.calendar();
		Map<UUID, Optional<ProcedureVersion>> versions = new HashMap<>();
		return IndexSource.eachScope(scopes, scope -> {
			List<Announcement> mine = announced.stream().filter(a -> scope.contains(a.agencyId())).toList();
			return Map.of("1.1", Measure.of(publishedOnTime(mine, cal)), "1.2", Measure.of(disclosedOnTime(mine, cal)),
					"1.3", Measure.of(complete(mine, versions)), "3.1",
					Measure.of(online(inForce.stream().filter(v -> scope.contains(v.agencyId())).toList(), to)));
		});
	}

	/** One procedure announced by a decision of agency {@code agencyId}. */
	record Announcement(String number, LocalDate signedOn, String change, @Nullable LocalDate disclosedOn,
			String code, String name, @Nullable UUID versionId, @Nullable LocalDate validFrom, @Nullable String level,
			UUID agencyId) {
	}

	List<Announcement> announcements(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select d.number, d.signed_on, i.change, i.disclosed_on, p.code, coalesce(v.name, l.name) as name,
				       i.version_id, v.valid_from, coalesce(v.level, l.level) as level, d.agency_id
				from publication_decision d join publication_decision_item i on i.decision_id = d.id
				join procedure p on p.id = i.procedure_id
				left join procedure_version v on v.id = i.version_id
				join lateral (select name, level from procedure_version x where x.procedure_id = p.id
				              order by x.version desc limit 1) l on true
				where d.agency_id = any(:agencies) and d.signed_on between :from and :to
				order by d.signed_on, d.number, i.position""")
			.param("agencies", agencies.toArray(UUID[]::new))
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Announcement(rs.getString("number"), rs.getObject("signed_on", LocalDate.class),
					rs.getString("change"), rs.getObject("disclosed_on", LocalDate.class), rs.getString("code"),
					rs.getString("name"), rs.getObject("version_id", UUID.class),
					rs.getObject("valid_from", LocalDate.class), rs.getString("level"),
					rs.getObject("agency_id", UUID.class)))
			.list();
	}

	private static List<Item> publishedOnTime(List<Announcement> announcements, WorkingCalendar cal) {
		Map<String, Item> byProcedure = new LinkedHashMap<>();
		for (Announcement a : announcements) {
			if ("REPEALED".equals(a.change()) || a.validFrom() == null) {
				continue;
			}
			int days = "MINISTRY".equals(a.level()) ? 20 : 5;
			LocalDate latest = cal.plusWorkingDays(a.validFrom(), -days);
			boolean onTime = !a.signedOn().isAfter(latest);
			String reason = onTime
					? "Quyết định " + a.number() + " ký ngày " + VietnamTime.date(a.signedOn()) + ", trước ngày hiệu lực "
							+ VietnamTime.date(a.validFrom()) + " ít nhất " + days + " ngày làm việc"
					: "Quyết định " + a.number() + " ký ngày " + VietnamTime.date(a.signedOn()) + ", sau hạn "
							+ VietnamTime.date(latest) + " (" + days + " ngày làm việc trước ngày hiệu lực "
							+ VietnamTime.date(a.validFrom()) + ")";
			Item item = item(a, onTime, reason);
			byProcedure.merge(a.code(), item, (x, y) -> x.counted() ? y : x);
		}
		return List.copyOf(byProcedure.values());
	}

	static List<Item> disclosedOnTime(List<Announcement> announcements, WorkingCalendar cal) {
		List<Item> items = new ArrayList<>();
		for (Announcement a : announcements) {
			int days = "MINISTRY".equals(a.level()) ? 10 : 5;
			LocalDate due = cal.plusWorkingDays(a.signedOn(), days);
			boolean onTime = a.disclosedOn() != null && !a.disclosedOn().isAfter(due);
			String reason = a.disclosedOn() == null
					? "Chưa ghi nhận ngày công khai trên CSDL quốc gia về TTHC (hạn " + VietnamTime.date(due) + ")"
					: (onTime ? "Công khai ngày " : "Công khai muộn, ngày ") + VietnamTime.date(a.disclosedOn())
							+ ", hạn " + VietnamTime.date(due) + " (" + days + " ngày làm việc sau quyết định "
							+ a.number() + ")";
			items.add(item(a, onTime, reason));
		}
		return items;
	}

	/** The parts of a procedure Decree 63/2010 Art. 8.2 requires, each with the test that it is there. */
	static final Map<String, Predicate<ProcedureVersion>> PARTS = new LinkedHashMap<>();

	static {
		PARTS.put("tên thủ tục", v -> !blank(v.name()));
		PARTS.put("trình tự thực hiện", v -> !v.steps().isEmpty());
		PARTS.put("cách thức thực hiện", v -> !blank(v.whereToSubmit()));
		PARTS.put("thành phần hồ sơ", v -> !v.components().isEmpty());
		PARTS.put("thời hạn giải quyết", v -> v.processingAmount() > 0);
		PARTS.put("đối tượng thực hiện", v -> !v.applicantTypes().isEmpty());
		PARTS.put("kết quả thực hiện", v -> !blank(v.resultName()));
		PARTS.put("căn cứ pháp lý", v -> !blank(v.legalBasis()));
	}

	/** The parts missing from a version, in the order of Decree 63/2010 Art. 8.2. */
	static List<String> missingParts(ProcedureVersion version) {
		return PARTS.entrySet().stream().filter(e -> !e.getValue().test(version)).map(Map.Entry::getKey).toList();
	}

	/** 1.3 over the announcements; {@code versions} keeps the versions already read (one read per version). */
	private List<Item> complete(List<Announcement> announcements, Map<UUID, Optional<ProcedureVersion>> versions) {
		Map<String, Item> byProcedure = new LinkedHashMap<>();
		for (Announcement a : announcements) {
			if ("REPEALED".equals(a.change()) || a.versionId() == null) {
				continue;
			}
			ProcedureVersion version = versions.computeIfAbsent(a.versionId(), procedures::version).orElse(null);
			if (version == null) {
				continue;
			}
			List<String> missing = missingParts(version);
			byProcedure.put(a.code(), item(a, missing.isEmpty(), missing.isEmpty()
					? "Công khai đủ bộ phận tạo thành (Nghị định 63/2010 Điều 8 khoản 2)"
					: "Thiếu: " + String.join(", ", missing)));
		}
		return List.copyOf(byProcedure.values());
	}

	private static List<Item> online(List<ProcedureVersion> inForce, LocalDate to) {
		return inForce.stream().filter(v -> v.inForceOn(to)).map(v -> {
			boolean online = v.onlineMode() != OnlineMode.NONE;
			String reason = switch (v.onlineMode()) {
				case FULL -> "Dịch vụ công trực tuyến toàn trình";
				case PARTIAL -> "Dịch vụ công trực tuyến một phần";
				case NONE -> "Chưa cung cấp dịch vụ công trực tuyến";
			};
			return new Item("PROCEDURE", v.code(), v.name(), null, null, null, online, reason,
					"/quan-tri/thu-tuc/" + v.code());
		}).toList();
	}

	private static Item item(Announcement a, boolean counted, String reason) {
		OffsetDateTime signed = a.signedOn().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
		return new Item("PROCEDURE", a.code(), a.name(), null, signed, signed, counted, reason, "/quan-tri/thu-tuc/" + a.code());
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
