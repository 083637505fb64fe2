package vn.motcua.reporting.web;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import vn.motcua.shared.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Period pickers default to the current period and never offer one that has not begun, on the Vietnamese date. */
class PeriodChoicesTests {

	static PeriodChoices at(String instant) {
		return new PeriodChoices(Clock.fixed(Instant.parse(instant), VietnamTime.ZONE));
	}

	@Test
	void theDefaultIsTheReportingQuarterOfTodayInVietnam() {
		assertThat(at("2026-12-03T18:35:00Z").currentQuarter()).isEqualTo("2026-Q4");
		// 14/12 17:30 UTC is already 15/12 in Vietnam: the first day of reporting year 2027
		assertThat(at("2026-12-14T17:30:00Z").currentQuarter()).isEqualTo("2027-Q1");
	}

	@Test
	void onlyPeriodsThatHaveBegunAreOffered() {
		assertThat(at("2026-12-03T01:00:00Z").choices()).containsKey("2026-Q4")
			.containsKey("2026")
			.doesNotContainKey("2027")
			.doesNotContainKey("2027-Q1");
		assertThat(at("2026-12-14T17:30:00Z").choices()).containsKey("2027").containsKey("2027-Q1")
			.doesNotContainKey("2027-Q2");
	}
}
