package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.VietnameseText;

/**
 * A paper hand-off by post (chuyển hồ sơ giấy qua bưu chính) between two agencies of a liên thông: the outgoing
 * tracking number (số vận đơn), the day the papers were posted and, once the receiving agency records it, the day
 * they arrived. Kept on the step that carries it: the origin's {@code FORWARD}, the linked dossier's {@code RECEIVE}
 * and its {@code POSTAL_RECEIVED}.
 */
public record PostalHandoff(String trackingNumber, LocalDate sentOn, @Nullable LocalDate receivedOn) {

	/** The longest tracking number (the {@code postal_tracking} columns). */
	public static final int MAX_TRACKING = 50;

	/**
	 * The papers posted: the tracking number (1–50 printable characters, no diacritics or control characters) and
	 * the day; a missing day is {@code today}. Every problem at once, under {@code field}.{@code trackingNumber} and
	 * {@code field}.{@code sentOn}.
	 */
	public static PostalHandoff sent(@Nullable String trackingNumber, @Nullable LocalDate sentOn, LocalDate today,
			String field) {
		String tracking = VietnameseText.clean(trackingNumber);
		tracking = tracking == null ? "" : tracking.strip();
		List<FieldProblem> problems = new ArrayList<>();
		if (tracking.isEmpty()) {
			problems.add(new FieldProblem(field + ".trackingNumber", "Cần số vận đơn của bưu gửi"));
		}
		else if (tracking.length() > MAX_TRACKING || !printable(tracking)) {
			problems.add(new FieldProblem(field + ".trackingNumber",
					"Số vận đơn gồm 1–50 ký tự in được: chữ không dấu, chữ số, dấu gạch, khoảng trắng"));
		}
		LocalDate day = sentOn == null ? today : sentOn;
		if (day.isAfter(today)) {
			problems.add(new FieldProblem(field + ".sentOn", "Ngày gửi bưu chính không được sau hôm nay"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new PostalHandoff(tracking, day, null);
	}

	/** The same hand-off, the papers received on {@code day}. */
	PostalHandoff received(LocalDate day) {
		return new PostalHandoff(trackingNumber, sentOn, day);
	}

	private static boolean printable(String text) {
		return text.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
	}
}
