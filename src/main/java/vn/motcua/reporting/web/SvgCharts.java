package vn.motcua.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierDashboard.Count;
import vn.motcua.dossier.DossierDashboard.Month;

/**
 * Bar charts drawn on the server as SVG shapes (no script, readable without JavaScript, printable); every bar is a
 * link to the dossiers it counts.
 */
final class SvgCharts {

	static final Map<String, String> CHANNEL_COLOURS = Map.of("ONLINE", "#1f6feb", "DIRECT", "#2da44e", "POSTAL",
			"#d97706");

	/** A rectangle that links somewhere, with its tooltip. */
	record Bar(double x, double y, double w, double h, String fill, String href, String title) {
	}

	/** A text at a point; {@code anchor} start, middle or end. */
	record Label(double x, double y, String text, String anchor) {
	}

	/** A colour and what it means. */
	record Legend(String colour, String text) {
	}

	/** A drawn chart; {@code summary} says the same in words for screen readers. */
	record Chart(String title, int width, int height, List<Bar> bars, List<Label> labels, List<Legend> legend,
			String summary, boolean empty) {
	}

	/** Dossiers received per month, stacked by channel. */
	static Chart monthly(List<Month> months, String link) {
		int width = 760;
		int height = 280;
		double left = 44;
		double bottom = 230;
		double top = 20;
		long max = Math.max(1, months.stream().mapToLong(Month::total).max().orElse(1));
		double slot = (width - left - 10) / Math.max(1, months.size());
		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		for (int g = 0; g <= 2; g++) {
			long value = Math.round(max * g / 2.0);
			double y = bottom - (bottom - top) * g / 2.0;
			labels.add(new Label(left - 6, y + 4, Long.toString(value), "end"));
		}
		long total = 0;
		for (int i = 0; i < months.size(); i++) {
			Month m = months.get(i);
			double x = left + i * slot + slot * 0.15;
			double y = bottom;
			for (Map.Entry<String, Long> c : m.byChannel().entrySet()) {
				if (c.getValue() == 0) {
					continue;
				}
				double h = (bottom - top) * c.getValue() / max;
				y -= h;
				bars.add(new Bar(x, y, slot * 0.7, h, CHANNEL_COLOURS.getOrDefault(c.getKey(), "#888"),
						link + "month:" + m.month() + ":" + c.getKey(), c.getValue() + " hồ sơ "
								+ Channel.valueOf(c.getKey()).label().toLowerCase() + ", tháng "
								+ m.month().getMonthValue() + "/" + m.month().getYear()));
			}
			labels.add(new Label(x + slot * 0.35, bottom + 16, m.month().getMonthValue() + "/"
					+ (m.month().getYear() % 100), "middle"));
			if (m.total() > 0) {
				labels.add(new Label(x + slot * 0.35, y - 4, Long.toString(m.total()), "middle"));
			}
			total += m.total();
		}
		List<Legend> legend = java.util.Arrays.stream(Channel.values())
			.map(c -> new Legend(CHANNEL_COLOURS.get(c.name()), c.label()))
			.toList();
		return new Chart("Hồ sơ tiếp nhận theo tháng và kênh", width, height, bars, labels, legend,
				total + " hồ sơ tiếp nhận trong " + months.size() + " tháng", total == 0);
	}

	/** One horizontal bar per count, longest first as given. */
	static Chart horizontal(String title, List<Count> counts, String colour, String link) {
		int width = 760;
		double labelWidth = 330;
		double row = 26;
		int height = (int) Math.max(60, counts.size() * row + 10);
		long max = Math.max(1, counts.stream().mapToLong(Count::count).max().orElse(1));
		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		long total = 0;
		for (int i = 0; i < counts.size(); i++) {
			Count c = counts.get(i);
			double y = 6 + i * row;
			String name = c.label().length() > 52 ? c.label().substring(0, 50) + "…" : c.label();
			labels.add(new Label(labelWidth - 8, y + 15, name, "end"));
			double w = (width - labelWidth - 60) * c.count() / max;
			if (c.count() > 0) {
				bars.add(new Bar(labelWidth, y, Math.max(2, w), row - 8, colour, link + c.key(),
						c.count() + " hồ sơ: " + c.label()));
			}
			labels.add(new Label(labelWidth + w + 6, y + 15, Long.toString(c.count()), "start"));
			total += c.count();
		}
		return new Chart(title, width, height, bars, labels, List.of(), title + ": tổng " + total + " hồ sơ",
				total == 0);
	}

	/** Shares of one whole as a single 100 % bar (early / on time / late). */
	static Chart shares(String title, List<Count> counts, List<String> colours, String link) {
		int width = 760;
		int height = 90;
		long total = counts.stream().mapToLong(Count::count).sum();
		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		List<Legend> legend = new ArrayList<>();
		double x = 10;
		StringBuilder summary = new StringBuilder();
		for (int i = 0; i < counts.size(); i++) {
			Count c = counts.get(i);
			String colour = colours.get(i % colours.size());
			double share = total == 0 ? 0 : (double) c.count() / total;
			String percent = String.format(java.util.Locale.ROOT, "%.1f", share * 100).replace('.', ',') + "%";
			legend.add(new Legend(colour, c.label() + ": " + c.count() + " (" + percent + ")"));
			summary.append(c.label()).append(' ').append(percent).append("; ");
			double w = (width - 20) * share;
			if (c.count() > 0) {
				bars.add(new Bar(x, 10, w, 40, colour, link + c.key(), c.label() + ": " + c.count() + " hồ sơ ("
						+ percent + ")"));
				if (w > 50) {
					labels.add(new Label(x + w / 2, 35, percent, "middle"));
				}
			}
			x += w;
		}
		return new Chart(title, width, height, bars, labels, legend, summary + "tổng " + total + " hồ sơ", total == 0);
	}

	private SvgCharts() {
	}
}
