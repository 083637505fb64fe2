package vn.motcua.control;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * A target indicator of a control plan (API.md "Target indicators"; DOMAIN.md §4.2 and §8). All are percentages
 * with a minimum target, except {@link #DESK_WAIT_MINUTES}, an average in minutes with a maximum.
 */
public enum Indicator {

	ONLINE_DOSSIERS("Tỷ lệ hồ sơ nộp trực tuyến", "%", false),
	ONLINE_PAYMENT("Tỷ lệ hồ sơ có phí, lệ phí được thanh toán trực tuyến", "%", false),
	DOSSIERS_DIGITISED("Tỷ lệ hồ sơ được số hóa", "%", false),
	RESULTS_DIGITISED("Tỷ lệ kết quả giải quyết được số hóa", "%", false),
	DATA_REUSE("Tỷ lệ hồ sơ tái sử dụng dữ liệu số hóa", "%", false),
	FULLY_ONLINE_PROCEDURES("Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình", "%", false),
	ON_TIME("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", "%", false),
	SATISFACTION("Tỷ lệ người dân, tổ chức hài lòng", "%", false),
	DESK_WAIT_MINUTES("Thời gian chờ trung bình một lượt tại Bộ phận Một cửa", "phút", true);

	private final String label;

	private final String unit;

	private final boolean maximum;

	Indicator(String label, String unit, boolean maximum) {
		this.label = label;
		this.unit = unit;
		this.maximum = maximum;
	}

	public String label() {
		return label;
	}

	public String unit() {
		return unit;
	}

	/** Whether the target is a ceiling (the value must stay at or below it) rather than a floor. */
	public boolean maximum() {
		return maximum;
	}

	/** Whether the value is a ratio over a volume of records that grows during the year. */
	public boolean volume() {
		return this != FULLY_ONLINE_PROCEDURES;
	}

	/** The comparison in words, e.g. "≥ 70 %". */
	public String targetText(double target) {
		String number = target == Math.rint(target) ? String.valueOf((long) target) : String.valueOf(target);
		return (maximum ? "≤ " : "≥ ") + number + " " + unit;
	}

	public static @Nullable Indicator parse(@Nullable String code) {
		if (code == null) {
			return null;
		}
		return Arrays.stream(values()).filter(i -> i.name().equalsIgnoreCase(code.strip())).findFirst().orElse(null);
	}
}
