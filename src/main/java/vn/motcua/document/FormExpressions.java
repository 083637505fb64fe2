package vn.motcua.document;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import static vn.motcua.shared.VietnamTime.ZONE;

/**
 * The {@code #forms} expression object of the PDF templates: dates written as official documents write them
 * (Decree 30/2020: "ngày 05 tháng 02 năm 2026", with a leading zero for days below 10 and for January and February),
 * times, amounts in đồng, Vietnamese upper case and QR codes. Instants and offset times are shown in
 * Asia/Ho_Chi_Minh.
 */
public final class FormExpressions {

	static final FormExpressions INSTANCE = new FormExpressions();


	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private FormExpressions() {
	}

	/** "ngày 24 tháng 11 năm 2026"; dotted blanks to fill in by hand when the date is {@code null}. */
	public String date(@Nullable TemporalAccessor date) {
		if (date == null) {
			return "ngày ..... tháng ..... năm .........";
		}
		LocalDate day = LocalDate.from(local(date));
		int month = day.getMonthValue();
		return "ngày " + (day.getDayOfMonth() < 10 ? "0" : "") + day.getDayOfMonth() + " tháng "
				+ (month <= 2 ? "0" : "") + month + " năm " + day.getYear();
	}

	/** The place and date line: "Hà Tĩnh, ngày 24 tháng 11 năm 2026". */
	public String dateLine(@Nullable String place, @Nullable TemporalAccessor date) {
		return (place == null || place.isBlank() ? "" : place.strip() + ", ") + date(date);
	}

	/** "09 giờ 30 phút, ngày 24 tháng 11 năm 2026". */
	public String time(@Nullable TemporalAccessor dateTime) {
		if (dateTime == null) {
			return "..... giờ ..... phút, " + date(null);
		}
		TemporalAccessor local = local(dateTime);
		return String.format("%02d giờ %02d phút, ", local.get(ChronoField.HOUR_OF_DAY),
				local.get(ChronoField.MINUTE_OF_HOUR)) + date(local);
	}

	/** "30.000 đồng". */
	public String money(@Nullable Number amountVnd) {
		return amountVnd == null ? "" : NumberFormat.getIntegerInstance(VIETNAMESE).format(amountVnd) + " đồng";
	}

	/** A whole number with Vietnamese digit grouping: "1.234". */
	public String number(@Nullable Number value) {
		return value == null ? "" : NumberFormat.getIntegerInstance(VIETNAMESE).format(value);
	}

	/** Upper case by Vietnamese rules ("Sở Ngoại vụ" → "SỞ NGOẠI VỤ"). */
	public String upper(@Nullable String text) {
		return text == null ? "" : text.toUpperCase(VIETNAMESE);
	}

	/** A QR code of the text as a PNG data URI for {@code <img th:src>}. */
	public String qr(String text) {
		return QrCode.dataUri(text);
	}

	/** A QR code of the text, about {@code pixels} wide. */
	public String qr(String text, int pixels) {
		return QrCode.dataUri(text, pixels);
	}

	private static TemporalAccessor local(TemporalAccessor value) {
		if (value instanceof Instant instant) {
			return instant.atZone(ZONE).toLocalDateTime();
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(ZONE).toLocalDateTime();
		}
		if (value instanceof ZonedDateTime zoned) {
			return zoned.withZoneSameInstant(ZONE).toLocalDateTime();
		}
		if (value instanceof LocalDateTime || value instanceof LocalDate) {
			return value;
		}
		return LocalDateTime.from(value);
	}
}
