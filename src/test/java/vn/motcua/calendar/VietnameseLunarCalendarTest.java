package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {

    private final VietnameseLunarCalendar lunar = VietnameseLunarCalendar.standard();

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
            // years where Vietnam (UTC+7) and China (UTC+8) differ
            "1968, 1968-01-29", "1969, 1969-02-16", "1985, 1985-01-21", "2007, 2007-02-17", "2053, 2053-02-18",
            // published Vietnamese dates
            "1975, 1975-02-11", "1976, 1976-01-31", "1980, 1980-02-16", "1990, 1990-01-27", "1995, 1995-01-31",
            "2000, 2000-02-05", "2001, 2001-01-24", "2002, 2002-02-12", "2003, 2003-02-01", "2004, 2004-01-22",
            "2005, 2005-02-09", "2006, 2006-01-29", "2008, 2008-02-07", "2009, 2009-01-26", "2010, 2010-02-14",
            "2011, 2011-02-03", "2012, 2012-01-23", "2013, 2013-02-10", "2014, 2014-01-31", "2015, 2015-02-19",
            "2016, 2016-02-08", "2017, 2017-01-28", "2018, 2018-02-16", "2019, 2019-02-05", "2020, 2020-01-25",
            "2031, 2031-01-23", "2032, 2032-02-11", "2033, 2033-01-31", "2034, 2034-02-19", "2035, 2035-02-08"})
    void tetMatchesPublishedVietnameseDates(int year, LocalDate tet) {
        assertThat(lunar.newYear(year)).isEqualTo(tet);
        assertThat(lunar.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
    }

    @ParameterizedTest(name = "{0}: Tết {1}, Giỗ Tổ {2}")
    @CsvSource({
            "2021, 2021-02-12, 2021-04-21", "2022, 2022-02-01, 2022-04-10", "2023, 2023-01-22, 2023-04-29",
            "2024, 2024-02-10, 2024-04-18", "2025, 2025-01-29, 2025-04-07", "2026, 2026-02-17, 2026-04-26",
            "2027, 2027-02-06, 2027-04-16", "2028, 2028-01-26, 2028-04-04", "2029, 2029-02-13, 2029-04-23",
            "2030, 2030-02-02, 2030-04-12"})
    void tetAndHungKingsDayMatchTheDomainTableFor2021To2030(int year, LocalDate tet, LocalDate hungKings) {
        assertThat(lunar.newYear(year)).isEqualTo(tet);
        assertThat(lunar.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(hungKings);
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
    @CsvSource({"2012, 2012-03-31", "2013, 2013-04-19", "2014, 2014-04-09", "2015, 2015-04-28", "2016, 2016-04-16",
            "2017, 2017-04-06", "2018, 2018-04-25", "2019, 2019-04-14", "2020, 2020-04-02"})
    void hungKingsDayMatchesPublishedDates(int year, LocalDate hungKings) {
        assertThat(lunar.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(hungKings);
    }

    @ParameterizedTest(name = "{0} has leap month {1}")
    @CsvSource({"2004, 2", "2006, 7", "2009, 5", "2012, 4", "2014, 9", "2017, 6", "2020, 4", "2023, 2", "2025, 6",
            "2028, 5", "2031, 3", "2033, 11", "2024, 0", "2026, 0", "2027, 0"})
    void leapMonthsMatchPublishedCalendars(int year, int leapMonth) {
        assertThat(lunar.leapMonth(year)).isEqualTo(leapMonth);
    }

    @Test
    void lunarDateOfTet2027IsFirstDayOfFirstMonthNotLeap() {
        assertThat(lunar.toLunar(LocalDate.of(2027, 2, 6))).isEqualTo(new LunarDate(2027, 1, 1, false));
        assertThat(lunar.toLunar(LocalDate.of(2027, 2, 5))).isEqualTo(new LunarDate(2026, 12, 29, false));
        assertThat(lunar.lastDayOfYear(2026)).isEqualTo(LocalDate.of(2027, 2, 5));
    }

    @Test
    void leapMonthDaysCarryTheLeapFlag() {
        assertThat(lunar.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(2025, 6, 1, true));
        assertThat(lunar.toLunar(LocalDate.of(2025, 6, 25))).isEqualTo(new LunarDate(2025, 6, 1, false));
        assertThat(lunar.toSolar(new LunarDate(2023, 2, 1, true))).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(lunar.lengthOfMonth(2025, 6, true)).isEqualTo(29);
    }

    @Test
    void everyDayFrom1968To2100RoundTrips() {
        for (LocalDate day = LocalDate.of(1968, 1, 1); day.getYear() <= 2100; day = day.plusDays(1)) {
            LunarDate lunarDate = lunar.toLunar(day);
            assertThat(lunar.toSolar(lunarDate)).as("%s -> %s", day, lunarDate).isEqualTo(day);
        }
    }

    @Test
    void consecutiveDaysHaveConsecutiveLunarDates() {
        LunarDate previous = lunar.toLunar(LocalDate.of(1967, 12, 31));
        for (LocalDate day = LocalDate.of(1968, 1, 1); day.getYear() <= 2100; day = day.plusDays(1)) {
            LunarDate current = lunar.toLunar(day);
            if (current.day() == 1) {
                assertThat(previous.day()).as("end of month before %s", day).isIn(29, 30);
                if (current.month() == 1 && !current.leapMonth()) {
                    assertThat(current.year()).isEqualTo(previous.year() + 1);
                    assertThat(previous.month()).isEqualTo(12);
                } else if (current.leapMonth()) {
                    assertThat(current.month()).isEqualTo(previous.month());
                } else {
                    assertThat(current.month()).isEqualTo(previous.month() + 1);
                }
            } else {
                assertThat(current).isEqualTo(new LunarDate(previous.year(), previous.month(), previous.day() + 1,
                        previous.leapMonth()));
            }
            previous = current;
        }
    }

    @Test
    void goldenCsvOfTetAndHungKingsDay1968To2060MatchesTheComputation() throws IOException {
        List<String[]> rows = readCsv("tet-1968-2060.csv");
        assertThat(rows).hasSize(2060 - 1968 + 1);
        for (String[] row : rows) {
            int year = Integer.parseInt(row[0]);
            assertThat(lunar.newYear(year)).as("Tết %d", year).isEqualTo(LocalDate.parse(row[1]));
            assertThat(lunar.toSolar(LunarDate.of(year, 3, 10))).as("Giỗ Tổ %d", year).isEqualTo(LocalDate.parse(row[2]));
            assertThat(lunar.leapMonth(year)).as("leap month %d", year).isEqualTo(Integer.parseInt(row[3]));
        }
    }

    @Test
    void tetAlwaysFallsBetween21JanuaryAnd20February() {
        for (int year = VietnameseLunarCalendar.MIN_YEAR; year <= VietnameseLunarCalendar.MAX_YEAR; year++) {
            LocalDate tet = lunar.newYear(year);
            assertThat(tet).isBetween(LocalDate.of(year, 1, 20), LocalDate.of(year, 2, 20));
        }
    }

    @Test
    void nonexistentLunarDatesAreRejectedInVietnamese() {
        // month 12 of 2026 has 29 days
        assertThatThrownBy(() -> lunar.toSolar(LunarDate.of(2026, 12, 30)))
                .isInstanceOf(CalendarValidationException.class).hasMessageContaining("chỉ có 29 ngày");
        assertThatThrownBy(() -> lunar.toSolar(new LunarDate(2027, 5, 1, true)))
                .isInstanceOf(CalendarValidationException.class).hasMessageContaining("không có tháng 5 nhuận");
        assertThatThrownBy(() -> LunarDate.of(2027, 13, 1))
                .isInstanceOf(CalendarValidationException.class).hasMessageContaining("Tháng âm lịch");
    }

    @Test
    void datesOutsideTheSupportedYearsRaiseARangeError() {
        assertThatThrownBy(() -> lunar.toLunar(LocalDate.of(1900, 1, 30)))
                .isInstanceOf(CalendarRangeException.class);
        assertThat(lunar.toLunar(LocalDate.of(1900, 1, 31))).isEqualTo(LunarDate.of(1900, 1, 1));
        assertThatThrownBy(() -> lunar.newYear(2200)).isInstanceOf(CalendarRangeException.class);
        assertThat(lunar.toLunar(LocalDate.of(2200, 2, 14)).year()).isEqualTo(2199);
    }

    @Test
    void concurrentFirstUseGivesTheSameResultsAsSequentialUse() {
        VietnameseLunarCalendar fresh = new VietnameseLunarCalendar(new vn.motcua.calendar.internal.HoNgocDucLunarYears());
        Map<Integer, LunarDate> parallel = new java.util.concurrent.ConcurrentHashMap<>();
        IntStream.range(0, 40_000).parallel().forEach(i -> parallel.put(i,
                fresh.toLunar(LocalDate.of(1968, 1, 1).plusDays(i))));
        IntStream.range(0, 40_000).forEach(i -> assertThat(parallel.get(i))
                .isEqualTo(lunar.toLunar(LocalDate.of(1968, 1, 1).plusDays(i))));
    }

    static List<String[]> readCsv(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(VietnameseLunarCalendarTest.class.getResourceAsStream(name), name),
                StandardCharsets.UTF_8))) {
            String header = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header == null) {
                    header = line;
                    continue;
                }
                rows.add(line.split(","));
            }
        }
        return rows;
    }
}
