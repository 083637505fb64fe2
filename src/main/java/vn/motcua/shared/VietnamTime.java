package vn.motcua.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.expression.Temporals;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;

/**
 * Vietnam time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving) for everything a person reads, whatever the server's
 * zone. The database hands instants back as UTC offsets; {@link #of(Temporal)} moves them to Vietnam before they are
 * printed. {@link Dialect} makes Thymeleaf's {@code #temporals} do that on every page and PDF.
 */
public final class VietnamTime {

	/** The zone's name, for annotations that need a constant ({@code @Scheduled(zone = ...)}); SQL has {@code motcua_zone()}. */
	public static final String ZONE_ID = "Asia/Ho_Chi_Minh";

	/** The one zone of every date a person reads and every business date. */
	public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

	private VietnamTime() {
	}

	/** Today in Vietnam by the given clock, whatever the clock's own zone (a server clock in UTC is a day early before 07:00). */
	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** Now in Vietnam by the given clock, whatever the clock's own zone. */
	public static ZonedDateTime now(Clock clock) {
		return ZonedDateTime.now(clock.withZone(ZONE));
	}

	/** An instant-bearing temporal at the same instant in Vietnam; dates and local times unchanged. */
	public static @Nullable Temporal of(@Nullable Temporal value) {
		if (value instanceof OffsetDateTime at) {
			return at.atZoneSameInstant(ZONE);
		}
		if (value instanceof ZonedDateTime at) {
			return at.withZoneSameInstant(ZONE);
		}
		if (value instanceof Instant at) {
			return at.atZone(ZONE);
		}
		return value;
	}

	/**
	 * Thymeleaf's standard dialect whose {@code #temporals} prints in Vietnam time: {@code format(x, pattern)} of an
	 * {@link OffsetDateTime} read from the database in UTC shows the Vietnamese wall-clock time and date.
	 */
	public static final class Dialect extends SpringStandardDialect {

		private final Supplier<Clock> clock;

		/** The dialect whose {@code createNow()} and {@code createToday()} read the given clock. */
		public Dialect(Supplier<Clock> clock) {
			this.clock = clock;
		}

		@Override
		public IExpressionObjectFactory getExpressionObjectFactory() {
			IExpressionObjectFactory standard = super.getExpressionObjectFactory();
			return new IExpressionObjectFactory() {
				@Override
				public java.util.Set<String> getAllExpressionObjectNames() {
					return standard.getAllExpressionObjectNames();
				}

				@Override
				public @Nullable Object buildObject(IExpressionContext context, String name) {
					return "temporals".equals(name) ? new Dates(context.getLocale(), clock.get())
							: standard.buildObject(context, name);
				}

				@Override
				public boolean isCacheable(String name) {
					return standard.isCacheable(name);
				}
			};
		}
	}

	/** A day as people read it in Vietnam: {@code 05/09/2026}. */
	public static String date(java.time.LocalDate day) {
		return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	/** {@code #temporals} on the pages: formats in Vietnam time. */
	public static final class Dates {

		private final Temporals temporals;

		private final Clock clock;

		Dates(Locale locale, Clock clock) {
			this.temporals = new Temporals(locale, ZONE);
			this.clock = clock;
		}

		public @Nullable String format(@Nullable Temporal value, String pattern) {
			return value == null ? null : temporals.format(of(value), pattern);
		}

		public @Nullable String format(@Nullable Temporal value) {
			return value == null ? null : temporals.format(of(value));
		}

		/** Now, in Vietnam. */
		public ZonedDateTime createNow() {
			return VietnamTime.now(clock);
		}

		/** Today, in Vietnam. */
		public LocalDate createToday() {
			return VietnamTime.today(clock);
		}
	}
}
