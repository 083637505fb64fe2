/**
 * Working-day calendar (lịch làm việc): the Vietnamese lunar calendar, the yearly holiday tables and the deadline
 * calculator used to give every dossier its appointment (hẹn trả) and to judge timeliness in reports.
 *
 * <p>The calendar types ({@code VietnameseLunarCalendar}, {@code CalendarYear}, {@code WorkingCalendar} …) are pure
 * domain code: no Spring, no database, no clock. {@link vn.motcua.calendar.CalendarManagement}, the application
 * service, is the one part with a database (the {@code calendar_year}/{@code calendar_day} tables) and loads the year
 * tables (edited ones from the {@code calendar_year} table, the others from {@link vn.motcua.calendar.LabourCodeHolidays}),
 * builds one immutable {@link vn.motcua.calendar.WorkingCalendar} with the configured
 * {@link vn.motcua.calendar.OfficeHours}, and swaps it when a year is edited. Dossiers already received keep the
 * appointment they were given.
 *
 * <h2>Public types</h2>
 * <ul>
 * <li>{@link vn.motcua.calendar.VietnameseLunarCalendar}, {@link vn.motcua.calendar.LunarDate}: âm lịch at UTC+7.</li>
 * <li>{@link vn.motcua.calendar.CalendarYear}, {@link vn.motcua.calendar.LabourCodeHolidays}: one year's days off
 *     and working weekend days, generated from the Labour Code 2019 or edited from the yearly notice.</li>
 * <li>{@link vn.motcua.calendar.WorkingCalendar}, {@link vn.motcua.calendar.WorkingDuration},
 *     {@link vn.motcua.calendar.DurationUnit}, {@link vn.motcua.calendar.DossierTimeline},
 *     {@link vn.motcua.calendar.DeadlineExplanation}: deadlines, the two supplementation rules, explanations.</li>
 * <li>{@link vn.motcua.calendar.CalendarValidationException} (HTTP 422, Vietnamese field messages) and its subtype
 *     {@link vn.motcua.calendar.CalendarRangeException} for dates outside the covered years.</li>
 * </ul>
 * {@code vn.motcua.calendar.internal} holds the two lunar algorithms and the holiday namer; other modules must not use it.
 *
 * <h2>Glossary (Vietnamese → English identifiers)</h2>
 * <table>
 * <caption>Glossary</caption>
 * <tr><th>Tiếng Việt</th><th>English / type</th></tr>
 * <tr><td>lịch làm việc</td><td>working calendar, {@code WorkingCalendar}</td></tr>
 * <tr><td>ngày làm việc</td><td>working day</td></tr>
 * <tr><td>giờ làm việc, giờ hành chính</td><td>working hours, office hours, {@code OfficeHours}</td></tr>
 * <tr><td>giờ chốt tiếp nhận (15 giờ)</td><td>cut-off</td></tr>
 * <tr><td>ngày nghỉ lễ, ngày nghỉ</td><td>holiday, day off</td></tr>
 * <tr><td>nghỉ bù</td><td>compensatory day</td></tr>
 * <tr><td>làm bù, hoán đổi ngày làm việc</td><td>swapped working day, {@code workingWeekendDays}</td></tr>
 * <tr><td>Tết Dương lịch</td><td>New Year's Day (1/1)</td></tr>
 * <tr><td>Tết Nguyên đán, Tết Âm lịch</td><td>Lunar New Year</td></tr>
 * <tr><td>Giỗ Tổ Hùng Vương</td><td>Hùng Kings' Commemoration (10/3 lunar)</td></tr>
 * <tr><td>Ngày Chiến thắng; Ngày Quốc tế lao động; Quốc khánh</td><td>Victory Day (30/4); Labour Day (1/5); National Day (2/9)</td></tr>
 * <tr><td>âm lịch; tháng nhuận; giao thừa</td><td>lunar calendar, {@code LunarDate}; leap month; lunar New Year's Eve</td></tr>
 * <tr><td>thời hạn giải quyết</td><td>processing time limit, {@code WorkingDuration}</td></tr>
 * <tr><td>hẹn trả (ngày hẹn trả kết quả)</td><td>appointment, deadline</td></tr>
 * <tr><td>tiếp nhận</td><td>receipt</td></tr>
 * <tr><td>bổ sung hồ sơ; yêu cầu bổ sung</td><td>supplement; supplementation request, {@code DossierTimeline}</td></tr>
 * <tr><td>trước hạn / đúng hạn / quá hạn</td><td>early / on time / late</td></tr>
 * </table>
 *
 * <p>Events: none published or consumed (the unconsumed {@code CalendarYearChanged} was removed; a year's change is
 * audited and its effect on open deadlines is previewed before saving).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lịch làm việc")
@org.jspecify.annotations.NullMarked
package vn.motcua.calendar;
