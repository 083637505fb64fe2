package vn.motcua.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person reads is in Vietnam time whatever the server's zone: the database hands back 18:35 UTC on 3/12,
 * which in Hà Tĩnh is 01:35 on 4/12.
 */
class VietnamTimeTests {

	static final OffsetDateTime FROM_THE_DATABASE = OffsetDateTime.parse("2026-12-03T18:35:00Z");

	/** A server clock in UTC at 18:30 on 3/12: 01:30 on 4/12 in Vietnam. */
	static final Clock UTC_SERVER = Clock.fixed(Instant.parse("2026-12-03T18:30:00Z"), ZoneOffset.UTC);

	@Test
	void pagesPrintInstantsInVietnamTime() {
		TemplateEngine engine = new TemplateEngine();
		engine.setDialect(new VietnamTime.Dialect(() -> UTC_SERVER));
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		engine.setTemplateResolver(resolver);
		Context context = new Context(java.util.Locale.forLanguageTag("vi"), Map.of("at", FROM_THE_DATABASE));
		assertThat(engine.process("<p th:text=\"${#temporals.format(at, 'HH:mm dd/MM/yyyy')}\"></p>", context))
			.isEqualTo("<p>01:35 04/12/2026</p>");
		assertThat(engine.process("<p th:text=\"${#temporals.createToday()}\"></p>", context))
			.isEqualTo("<p>2026-12-04</p>");
		assertThat(engine.process("<p th:text=\"${#temporals.format(#temporals.createNow(), 'HH:mm dd/MM')}\"></p>",
				context)).isEqualTo("<p>01:30 04/12</p>");
	}

	@Test
	void todayIsTheVietnameseDateWhateverTheClocksZone() {
		assertThat(VietnamTime.today(UTC_SERVER)).isEqualTo(java.time.LocalDate.of(2026, 12, 4));
		assertThat(java.time.LocalDate.now(UTC_SERVER)).as("what the server's zone would say").isEqualTo("2026-12-03");
		assertThat(VietnamTime.now(UTC_SERVER).toLocalTime()).hasToString("01:30");
	}

	@Test
	void datesAndLocalTimesAreLeftAsTheyAre() {
		assertThat(VietnamTime.of(FROM_THE_DATABASE).toString()).startsWith("2026-12-04T01:35+07:00");
		assertThat(VietnamTime.of(java.time.LocalDate.of(2026, 12, 3))).isEqualTo(java.time.LocalDate.of(2026, 12, 3));
	}
}
