package vn.motcua.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The feedback deadlines in working days, as settings ({@code motcua.feedback.*} in application.properties): the
 * national portal's rules of 766 indicator 5.2 and Decree 20/2008 Art. 9, which an official notice may change.
 *
 * @param refuseDays refuse or classify an item within this many working days of receipt (5.2: 2)
 * @param forwardDays forward an item outside the agency's authority within this many working days (Art. 9: 5)
 * @param resolveDays answer within this many working days of receipt, forwarding or the information received (5.2: 15)
 * @param publishDays publish the answer within this many working days (5.2: 2)
 * @param dueSoonDays the inbox shows an item as "sắp đến hạn" this many working days before its deadline
 */
@ConfigurationProperties("motcua.feedback")
public record FeedbackSettings(int refuseDays, int forwardDays, int resolveDays,
		int publishDays, int dueSoonDays) {

	public FeedbackSettings {
		if (refuseDays < 1 || forwardDays < 1 || resolveDays < 1 || publishDays < 1
				|| dueSoonDays < 0) {
			throw new IllegalStateException("motcua.feedback.*-days must be set to positive numbers of working days");
		}
	}
}
