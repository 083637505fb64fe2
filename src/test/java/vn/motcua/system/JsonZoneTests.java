package vn.motcua.system;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON answers carry Vietnam's offset, set from {@code VietnamTime.ZONE} in code, not by a second property. */
@MotCuaTest
class JsonZoneTests {

	@Autowired
	JsonMapper json;

	@Autowired
	Environment environment;

	@Test
	void anInstantReadInUtcIsWrittenWithVietnamsOffset() {
		OffsetDateTime utc = OffsetDateTime.of(2026, 12, 3, 18, 30, 0, 0, ZoneOffset.UTC);
		assertThat(json.writeValueAsString(Map.of("at", utc))).isEqualTo("{\"at\":\"2026-12-04T01:30:00+07:00\"}");
	}

	@Test
	void theZoneIsNotNamedASecondTimeInTheProperties() {
		assertThat(environment.getProperty("spring.jackson.time-zone")).isNull();
		assertThat(json.serializationConfig().getTimeZone().getID()).isEqualTo("Asia/Ho_Chi_Minh");
	}
}
