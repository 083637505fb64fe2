package vn.motcua.calendar;

import static java.time.LocalDate.of;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixtures: the civil-servant calendars of 2024–2026 as the government fixed them, entered as
 * {@link CalendarYear.Source#EDITED} years, and a {@link WorkingCalendar} of 2023–2030 built from them and
 * generated years around them.
 *
 * <p>Sources (notices of MOLISA / Bộ Nội vụ approved by the Prime Minister, as reported by the press):
 * <ul>
 * <li>2024: Tết Thu 8/2–Wed 14/2 (29 Chạp–mùng 5); 30/4: Sat 27/4–Wed 1/5 with Mon 29/4 swapped for a working
 *     Sat 4/5; Quốc khánh Sat 31/8–Tue 3/9 (m.btv.org.vn; vietnamplus).</li>
 * <li>2025: Tết Sat 25/1–Sun 2/2, weekdays 27/1–31/1; Giỗ Tổ Mon 7/4; 30/4: Wed 30/4–Sun 4/5 with Fri 2/5 swapped for
 *     a working Sat 26/4 (vietnamplus post1033115); Quốc khánh Sat 30/8–Tue 2/9.</li>
 * <li>2026: Tết Dương lịch Thu 1/1–Sun 4/1 with Fri 2/1 swapped for a working Sat 10/1 (VPCP 12729/VPCP-KGVX of
 *     25/12/2025); Tết Sat 14/2–Sun 22/2, weekdays Mon 16/2–Fri 20/2 (congan.com.vn 388656; DOMAIN §6.1);
 *     Giỗ Tổ Sun 26/4 compensated Mon 27/4 (Labour Code Art. 111(3)); 30/4 Thu, 1/5 Fri. Quốc khánh: 2/9 is a
 *     Wednesday; the adjacent day is <b>UNVERIFIED</b> (no notice found) and taken as Tue 1/9.</li>
 * </ul>
 */
final class OfficialYears {

    private OfficialYears() {
    }

    static CalendarYear year2024() {
        return CalendarYear.edited(2024,
                List.of(of(2024, 1, 1),
                        of(2024, 2, 8), of(2024, 2, 9), of(2024, 2, 10), of(2024, 2, 11), of(2024, 2, 12),
                        of(2024, 2, 13), of(2024, 2, 14),
                        of(2024, 4, 18),
                        of(2024, 4, 29), of(2024, 4, 30), of(2024, 5, 1),
                        of(2024, 9, 2), of(2024, 9, 3)),
                List.of(of(2024, 5, 4)));
    }

    static CalendarYear year2025() {
        return CalendarYear.edited(2025,
                List.of(of(2025, 1, 1),
                        of(2025, 1, 27), of(2025, 1, 28), of(2025, 1, 29), of(2025, 1, 30), of(2025, 1, 31),
                        of(2025, 4, 7),
                        of(2025, 4, 30), of(2025, 5, 1), of(2025, 5, 2),
                        of(2025, 9, 1), of(2025, 9, 2)),
                List.of(of(2025, 4, 26)));
    }

    static CalendarYear year2026() {
        return CalendarYear.edited(2026,
                List.of(of(2026, 1, 1), of(2026, 1, 2),
                        of(2026, 2, 16), of(2026, 2, 17), of(2026, 2, 18), of(2026, 2, 19), of(2026, 2, 20),
                        of(2026, 4, 26), of(2026, 4, 27),
                        of(2026, 4, 30), of(2026, 5, 1),
                        of(2026, 9, 1), of(2026, 9, 2)),
                List.of(of(2026, 1, 10)));
    }

    /** 2023 and 2027–2030 generated, 2024–2026 official. */
    static List<CalendarYear> years2023To2030() {
        List<CalendarYear> years = new ArrayList<>();
        years.add(LabourCodeHolidays.generate(2023));
        years.add(year2024());
        years.add(year2025());
        years.add(year2026());
        years.addAll(LabourCodeHolidays.generate(2027, 2030));
        return years;
    }

    /** The calendar most tests use, with default office hours. */
    static WorkingCalendar calendar() {
        return Holder.CALENDAR;
    }

    static LocalDate date(int year, int month, int day) {
        return of(year, month, day);
    }

    private static final class Holder {
        static final WorkingCalendar CALENDAR = WorkingCalendar.of(years2023To2030(), OfficeHours.defaults());
    }
}
