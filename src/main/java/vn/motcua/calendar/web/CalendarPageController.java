package vn.motcua.calendar.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.CalendarManagement.YearChange;
import vn.motcua.calendar.CalendarYear;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.VietnameseLunarCalendar;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.InvalidInputException;
import static vn.motcua.shared.VietnamTime.ZONE;
import vn.motcua.shared.VietnamTime;

/**
 * The calendar pages: a year as twelve month grids with solar and lunar dates, holidays and swapped days; the
 * administrator's edit with a preview of the open deadlines it would change; a deadline calculator for staff.
 */
@Controller
class CalendarPageController {


	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter INPUT_DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final CalendarManagement calendar;

	private final Clock clock;

	CalendarPageController(CalendarManagement calendar, Clock clock) {
		this.clock = clock;
		this.calendar = calendar;
	}

	/** One cell of a month grid. */
	record Cell(@Nullable LocalDate date, String lunar, String kind, @Nullable String name, boolean today) {
	}

	/** One month: its weeks from Monday to Sunday. */
	record Month(int number, List<List<Cell>> weeks) {
	}

	@GetMapping("/lich-lam-viec")
	String current() {
		return "redirect:/lich-lam-viec/" + VietnamTime.today(clock).getYear();
	}

	@GetMapping("/lich-lam-viec/{year}")
	String year(@PathVariable int year, Model model) {
		CalendarYear table = calendar.year(year);
		model.addAttribute("table", table);
		model.addAttribute("months", months(year, calendar.calendar()));
		model.addAttribute("holidays", named(table));
		return "calendar/year";
	}

	@GetMapping("/lich-lam-viec/{year}/sua")
	String initEdit(@PathVariable int year, Model model) {
		CalendarYear table = calendar.year(year);
		model.addAttribute("table", table);
		model.addAttribute("holidaysText", text(table.holidays().stream().toList(), table.holidayNames()));
		model.addAttribute("weekendsText", text(table.workingWeekendDays().stream().toList(), Map.of()));
		return "calendar/edit";
	}

	@PostMapping("/lich-lam-viec/{year}/sua")
	String processEdit(@PathVariable int year, @RequestParam String holidaysText, @RequestParam String weekendsText,
			@RequestParam(required = false) @Nullable String note, @RequestParam String intent, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("table", calendar.year(year));
		model.addAttribute("holidaysText", holidaysText);
		model.addAttribute("weekendsText", weekendsText);
		model.addAttribute("note", note);
		try {
			Map<LocalDate, String> holidays = parse("holidaysText", holidaysText);
			Map<LocalDate, String> weekends = parse("weekendsText", weekendsText);
			if ("save".equals(intent)) {
				calendar.replaceYear(year, List.copyOf(holidays.keySet()), List.copyOf(weekends.keySet()),
						withoutBlank(holidays), note);
				redirect.addFlashAttribute("message", "Đã lưu lịch làm việc năm " + year
						+ ". Các ngày hẹn đã cấp không thay đổi.");
				return "redirect:/lich-lam-viec/" + year;
			}
			YearChange change = calendar.preview(year, List.copyOf(holidays.keySet()), List.copyOf(weekends.keySet()),
					withoutBlank(holidays));
			model.addAttribute("change", change);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.errors());
		}
		return "calendar/edit";
	}

	@GetMapping("/lich-lam-viec/tinh-han")
	String deadline(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable Integer amount,
			@RequestParam(required = false, defaultValue = "WORKING_DAY") String unit, Model model) {
		model.addAttribute("from", from == null ? VietnamTime.now(clock).toLocalDateTime().withSecond(0).withNano(0).toString() : from);
		model.addAttribute("amount", amount == null ? 5 : amount);
		model.addAttribute("unit", unit);
		if (from != null && amount != null) {
			try {
				OffsetDateTime start = LocalDateTime.parse(from).atZone(ZONE).toOffsetDateTime();
				model.addAttribute("result", calendar.explain(start, amount, unit));
			}
			catch (DateTimeParseException ex) {
				model.addAttribute("error", "Thời điểm tiếp nhận không hợp lệ");
			}
			catch (InvalidInputException ex) {
				model.addAttribute("error", ex.errors().get(0).message());
			}
		}
		return "calendar/deadline";
	}

	List<Month> months(int year, WorkingCalendar working) {
		VietnameseLunarCalendar lunarCalendar = VietnameseLunarCalendar.standard();
		LocalDate today = VietnamTime.today(clock);
		List<Month> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			LocalDate first = LocalDate.of(year, m, 1);
			List<List<Cell>> weeks = new ArrayList<>();
			List<Cell> week = new ArrayList<>();
			for (int blank = 1; blank < first.getDayOfWeek().getValue(); blank++) {
				week.add(new Cell(null, "", "blank", null, false));
			}
			for (LocalDate day = first; day.getMonthValue() == m; day = day.plusDays(1)) {
				LunarDate lunar = lunarCalendar.toLunar(day);
				String lunarText = lunar.day() == 1 ? lunar.day() + "/" + lunar.month() + (lunar.leapMonth() ? "n" : "")
						: Integer.toString(lunar.day());
				boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
				boolean open = working.isWorkingDay(day);
				String name = working.holidayName(day).orElse(null);
				String kind = open ? (weekend ? "swapped" : "work") : (name != null || !weekend ? "holiday" : "weekend");
				week.add(new Cell(day, lunarText, kind, name, day.equals(today)));
				if (week.size() == 7) {
					weeks.add(week);
					week = new ArrayList<>();
				}
			}
			if (!week.isEmpty()) {
				while (week.size() < 7) {
					week.add(new Cell(null, "", "blank", null, false));
				}
				weeks.add(week);
			}
			months.add(new Month(m, weeks));
		}
		return months;
	}

	private static Map<String, String> named(CalendarYear table) {
		Map<String, String> named = new LinkedHashMap<>();
		table.holidays().forEach(d -> named.put(DAY.format(d), table.holidayName(d).orElse("Ngày nghỉ")));
		return named;
	}

	private static String text(List<LocalDate> days, Map<LocalDate, String> names) {
		StringBuilder text = new StringBuilder();
		for (LocalDate day : days) {
			text.append(DAY.format(day));
			String name = names.get(day);
			if (name != null) {
				text.append(' ').append(name);
			}
			text.append('\n');
		}
		return text.toString();
	}

	/** One day per line: "dd/MM/yyyy [tên]" or "yyyy-MM-dd [tên]". */
	static Map<LocalDate, String> parse(String field, String text) {
		Map<LocalDate, String> days = new TreeMap<>();
		List<InvalidInputException.FieldProblem> errors = new ArrayList<>();
		String[] lines = text == null ? new String[0] : text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\s+", 2);
			try {
				LocalDate day = parts[0].contains("/") ? LocalDate.parse(parts[0], INPUT_DAY)
						: LocalDate.parse(parts[0]);
				if (days.containsKey(day)) {
					errors.add(new InvalidInputException.FieldProblem(field,
							"Dòng " + (i + 1) + ": ngày " + DAY.format(day) + " bị lặp"));
				}
				days.put(day, parts.length > 1 ? parts[1].strip() : "");
			}
			catch (DateTimeParseException ex) {
				errors.add(new InvalidInputException.FieldProblem(field,
						"Dòng " + (i + 1) + ": '" + parts[0] + "' không phải ngày hợp lệ (dd/MM/yyyy)"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return days;
	}

	private static Map<LocalDate, String> withoutBlank(Map<LocalDate, String> days) {
		Map<LocalDate, String> names = new TreeMap<>();
		days.forEach((day, name) -> {
			if (!name.isBlank()) {
				names.put(day, name);
			}
		});
		return names;
	}
}
