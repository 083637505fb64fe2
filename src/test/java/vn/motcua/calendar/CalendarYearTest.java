package vn.motcua.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.CalendarValidationException.FieldError;

class CalendarYearTest {

    @Test
    void editedTableKeepsItsDatesSortedAndDerivesVietnameseNames() {
        CalendarYear year = OfficialYears.year2024();

        assertThat(year.source()).isEqualTo(CalendarYear.Source.EDITED);
        assertThat(year.holidays().first()).isEqualTo(of(2024, 1, 1));
        assertThat(year.holidayNames())
                .containsEntry(of(2024, 1, 1), "Tết Dương lịch")
                .containsEntry(of(2024, 2, 8), "Tết Nguyên đán")
                .containsEntry(of(2024, 2, 14), "Tết Nguyên đán")
                .containsEntry(of(2024, 4, 18), "Giỗ Tổ Hùng Vương")
                .containsEntry(of(2024, 4, 29), "Nghỉ hoán đổi")
                .containsEntry(of(2024, 4, 30), "Ngày Chiến thắng")
                .containsEntry(of(2024, 5, 1), "Ngày Quốc tế lao động")
                .containsEntry(of(2024, 9, 3), "Quốc khánh");
        assertThat(OfficialYears.year2026().holidayNames())
                .containsEntry(of(2026, 1, 2), "Nghỉ hoán đổi")
                .containsEntry(of(2026, 4, 26), "Giỗ Tổ Hùng Vương")
                .containsEntry(of(2026, 4, 27), "Nghỉ bù");
    }

    @Test
    void givenNamesWinOverDerivedOnes() {
        CalendarYear year = CalendarYear.edited(2027, List.of(of(2027, 11, 24)), List.of(),
                Map.of(of(2027, 11, 24), "Ngày Văn hóa Việt Nam"));
        assertThat(year.holidayName(of(2027, 11, 24))).contains("Ngày Văn hóa Việt Nam");
        assertThat(CalendarYear.edited(2027, List.of(of(2027, 11, 24)), List.of()).holidayName(of(2027, 11, 24)))
                .contains("Ngày nghỉ");
    }

    @Test
    void workingDaysAreWeekdaysNotOffPlusWorkingWeekendDays() {
        CalendarYear year = OfficialYears.year2025();
        assertThat(year.isWorkingDay(of(2025, 4, 26))).as("working Saturday").isTrue();
        assertThat(year.isWorkingDay(of(2025, 5, 2))).as("swapped Friday").isFalse();
        assertThat(year.isWorkingDay(of(2025, 5, 3))).as("ordinary Saturday").isFalse();
        assertThat(year.isWorkingDay(of(2025, 5, 5))).as("ordinary Monday").isTrue();
    }

    @Test
    void invalidEditedTableIsRejectedWithOneVietnameseMessagePerField() {
        assertThatThrownBy(() -> CalendarYear.edited(2027,
                Arrays.asList(of(2027, 2, 8), of(2026, 12, 31), of(2027, 2, 8), null),
                List.of(of(2027, 2, 13), of(2027, 2, 8), of(2027, 2, 10), of(2027, 2, 13))))
                .isInstanceOfSatisfying(CalendarValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(
                                tuple("holidays[1]", "Ngày 31/12/2026 không thuộc năm 2027"),
                                tuple("holidays[2]", "Ngày 08/02/2027 bị lặp lại"),
                                tuple("holidays[3]", "Ngày không được để trống"),
                                tuple("workingWeekendDays[1]", "Ngày 08/02/2027 vừa là ngày nghỉ vừa là ngày làm bù"),
                                tuple("workingWeekendDays[2]", "Ngày 10/02/2027 là thứ Tư; ngày làm bù phải là thứ Bảy hoặc Chủ nhật"),
                                tuple("workingWeekendDays[3]", "Ngày 13/02/2027 bị lặp lại")));
    }

    @Test
    void yearOutsideTheSupportedRangeIsRejected() {
        assertThatThrownBy(() -> CalendarYear.edited(2101, List.of(), List.of()))
                .isInstanceOfSatisfying(CalendarValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("year", "Năm phải trong khoảng 1968–2100, nhận được 2101")));
        assertThatThrownBy(() -> CalendarYear.edited(1967, List.of(), List.of()))
                .isInstanceOf(CalendarValidationException.class);
    }

    @Test
    void canonicalConstructorValidatesToo() {
        TreeMap<LocalDate, String> names = new TreeMap<>(Map.of(of(2027, 3, 1), "X"));
        assertThatThrownBy(() -> new CalendarYear(2027, new TreeSet<>(List.of(of(2027, 3, 2))), new TreeSet<>(),
                names, CalendarYear.Source.EDITED))
                .isInstanceOfSatisfying(CalendarValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("holidayNames"));
        assertThatThrownBy(() -> new CalendarYear(2027, new TreeSet<>(), new TreeSet<>(List.of(of(2027, 3, 3))),
                new TreeMap<>(), CalendarYear.Source.EDITED))
                .isInstanceOf(CalendarValidationException.class).hasMessageContaining("thứ Tư");
    }

    @Test
    void tablesAreImmutable() {
        TreeSet<LocalDate> holidays = new TreeSet<>(List.of(of(2027, 3, 2)));
        CalendarYear year = new CalendarYear(2027, holidays, new TreeSet<>(), new TreeMap<>(), CalendarYear.Source.EDITED);
        holidays.add(of(2027, 3, 3));
        assertThat(year.holidays()).containsExactly(of(2027, 3, 2));
        assertThatThrownBy(() -> year.holidays().add(of(2027, 3, 4))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> year.holidayNames().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
