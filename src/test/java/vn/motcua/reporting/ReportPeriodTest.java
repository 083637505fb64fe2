package vn.motcua.reporting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import vn.motcua.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPeriodTest {

	@Test
	void quarterThreeRunsFromTheFifteenthOfJuneToTheFourteenthOfSeptemberWithTheSeedsLabel() {
		ReportPeriod q3 = ReportPeriod.parse("2021-Q3", null, null);
		assertThat(q3.from()).isEqualTo(LocalDate.of(2021, 6, 15));
		assertThat(q3.to()).isEqualTo(LocalDate.of(2021, 9, 14));
		assertThat(q3.label()).isEqualTo("Quý III năm 2021 (Từ ngày 15/6/2021 đến ngày 14/9/2021)");
		assertThat(q3.shortLabel()).isEqualTo("Quý III năm 2021");
	}

	@Test
	void quarterOneStartsInTheLastMonthOfThePreviousYear() {
		ReportPeriod q1 = ReportPeriod.parse("2024-q1", null, null);
		assertThat(q1.from()).isEqualTo(LocalDate.of(2023, 12, 15));
		assertThat(q1.to()).isEqualTo(LocalDate.of(2024, 3, 14));
		assertThat(ReportPeriod.parse("2023-Q2", null, null).label())
			.isEqualTo("Quý II năm 2023 (Từ ngày 15/3/2023 đến ngày 14/6/2023)");
	}

	@Test
	void halfNineMonthsAndYearStartOnTheFifteenthOfDecember() {
		assertThat(ReportPeriod.parse("2021-H1", null, null).to()).isEqualTo(LocalDate.of(2021, 6, 14));
		assertThat(ReportPeriod.parse("2021-9M", null, null).from()).isEqualTo(LocalDate.of(2020, 12, 15));
		ReportPeriod year = ReportPeriod.parse("2021", null, null);
		assertThat(year.from()).isEqualTo(LocalDate.of(2020, 12, 15));
		assertThat(year.to()).isEqualTo(LocalDate.of(2021, 12, 14));
	}

	@Test
	void consecutiveQuartersTouch() {
		ReportPeriod q1 = ReportPeriod.parse("2022-Q1", null, null);
		assertThat(q1.previous().key()).isEqualTo("2021-Q4");
		assertThat(q1.previous().to().plusDays(1)).isEqualTo(q1.from());
	}

	@Test
	void aDateRangeIsAPeriodToo() {
		ReportPeriod range = ReportPeriod.parse(null, LocalDate.of(2021, 6, 21), LocalDate.of(2021, 7, 20));
		assertThat(range.label()).isEqualTo("Từ ngày 21/6/2021 đến ngày 20/7/2021");
	}

	@Test
	void badPeriodsAreRefusedWithTheField() {
		assertThatThrownBy(() -> ReportPeriod.parse("2021-Q5", null, null)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> ReportPeriod.parse(null, null, null)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> ReportPeriod.parse(null, LocalDate.of(2021, 2, 1), LocalDate.of(2021, 1, 1)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> ReportPeriod.parse("1800", null, null)).isInstanceOf(InvalidInputException.class);
	}
}
