package vn.motcua.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabourCodeHolidaysTest {

    @Test
    void generated2027TableFollowsTheLabourCodeRules() {
        CalendarYear year = LabourCodeHolidays.generate(2027);

        assertThat(year.source()).isEqualTo(CalendarYear.Source.GENERATED);
        assertThat(year.workingWeekendDays()).isEmpty();
        assertThat(year.holidayNames()).containsExactly(
                Map.entry(of(2027, 1, 1), "Tết Dương lịch"),
                Map.entry(of(2027, 2, 5), "Tết Nguyên đán"), // 29/12 lunar, the eve
                Map.entry(of(2027, 2, 6), "Tết Nguyên đán"), // 1/1 lunar, Saturday
                Map.entry(of(2027, 2, 7), "Tết Nguyên đán"), // Sunday
                Map.entry(of(2027, 2, 8), "Tết Nguyên đán"),
                Map.entry(of(2027, 2, 9), "Tết Nguyên đán"), // 4/1 lunar
                Map.entry(of(2027, 2, 10), "Nghỉ bù"), // for Saturday 6/2
                Map.entry(of(2027, 2, 11), "Nghỉ bù"), // for Sunday 7/2
                Map.entry(of(2027, 4, 16), "Giỗ Tổ Hùng Vương"),
                Map.entry(of(2027, 4, 30), "Ngày Chiến thắng"),
                Map.entry(of(2027, 5, 1), "Ngày Quốc tế lao động"), // Saturday
                Map.entry(of(2027, 5, 3), "Nghỉ bù"),
                Map.entry(of(2027, 9, 2), "Quốc khánh"), // Thursday
                Map.entry(of(2027, 9, 3), "Quốc khánh")); // Friday: joins the weekend
        assertThat(year.holidays()).isEqualTo(year.holidayNames().keySet());
    }

    @Test
    void tetBlockIsTheLastDayOfTheLunarYearAndTheFirstFourDays() {
        VietnameseLunarCalendar lunar = VietnameseLunarCalendar.standard();
        for (int y = CalendarYear.MIN_YEAR; y <= CalendarYear.MAX_YEAR; y++) {
            CalendarYear year = LabourCodeHolidays.generate(y);
            LocalDate tet = lunar.newYear(y);
            assertThat(lunar.toLunar(tet.minusDays(1)).month()).isEqualTo(12);
            for (LocalDate day = tet.minusDays(1); !day.isAfter(tet.plusDays(3)); day = day.plusDays(1)) {
                assertThat(year.holidayName(day)).as("%s", day).contains("Tết Nguyên đán");
            }
            assertThat(year.isHoliday(tet.minusDays(2)) && year.holidayName(tet.minusDays(2)).orElseThrow().startsWith("Tết"))
                    .isFalse();
        }
    }

    @Test
    void everyGeneratedYearHasElevenWeekdaysOffBecauseWeekendHolidaysAreCompensated() {
        for (int y = CalendarYear.MIN_YEAR; y <= CalendarYear.MAX_YEAR; y++) {
            CalendarYear year = LabourCodeHolidays.generate(y);
            long weekdaysOff = year.holidays().stream().filter(d -> !CalendarYear.isWeekend(d)).count();
            assertThat(weekdaysOff).as("year %d: %s", y, year.holidayNames()).isEqualTo(11);
        }
    }

    @Test
    void holidaysOnAWeekendAreCompensatedOnTheNextWeekdaysNotAlreadyOff() {
        // 2022: 30/4 Saturday, 1/5 Sunday -> Monday 2/5 and Tuesday 3/5 (as the official 2022 schedule)
        assertThat(LabourCodeHolidays.generate(2022).holidayNames())
                .containsEntry(of(2022, 5, 2), "Nghỉ bù").containsEntry(of(2022, 5, 3), "Nghỉ bù")
                .containsEntry(of(2022, 1, 3), "Nghỉ bù") // 1/1/2022 Saturday
                .containsEntry(of(2022, 4, 11), "Nghỉ bù"); // Giỗ Tổ 10/4/2022 Sunday
        // 2023: Giỗ Tổ Saturday 29/4, 30/4 Sunday, 1/5 Monday -> compensation Tuesday 2/5 and Wednesday 3/5
        CalendarYear y2023 = LabourCodeHolidays.generate(2023);
        assertThat(y2023.holidays()).contains(of(2023, 4, 29), of(2023, 4, 30), of(2023, 5, 1), of(2023, 5, 2),
                of(2023, 5, 3));
        assertThat(y2023.isHoliday(of(2023, 5, 4))).isFalse();
    }

    @ParameterizedTest(name = "2/9/{0} ({1}) -> adjacent day {2}")
    @CsvSource({
            // official notices 2021-2025
            "2021, THURSDAY, 2021-09-03", "2022, FRIDAY, 2022-09-01", "2023, SATURDAY, 2023-09-01",
            "2024, MONDAY, 2024-09-03", "2025, TUESDAY, 2025-09-01",
            // generator's rule for the other weekdays
            "2026, WEDNESDAY, 2026-09-01", "2029, SUNDAY, 2029-09-03"})
    void adjacentNationalDayGivesTheLongestBreakPreferringAWeekday(int year, DayOfWeek dayOfWeek, LocalDate adjacent) {
        LocalDate nationalDay = of(year, 9, 2);
        assertThat(nationalDay.getDayOfWeek()).isEqualTo(dayOfWeek);
        assertThat(LabourCodeHolidays.adjacentNationalDay(nationalDay)).isEqualTo(adjacent);
        assertThat(LabourCodeHolidays.generate(year).holidayName(adjacent)).contains("Quốc khánh");
    }

    @Test
    void generated2023NationalDayMatchesTheOfficialFourDayBreak() {
        // official 2023: Friday 1/9 to Monday 4/9 (2/9 Saturday compensated on Monday)
        CalendarYear year = LabourCodeHolidays.generate(2023);
        assertThat(year.holidays()).contains(of(2023, 9, 1), of(2023, 9, 2), of(2023, 9, 4));
        assertThat(year.holidayName(of(2023, 9, 4))).contains("Nghỉ bù");
    }

    @Test
    void legalHolidaysListsTheElevenDaysBeforeCompensation() {
        assertThat(LabourCodeHolidays.legalHolidays(2027)).hasSize(11)
                .doesNotContainValue("Nghỉ bù");
    }

    @Test
    void yearsOutsideTheSupportedRangeAreRejected() {
        assertThatThrownBy(() -> LabourCodeHolidays.generate(1967))
                .isInstanceOfSatisfying(CalendarValidationException.class, e -> assertThat(e.errors())
                        .extracting(CalendarValidationException.FieldError::field).containsExactly("year"));
        assertThatThrownBy(() -> LabourCodeHolidays.generate(2101)).isInstanceOf(CalendarValidationException.class);
    }

    @Test
    void generatedTablesDifferFromOfficialOnesOnlyWhereThePrimeMinisterChose() {
        // 2026: generator and notice agree on Tết (16-20/2), Giỗ Tổ + compensation, 30/4, 1/5
        CalendarYear generated = LabourCodeHolidays.generate(2026);
        CalendarYear official = OfficialYears.year2026();
        assertThat(generated.holidays()).containsAll(official.holidays().stream()
                .filter(d -> !d.equals(of(2026, 1, 2))).toList());
        // the swap of Friday 2/1 for Saturday 10/1 exists only by notice
        assertThat(generated.isHoliday(of(2026, 1, 2))).isFalse();
        assertThat(official.isWorkingWeekendDay(of(2026, 1, 10))).isTrue();
    }
}
