package vn.motcua.shared.workflow;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import vn.motcua.shared.ConflictException;

/**
 * Reference numbers counted per day: {@code PREFIX-yyMMdd-nnnn}, the sequence restarting every day and capped at
 * {@value #MAX_PER_DAY}. Dossiers use the agency's identifier code as prefix ({@code 000.00.20.H36-260415-0001}),
 * feedback {@code PA} ({@code PA-260415-0001}).
 */
public final class DailyNumbers {

	/** The most numbers one day can give. */
	public static final int MAX_PER_DAY = 9999;

	/**
	 * The number of an item built before it may take its number (history import validates every row before it
	 * stores any); the management service gives the real number when it stores the item.
	 */
	public static final String LATE = "PENDING";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private DailyNumbers() {
	}

	/**
	 * The number for the {@code sequence}-th item of {@code day}; 409 once the day's numbers are used up.
	 * @param what the item in words, for the message ("hồ sơ", "phản ánh")
	 */
	public static String format(String prefix, LocalDate day, int sequence, String what) {
		if (sequence > MAX_PER_DAY) {
			throw new ConflictException("Đã hết số " + what + " trong ngày " + day + " (tối đa " + MAX_PER_DAY + ")");
		}
		String digits = Integer.toString(sequence);
		return prefix + "-" + DAY.format(day) + "-" + "0000".substring(Math.min(4, digits.length())) + digits;
	}

	/** Whether the item still waits for its number. */
	public static boolean isLate(String number) {
		return LATE.equals(number);
	}
}
