package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditLog;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.Roles;
import vn.motcua.shared.NoRoleRequired;

/**
 * The working calendar in force: years edited by an administrator (table {@code calendar_year}) and, for every other
 * year from {@value CalendarYear#MIN_YEAR} to {@value CalendarYear#MAX_YEAR}, the Labour Code rules. Holds one
 * immutable {@link WorkingCalendar} in memory, rebuilt after an edit, so deadline computations never touch the
 * database.
 */
@Service
public class CalendarManagement {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final CurrentActor actor;

	private final OfficeHours officeHours;

	private final List<OpenDeadlines> openDeadlines;

	private final AtomicReference<@Nullable WorkingCalendar> current = new AtomicReference<>();

	CalendarManagement(JdbcClient jdbc, AuditLog audit, CurrentActor actor,
			CalendarSettings settings, List<OpenDeadlines> openDeadlines) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.actor = actor;
		this.officeHours = translate(settings::officeHours);
		this.openDeadlines = openDeadlines;
	}

	/** The calendar in force: pure, immutable, safe to keep and share between threads. */
	@NoRoleRequired("working-day arithmetic and the published civil-servant calendar: read by every module and the public calendar page")
	public WorkingCalendar calendar() {
		WorkingCalendar calendar = current.get();
		if (calendar == null) {
			calendar = build(Map.of());
			current.set(calendar);
		}
		return calendar;
	}

	/** The table of a year: the edited one if any, otherwise generated. */
	@NoRoleRequired("working-day arithmetic and the published civil-servant calendar: read by every module and the public calendar page")
	public CalendarYear year(int year) {
		checkRange(year);
		return calendar().year(year);
	}

	/** The Vietnamese lunar date of a day (computed for UTC+7). */
	@NoRoleRequired("working-day arithmetic and the published civil-servant calendar: read by every module and the public calendar page")
	public LunarDate lunar(LocalDate date) {
		checkRange(date.getYear());
		return translate(() -> VietnameseLunarCalendar.standard().toLunar(date));
	}

	/** When a processing time that starts at {@code from} ends. */
	@NoRoleRequired("working-day arithmetic and the published civil-servant calendar: read by every module and the public calendar page")
	public OffsetDateTime deadline(OffsetDateTime from, int amount, String unit) {
		return translate(() -> calendar().deadline(from, WorkingDuration.of(amount, unit)));
	}

	/** When a processing time that starts at {@code from} ends ({@code WorkingDuration.workingDays(3)}). */
	@NoRoleRequired("working-day arithmetic and the published civil-servant calendar: read by every module and the public calendar page")
	public OffsetDateTime deadline(OffsetDateTime from, WorkingDuration duration) {
		return translate(() -> calendar().deadline(from, duration));
	}

	/** The same, day by day, for people. */
	@NoRoleRequired("working-day arithmetic and the published civil-servant calendar: read by every module and the public calendar page")
	public DeadlineExplanation explain(OffsetDateTime from, int amount, String unit) {
		return translate(() -> calendar().explain(from, WorkingDuration.of(amount, unit)));
	}

	/** What replacing a year's table would change, without saving it. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public YearChange preview(int year, List<LocalDate> holidays, List<LocalDate> workingWeekendDays,
			Map<LocalDate, String> names) {
		CalendarYear edited = validated(year, holidays, workingWeekendDays, names);
		CalendarYear before = year(year);
		Set<LocalDate> changed = changedDays(before, edited);
		WorkingCalendar after = build(Map.of(year, edited));
		List<OpenDeadlines.AffectedDeadline> affected = new ArrayList<>();
		if (!changed.isEmpty()) {
			for (OpenDeadlines source : openDeadlines) {
				affected.addAll(source.affectedBy(changed, request -> after.deadline(request.from(), request.duration())));
			}
		}
		affected.sort(Comparator.comparing(OpenDeadlines.AffectedDeadline::currentDeadline));
		return new YearChange(before, edited, changed, affected);
	}

	/**
	 * Replaces a year's table (the official yearly notice). Deadlines already given do not move; the change is
	 * audited (no event: no module has to react; the open deadlines it
	 * affects are shown before saving, by {@link #preview}).
	 */
	@PreAuthorize(Roles.SYSTEM_ADMIN_ONLY)
	@Transactional
	public CalendarYear replaceYear(int year, List<LocalDate> holidays, List<LocalDate> workingWeekendDays,
			Map<LocalDate, String> names, @Nullable String note) {
		CalendarYear edited = validated(year, holidays, workingWeekendDays, names);
		CalendarYear before = year(year);
		jdbc.sql("delete from calendar_year where year = ?").param(year).update();
		jdbc.sql("insert into calendar_year (year, note, updated_by) values (?, ?, ?)")
			.params(year, note, actor.username())
			.update();
		for (LocalDate day : edited.holidays()) {
			jdbc.sql("insert into calendar_day (day, year, kind, name) values (?, ?, 'HOLIDAY', ?)")
				.params(day, year, edited.holidayNames().get(day))
				.update();
		}
		for (LocalDate day : edited.workingWeekendDays()) {
			jdbc.sql("insert into calendar_day (day, year, kind) values (?, ?, 'WORKING_WEEKEND')").params(day, year).update();
		}
		audit.record("UPDATE", "CalendarYear", Integer.toString(year), null, view(before), view(edited));
		current.set(null);
		return edited;
	}

	/** A year's change: the table before and after, the days that change, and the open deadlines they affect. */
	public record YearChange(CalendarYear before, CalendarYear after, Set<LocalDate> changedDays,
			List<OpenDeadlines.AffectedDeadline> affected) {
	}

	private WorkingCalendar build(Map<Integer, CalendarYear> overrides) {
		Map<Integer, CalendarYear> stored = new HashMap<>(storedYears());
		stored.putAll(overrides);
		List<CalendarYear> years = new ArrayList<>();
		for (int y = CalendarYear.MIN_YEAR; y <= CalendarYear.MAX_YEAR; y++) {
			years.add(stored.containsKey(y) ? stored.get(y) : LabourCodeHolidays.generate(y));
		}
		return WorkingCalendar.of(years, officeHours);
	}

	private Map<Integer, CalendarYear> storedYears() {
		Map<Integer, List<LocalDate>> holidays = new HashMap<>();
		Map<Integer, List<LocalDate>> weekends = new HashMap<>();
		Map<Integer, SortedMap<LocalDate, String>> names = new HashMap<>();
		jdbc.sql("select year from calendar_year").query(Integer.class).list().forEach(y -> {
			holidays.put(y, new ArrayList<>());
			weekends.put(y, new ArrayList<>());
			names.put(y, new TreeMap<>());
		});
		jdbc.sql("select day, year, kind, name from calendar_day order by day").query(rs -> {
			int y = rs.getInt("year");
			LocalDate day = rs.getObject("day", LocalDate.class);
			if ("HOLIDAY".equals(rs.getString("kind"))) {
				holidays.get(y).add(day);
				if (rs.getString("name") != null) {
					names.get(y).put(day, rs.getString("name"));
				}
			}
			else {
				weekends.get(y).add(day);
			}
		});
		Map<Integer, CalendarYear> years = new HashMap<>();
		holidays.keySet()
			.forEach(y -> years.put(y, CalendarYear.edited(y, holidays.get(y), weekends.get(y), names.get(y))));
		return years;
	}

	private static CalendarYear validated(int year, List<LocalDate> holidays, List<LocalDate> workingWeekendDays,
			Map<LocalDate, String> names) {
		checkRange(year);
		List<LocalDate> h = holidays == null ? List.of() : holidays;
		List<LocalDate> w = workingWeekendDays == null ? List.of() : workingWeekendDays;
		List<FieldProblem> missing = new ArrayList<>();
		for (int i = 0; i < h.size(); i++) {
			if (h.get(i) == null) {
				missing.add(new FieldProblem("holidays[" + i + "]", "Ngày trống"));
			}
		}
		for (int i = 0; i < w.size(); i++) {
			if (w.get(i) == null) {
				missing.add(new FieldProblem("workingWeekendDays[" + i + "]", "Ngày trống"));
			}
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing);
		}
		return translate(() -> CalendarYear.edited(year, h, w,
				names == null ? new TreeMap<>() : new TreeMap<>(names)));
	}

	private static Set<LocalDate> changedDays(CalendarYear before, CalendarYear after) {
		Set<LocalDate> changed = new TreeSet<>();
		for (LocalDate day = LocalDate.of(before.year(), 1, 1); day.getYear() == before.year(); day = day.plusDays(1)) {
			if (before.isWorkingDay(day) != after.isWorkingDay(day)) {
				changed.add(day);
			}
		}
		return changed;
	}

	private static void checkRange(int year) {
		if (year < CalendarYear.MIN_YEAR || year > CalendarYear.MAX_YEAR) {
			throw new InvalidInputException("year", "Năm phải từ " + CalendarYear.MIN_YEAR + " đến "
					+ CalendarYear.MAX_YEAR + ", nhận được " + year);
		}
	}

	/** The calendar's own validation errors become the system's 422 problems. */
	static <T> T translate(java.util.function.Supplier<T> work) {
		try {
			return work.get();
		}
		catch (CalendarValidationException ex) {
			throw new InvalidInputException(
					ex.errors().stream().map(e -> new FieldProblem(e.field(), e.message())).toList());
		}
	}

	/** The shape of API.md, for the audit log. */
	static Map<String, Object> view(CalendarYear year) {
		Map<String, Object> view = new java.util.LinkedHashMap<>();
		view.put("year", year.year());
		view.put("holidays", year.holidays().stream().map(LocalDate::toString).toList());
		view.put("workingWeekendDays", year.workingWeekendDays().stream().map(LocalDate::toString).toList());
		view.put("source", year.source().name());
		return view;
	}
}
