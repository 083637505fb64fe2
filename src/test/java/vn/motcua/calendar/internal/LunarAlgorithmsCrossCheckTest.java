package vn.motcua.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Cross-checks the production lunar calendar (Hồ Ngọc Đức) against ICU4J 79.1's ChineseCalendar at UTC+7, and
 * both against a full Meeus new-moon computation, over 1968–2100.
 */
class LunarAlgorithmsCrossCheckTest {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final HoNgocDucLunarYears hoNgocDuc = new HoNgocDucLunarYears();
    private final IcuLunarYears icu = new IcuLunarYears();

    @Test
    void icuAndHoNgocDucAgreeOnEveryTetAndHungKingsDayFrom1968To2100() {
        for (int year = 1968; year <= 2100; year++) {
            LunarYear ours = hoNgocDuc.lunarYear(year);
            LunarYear theirs = icu.lunarYear(year);
            assertThat(theirs.newYear()).as("Tết %d", year).isEqualTo(ours.newYear());
            // Giỗ Tổ = 10/3: month 3 must start on the same day
            assertThat(theirs.monthStart(theirs.indexOf(3, false))).as("month 3 of %d", year)
                    .isEqualTo(ours.monthStart(ours.indexOf(3, false)));
            assertThat(theirs.leapMonth()).as("leap month of %d", year).isEqualTo(ours.leapMonth());
        }
    }

    @Test
    void icuAndHoNgocDucDisagreeOnlyOnKnownNearMidnightMonthStartsAndMeeusSidesWithHoNgocDuc() {
        Map<LocalDate, LocalDate> disagreements = new LinkedHashMap<>(); // Hồ Ngọc Đức month start -> ICU month start
        for (int year = 1968; year <= 2100; year++) {
            LunarYear ours = hoNgocDuc.lunarYear(year);
            LunarYear theirs = icu.lunarYear(year);
            for (int i = 0; i <= ours.monthCount(); i++) {
                if (ours.monthStart(i) != theirs.monthStart(i)) {
                    disagreements.put(LocalDate.ofEpochDay(ours.monthStart(i)), LocalDate.ofEpochDay(theirs.monthStart(i)));
                }
            }
        }
        assertThat(disagreements).containsOnlyKeys(
                LocalDate.of(1995, 9, 24), LocalDate.of(1996, 12, 10), LocalDate.of(1997, 12, 29),
                LocalDate.of(2051, 3, 12), LocalDate.of(2072, 12, 10), LocalDate.of(2078, 11, 4),
                LocalDate.of(2079, 8, 27), LocalDate.of(2084, 3, 7), LocalDate.of(2085, 10, 18));
        for (Map.Entry<LocalDate, LocalDate> d : disagreements.entrySet()) {
            assertThat(Math.abs(d.getKey().toEpochDay() - d.getValue().toEpochDay())).isEqualTo(1);
            LocalDateTime meeus = meeusNewMoonNear(d.getKey());
            assertThat(minutesFromMidnight(meeus)).as("new moon %s is near midnight", meeus).isLessThan(10);
            LocalDate expected = d.getKey().equals(LocalDate.of(2072, 12, 10)) ? d.getValue() : d.getKey();
            assertThat(meeus.toLocalDate()).as("Meeus verdict for %s", d).isEqualTo(expected);
        }
    }

    @Test
    void hoNgocDucNewMoonDaysMatchFullMeeusExceptTwoWithinTwoMinutesOfMidnight() {
        List<String> differences = new ArrayList<>();
        for (int k = -400; k <= 1250; k++) {
            LocalDateTime meeus = LocalDateTime.ofInstant(MeeusNewMoons.newMoon(k), VIETNAM);
            int jdn = HoNgocDucLunarYears.newMoonDay(k + MeeusNewMoons.HO_NGOC_DUC_LUNATION_OFFSET);
            LocalDate ours = LocalDate.ofEpochDay(jdn - 2440588);
            if (!ours.equals(meeus.toLocalDate())) {
                differences.add(meeus.truncatedTo(java.time.temporal.ChronoUnit.MINUTES) + " vs " + ours);
                assertThat(minutesFromMidnight(meeus)).isLessThan(2);
            }
        }
        assertThat(differences).containsExactly("2072-12-09T23:58 vs 2072-12-10", "2077-11-15T23:59 vs 2077-11-16");
    }

    private static LocalDateTime meeusNewMoonNear(LocalDate date) {
        int k = (int) Math.round((date.toEpochDay() - LocalDate.of(2000, 1, 6).toEpochDay()) / 29.530588861);
        return LocalDateTime.ofInstant(MeeusNewMoons.newMoon(k), VIETNAM);
    }

    private static long minutesFromMidnight(LocalDateTime time) {
        Duration sinceMidnight = Duration.between(time.toLocalDate().atStartOfDay(), time);
        Duration toMidnight = Duration.between(time, time.toLocalDate().plusDays(1).atStartOfDay());
        return Math.min(sinceMidnight.toMinutes(), toMidnight.toMinutes());
    }
}
