package vn.motcua.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.shared.VietnamTime;

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

	/**
	 * The reporting quarter that today (in Vietnam) falls in, e.g. {@code 2026-Q4}; reporting years run from 15/12 of
	 * the year before, so on 20/12/2026 it is {@code 2027-Q1}.
	 */
	String currentQuarter() {
		LocalDate today = VietnamTime.today(clock);
		for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
			for (int q = 1; q <= 4; q++) {
				ReportPeriod p = ReportPeriod.parse(year + "-Q" + q, null, null);
				if (!today.isBefore(p.from()) && !today.isAfter(p.to())) {
					return p.key();
				}
			}
		}
		return today.getYear() + "-Q4";
	}

	/** Key → label of the periods of the last three reporting years that have begun, newest year first. */
	Map<String, String> choices() {
		LocalDate today = VietnamTime.today(clock);
		Map<String, String> periods = new LinkedHashMap<>();
		for (int y = today.getYear() + 1; y >= today.getYear() - 2; y--) {
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
