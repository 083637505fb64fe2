package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.shared.SystemTask;

/**
 * Demo data: the official 2025 and 2026 civil-servant calendars, entered as an administrator would from the yearly
 * notices, so the month grid shows swapped days and the deadlines of the demo dossiers follow the real tables.
 */
@Component
class CalendarStartup implements ApplicationModuleInitializer {

	private final CalendarManagement calendar;

	private final JdbcClient jdbc;

	private final boolean demoData;

	private final AgencyDirectory agencies;

	CalendarStartup(CalendarManagement calendar, JdbcClient jdbc, AgencyDirectory agencies,
			@Value("${motcua.demo-data:false}") boolean demoData) {
		this.agencies = agencies;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.demoData = demoData;
	}

	@Override
	public void initialize() {
		boolean empty = jdbc.sql("select count(*) from calendar_year").query(Long.class).single() == 0;
		boolean demoAgency = agencies.findByCode("SNV-HT").isPresent();
		if (!demoData || !empty || !demoAgency) {
			return;
		}
		SystemTask.run(() -> {
			calendar.replaceYear(2025,
					List.of(d(2025, 1, 1), d(2025, 1, 27), d(2025, 1, 28), d(2025, 1, 29), d(2025, 1, 30),
							d(2025, 1, 31), d(2025, 4, 7), d(2025, 4, 30), d(2025, 5, 1), d(2025, 5, 2),
							d(2025, 9, 1), d(2025, 9, 2)),
					List.of(d(2025, 4, 26)),
					Map.of(d(2025, 5, 2), "Nghỉ hoán đổi (làm bù thứ bảy 26/4)"),
					"Thông báo lịch nghỉ Tết, 30/4–1/5, Quốc khánh năm 2025 cho cán bộ, công chức, viên chức");
			calendar.replaceYear(2026,
					List.of(d(2026, 1, 1), d(2026, 1, 2), d(2026, 2, 16), d(2026, 2, 17), d(2026, 2, 18),
							d(2026, 2, 19), d(2026, 2, 20), d(2026, 4, 26), d(2026, 4, 27), d(2026, 4, 30), d(2026, 5, 1),
							d(2026, 9, 1), d(2026, 9, 2)),
					List.of(d(2026, 1, 10)),
					Map.of(d(2026, 1, 2), "Nghỉ hoán đổi (làm bù thứ bảy 10/1)", d(2026, 4, 27),
							"Nghỉ bù Giỗ Tổ Hùng Vương"),
					"Công văn 12729/VPCP-KGVX ngày 25/12/2025; lịch nghỉ Tết Bính Ngọ 14/2–22/2/2026");
		});
	}

	private static LocalDate d(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}
}
