package vn.motcua.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.motcua.reporting.ReportPeriod;

/**
 * The periods a report page offers, read on the injected clock (Vietnam time): the current quarter by default, and
 * only periods that have begun — a year or a quarter that has not started is never offered.
 */
@Component
class PeriodChoices {

	private final Clock clock;

	PeriodChoices(Clock clock) {
		this.clock = clock;
	}

	/** The quarter that today (in Vietnam) falls in, e.g. {@code 2026-Q4}. */
	String currentQuarter() {
		LocalDate today = LocalDate.now(clock);
		return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
	}

	/** Key → label of the periods of this year and the two before that have begun, newest year first. */
	Map<String, String> choices() {
		LocalDate today = LocalDate.now(clock);
		Map<String, String> periods = new LinkedHashMap<>();
		for (int y = today.getYear(); y >= today.getYear() - 2; y--) {
			for (String suffix : new String[] { "", "-9M", "-H1", "-Q4", "-Q3", "-Q2", "-Q1" }) {
				ReportPeriod p = ReportPeriod.parse(y + suffix, null, null);
				if (!p.from().isAfter(today)) {
					periods.put(p.key(), p.label());
				}
			}
		}
		return periods;
	}
}
