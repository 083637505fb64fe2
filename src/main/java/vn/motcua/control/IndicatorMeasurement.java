package vn.motcua.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.OnlineMode;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.ProcedureLookup;
import vn.motcua.dossier.DossierIndicators;
import vn.motcua.shared.VietnamTime;

/**
 * Measures a target indicator over agencies and days: dossier ratios from the dossier module, the share of
 * procedures offered fully online from the catalogue (as in force on the last day), the average desk waiting time
 * from the desk visits. The same rule gives the value, the monthly trend and the records behind the value.
 */
@Component
class IndicatorMeasurement {

	private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
		.ofPattern("dd/MM/yyyy HH:mm");

	private final DossierIndicators dossiers;

	private final DeskVisits desk;

	private final ProcedureLookup procedures;

	IndicatorMeasurement(DossierIndicators dossiers, DeskVisits desk, ProcedureLookup procedures) {
		this.dossiers = dossiers;
		this.desk = desk;
		this.procedures = procedures;
	}

	/**
	 * A measured value: for a percentage, numerator ÷ denominator × 100; for the waiting time, total minutes ÷
	 * visits. {@code value} is {@code null} when there is nothing to measure (denominator 0).
	 */
	record Measured(@Nullable Double value, double numerator, long denominator) {

		static Measured ratio(double numerator, long denominator, boolean percent) {
			if (denominator == 0) {
				return new Measured(null, numerator, 0);
			}
			double value = (percent ? 100.0 : 1.0) * numerator / denominator;
			return new Measured(Math.round(value * 100) / 100.0, numerator, denominator);
		}
	}

	/** A month of the trend. */
	record Month(YearMonth month, Measured measured) {
	}

	Measured measure(Indicator indicator, Collection<UUID> agencies, LocalDate from, LocalDate to) {
		return switch (indicator) {
			case DESK_WAIT_MINUTES -> {
				double[] w = desk.waiting(agencies, from, to);
				yield Measured.ratio(w[0], (long) w[1], false);
			}
			case FULLY_ONLINE_PROCEDURES -> {
				List<ProcedureVersion> offered = procedures.publishedInForce(agencies, to);
				yield Measured.ratio(offered.stream().filter(p -> p.onlineMode() == OnlineMode.FULL).count(),
						offered.size(), true);
			}
			default -> {
				DossierIndicators.Ratio r = dossiers.measure(indicator.name(), agencies, from, to);
				yield Measured.ratio(r.numerator(), r.denominator(), true);
			}
		};
	}

	/** Each month from {@code from} to {@code to}, measured on its own days. */
	List<Month> trend(Indicator indicator, Collection<UUID> agencies, LocalDate from, LocalDate to) {
		List<Month> months = new ArrayList<>();
		switch (indicator) {
			case DESK_WAIT_MINUTES -> {
				Map<YearMonth, double[]> w = desk.monthly(agencies, from, to);
				for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
					double[] v = w.getOrDefault(m, new double[] { 0, 0 });
					months.add(new Month(m, Measured.ratio(v[0], (long) v[1], false)));
				}
			}
			case FULLY_ONLINE_PROCEDURES -> {
				for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
					LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
					months.add(new Month(m, measure(indicator, agencies, last, last)));
				}
			}
			default -> dossiers.monthly(indicator.name(), agencies, from, to)
				.forEach((m, r) -> months.add(new Month(m, Measured.ratio(r.numerator(), r.denominator(), true))));
		}
		return months;
	}

	/** The records the value is measured on. */
	List<MeasuredRecord> records(Indicator indicator, Collection<UUID> agencies, LocalDate from, LocalDate to) {
		return switch (indicator) {
			case DESK_WAIT_MINUTES -> desk.measured(agencies, from, to)
				.stream()
				.map(v -> new MeasuredRecord("Số " + v.ticketNumber() + " ngày " + v.day().format(
						java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
						v.purpose() == null ? "Lượt giao dịch tại Bộ phận Một cửa" : v.purpose(),
						v.takenAt().atZoneSameInstant(VietnamTime.ZONE).format(TIME), true,
						"Chờ " + String.valueOf(Math.round(v.waitMinutes() * 10) / 10.0).replace('.', ',') + " phút từ khi bốc số đến khi được gọi",
						"/kiem-soat/quay-mot-cua?ngay=" + v.day()))
				.toList();
			case FULLY_ONLINE_PROCEDURES -> procedures.publishedInForce(agencies, to)
				.stream()
				.map(p -> new MeasuredRecord(p.code(), p.name(), "phiên bản " + p.version(), p.onlineMode() == OnlineMode.FULL,
						p.onlineMode() == OnlineMode.FULL ? "Cung cấp dịch vụ công trực tuyến toàn trình"
								: p.onlineMode() == OnlineMode.PARTIAL ? "Dịch vụ công trực tuyến một phần"
										: "Chưa cung cấp trực tuyến",
						"/thu-tuc/" + p.code()))
				.toList();
			default -> dossiers.records(indicator.name(), agencies, from, to)
				.stream()
				.map(r -> new MeasuredRecord(r.code(), r.procedureName(),
						r.at() == null ? "" : r.at().atZoneSameInstant(VietnamTime.ZONE).format(TIME), r.counted(),
						r.reason(), r.link()))
				.toList();
		};
	}
}
