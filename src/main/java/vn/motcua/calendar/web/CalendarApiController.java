package vn.motcua.calendar.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.CalendarYear;
import vn.motcua.calendar.LunarDate;
import vn.motcua.shared.InvalidInputException;

/** The working-day calendar over HTTP: year tables, deadlines and lunar dates. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApiController {

	private final CalendarManagement calendar;

	CalendarApiController(CalendarManagement calendar) {
		this.calendar = calendar;
	}

	/** A year's table as API.md gives it, with the Vietnamese name of every holiday. */
	record YearTable(int year, List<LocalDate> holidays, List<LocalDate> workingWeekendDays, String source,
			Map<LocalDate, String> holidayNames) {
		static YearTable of(CalendarYear year) {
			return new YearTable(year.year(), List.copyOf(year.holidays()), List.copyOf(year.workingWeekendDays()),
					year.source().name(), year.holidayNames());
		}
	}

	/** The body of a replacement: the official notice's days off and working weekend days. */
	record YearEdit(@Nullable Integer year, @NotNull @Size(max = 100, message = "Tối đa {max} mục") List<LocalDate> holidays,
			@Nullable @Size(max = 100, message = "Tối đa {max} mục") List<LocalDate> workingWeekendDays,
			@Nullable @Size(max = 100, message = "Tối đa {max} mục") Map<LocalDate, String> holidayNames,
			@Nullable String note) {
	}

	/** The deadline of a processing time starting at {@code from}, and why. */
	record Deadline(OffsetDateTime due, String explanation) {
	}

	/** The year's table: edited from the official notice, or generated from the Labour Code rules. */
	@GetMapping("/{year}")
	YearTable year(@PathVariable int year) {
		return YearTable.of(calendar.year(year));
	}

	/** Replaces the year's table (system administrators); deadlines already given do not move. */
	@PutMapping("/{year}")
	YearTable replace(@PathVariable int year, @Valid @RequestBody YearEdit edit) {
		if (edit.year() != null && edit.year() != year) {
			throw new InvalidInputException("year", "Năm trong nội dung (" + edit.year()
					+ ") khác năm trên địa chỉ (" + year + ")");
		}
		if (edit.holidays() == null) {
			throw new InvalidInputException("holidays", "Không được để trống");
		}
		return YearTable.of(calendar.replaceYear(year, edit.holidays(),
				edit.workingWeekendDays() == null ? List.of() : edit.workingWeekendDays(),
				edit.holidayNames() == null ? Map.of() : edit.holidayNames(), edit.note()));
	}

	/**
	 * When {@code amount} working days or hours from {@code from} end, under the 15:00 cut-off rule and office
	 * hours.
	 */
	@GetMapping("/deadline")
	Deadline deadline(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam int amount, @RequestParam(defaultValue = "WORKING_DAY") String unit) {
		return new Deadline(calendar.deadline(from, amount, unit), calendar.explain(from, amount, unit).summary());
	}

	/** The Vietnamese lunar date of a day (UTC+7). */
	@GetMapping("/lunar/{date}")
	LunarDate lunar(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return calendar.lunar(date);
	}
}
