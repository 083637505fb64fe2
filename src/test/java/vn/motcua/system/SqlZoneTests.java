package vn.motcua.system;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.MotCuaTest;
import vn.motcua.shared.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;

/** SQL names the zone once, {@code motcua_zone()} (V130), and it is the zone of {@link VietnamTime}. */
@MotCuaTest
class SqlZoneTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSqlZoneIsTheApplicationsZone() {
		assertThat(jdbc.sql("select motcua_zone()").query(String.class).single()).isEqualTo(VietnamTime.ZONE_ID)
			.isEqualTo(VietnamTime.ZONE.getId());
	}

	@Test
	void halfPastSixInTheEveningUtcIsTheNextDayInVietnam() {
		assertThat(jdbc.sql("select (timestamptz '2026-12-03 18:30:00+00' at time zone motcua_zone())::date")
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2026, 12, 4));
	}
}
