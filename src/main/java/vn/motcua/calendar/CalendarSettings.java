package vn.motcua.calendar;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.motcua.shared.VietnamTime;

/**
 * Settings under {@code motcua.calendar}: office hours and the cut-off after which a dossier counts as received on
 * the next working day (Decree 61 Art. 18 uses 15:00).
 */
@ConfigurationProperties("motcua.calendar")
public record CalendarSettings(@DefaultValue("07:30") LocalTime morningStart,
		@DefaultValue("11:30") LocalTime morningEnd, @DefaultValue("13:30") LocalTime afternoonStart,
		@DefaultValue("17:00") LocalTime afternoonEnd, @DefaultValue("15:00") LocalTime cutOff) {

	OfficeHours officeHours() {
		return new OfficeHours(morningStart, morningEnd, afternoonStart, afternoonEnd, cutOff, VietnamTime.ZONE);
	}
}
