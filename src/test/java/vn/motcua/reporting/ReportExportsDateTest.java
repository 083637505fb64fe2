package vn.motcua.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An official report is dated in Vietnam: a server whose clock runs in UTC used to date a report signed at 01:30 on
 * 4/12 in Hà Tĩnh "ngày 3 tháng 12", a day early, between 00:00 and 07:00 Vietnam time.
 */
class ReportExportsDateTest {

	/** 18:30 UTC on 3/12 is 01:30 on 4/12 in Vietnam. */
	static final Clock SERVER_IN_UTC = Clock.fixed(Instant.parse("2026-12-03T18:30:00Z"), ZoneOffset.UTC);

	@Test
	void aReportSignedAtHalfPastOneInTheMorningIsDatedThatDayInVietnam() {
		ReportExports exports = new ReportExports(null, null, null, "Văn phòng Ủy ban nhân dân tỉnh", "Hà Tĩnh",
				SERVER_IN_UTC);
		assertThat(exports.dated()).isEqualTo("Hà Tĩnh, ngày 4 tháng 12 năm 2026");
	}

	@Test
	void theDayBeforeSevenInTheMorningVietnamIsStillTheDayBefore() {
		Clock evening = Clock.fixed(Instant.parse("2026-12-03T16:59:00Z"), ZoneOffset.UTC);
		assertThat(new ReportExports(null, null, null, "x", "Hà Tĩnh", evening).dated())
			.isEqualTo("Hà Tĩnh, ngày 3 tháng 12 năm 2026");
	}
}
