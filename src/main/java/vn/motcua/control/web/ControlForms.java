package vn.motcua.control.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.motcua.control.ControlCommands.AssessmentCommand;
import vn.motcua.control.ControlCommands.PlanCommand;
import vn.motcua.control.ControlCommands.ReviewCommand;
import vn.motcua.control.ControlCommands.ReviewedProcedure;
import vn.motcua.control.ControlCommands.TargetCommand;
import vn.motcua.control.ControlCommands.TaskCommand;
import vn.motcua.control.ImpactAssessment;
import vn.motcua.control.Indicator;
import vn.motcua.control.Review;
import vn.motcua.control.ReviewOutcome;
import vn.motcua.shared.InvalidInputException;

/** The page forms of procedure control: values as typed, turned into the same commands as the API. */
final class ControlForms {

	private ControlForms() {
	}

	/** The impact assessment form. */
	public static class AssessmentForm {

		private String draftTitle;

		private String issuer = "PROVINCIAL_COMMITTEE";

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate assessedOn;

		private Integer newCount = 0;

		private Integer amended = 0;

		private Integer repealed = 0;

		private Integer kept = 0;

		private Integer totalAfter = 0;

		private String issuedAs;

		static AssessmentForm of(ImpactAssessment a) {
			AssessmentForm f = new AssessmentForm();
			f.draftTitle = a.draftTitle();
			f.issuer = a.issuer().name();
			f.assessedOn = a.assessedOn();
			f.newCount = a.newCount();
			f.amended = a.amended();
			f.repealed = a.repealed();
			f.kept = a.kept();
			f.totalAfter = a.totalAfter();
			f.issuedAs = a.issuedAs();
			return f;
		}

		AssessmentCommand command(LocalDate today) {
			return new AssessmentCommand(null, draftTitle == null ? "" : draftTitle, issuer == null ? "" : issuer,
					assessedOn == null ? today : assessedOn, zero(newCount), zero(amended), zero(repealed),
					zero(kept), zero(totalAfter), issuedAs, null);
		}

		public String getDraftTitle() {
			return draftTitle;
		}

		public void setDraftTitle(String draftTitle) {
			this.draftTitle = draftTitle;
		}

		public String getIssuer() {
			return issuer;
		}

		public void setIssuer(String issuer) {
			this.issuer = issuer;
		}

		public LocalDate getAssessedOn() {
			return assessedOn;
		}

		public void setAssessedOn(LocalDate assessedOn) {
			this.assessedOn = assessedOn;
		}

		public Integer getNewCount() {
			return newCount;
		}

		public void setNewCount(Integer newCount) {
			this.newCount = newCount;
		}

		public Integer getAmended() {
			return amended;
		}

		public void setAmended(Integer amended) {
			this.amended = amended;
		}

		public Integer getRepealed() {
			return repealed;
		}

		public void setRepealed(Integer repealed) {
			this.repealed = repealed;
		}

		public Integer getKept() {
			return kept;
		}

		public void setKept(Integer kept) {
			this.kept = kept;
		}

		public Integer getTotalAfter() {
			return totalAfter;
		}

		public void setTotalAfter(Integer totalAfter) {
			this.totalAfter = totalAfter;
		}

		public String getIssuedAs() {
			return issuedAs;
		}

		public void setIssuedAs(String issuedAs) {
			this.issuedAs = issuedAs;
		}
	}

	/**
	 * The review form: the procedures one per line, "mã | tên | phương án | chi phí trước | chi phí sau | ngày rà
	 * soát" (outcomes separated by commas, dates dd/MM/yyyy).
	 */
	public static class ReviewForm {

		/** A blank form for the current year. */
		static ReviewForm in(int year) {
			ReviewForm f = new ReviewForm();
			f.year = year;
			return f;
		}

		private Integer year;

		private String planName;

		private String procedures;

		static ReviewForm of(Review r) {
			ReviewForm f = new ReviewForm();
			f.year = r.year();
			f.planName = r.planName();
			StringBuilder lines = new StringBuilder();
			for (Review.Item i : r.items()) {
				lines.append(i.code()).append(" | ").append(i.name()).append(" | ")
					.append(String.join(",", i.outcomes().stream().map(ReviewOutcome::name).toList())).append(" | ")
					.append(i.costBeforeVnd() == null ? "" : i.costBeforeVnd()).append(" | ")
					.append(i.costAfterVnd() == null ? "" : i.costAfterVnd()).append(" | ")
					.append(i.reviewedOn() == null ? "" : i.reviewedOn().format(DAY)).append('\n');
			}
			f.procedures = lines.toString();
			return f;
		}

		ReviewCommand command() {
			List<ReviewedProcedure> items = new ArrayList<>();
			String[] lines = procedures == null ? new String[0] : procedures.split("\\R");
			for (int n = 0; n < lines.length; n++) {
				if (lines[n].isBlank()) {
					continue;
				}
				String[] p = Arrays.copyOf(lines[n].split("\\|", -1), 6);
				try {
					items.add(new ReviewedProcedure(cell(p[0]) == null ? "" : cell(p[0]), cell(p[1]),
							cell(p[2]) == null ? null : Arrays.stream(cell(p[2]).split("[,;\\s]+")).toList(), null,
							amount(p[3]), amount(p[4]), cell(p[5]) == null ? null : LocalDate.parse(cell(p[5]), DAY)));
				}
				catch (NumberFormatException | DateTimeParseException ex) {
					throw new InvalidInputException("procedures", "Dòng " + (n + 1)
							+ ": chi phí phải là số đồng, ngày rà soát theo dạng ngày/tháng/năm");
				}
			}
			if (items.isEmpty()) {
				throw new InvalidInputException("procedures", "Cần ít nhất một thủ tục cần rà soát");
			}
			return new ReviewCommand(null, year == null ? 0 : year, planName == null ? "" : planName, items, null);
		}

		public Integer getYear() {
			return year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

		public String getPlanName() {
			return planName;
		}

		public void setPlanName(String planName) {
			this.planName = planName;
		}

		public String getProcedures() {
			return procedures;
		}

		public void setProcedures(String procedures) {
			this.procedures = procedures;
		}
	}

	/** The new plan form: year, title and a threshold per indicator (empty: no target). */
	public static class PlanForm {

		/** A blank form for the current year. */
		static PlanForm in(int year) {
			PlanForm f = new PlanForm();
			f.year = year;
			return f;
		}

		private Integer year;

		private String title;

		private Map<String, String> targets = new LinkedHashMap<>();

		PlanCommand command() {
			return new PlanCommand(null, year == null ? 0 : year, title == null ? "" : title, List.of(), targets(), null);
		}

		static PlanForm of(vn.motcua.control.ControlPlan plan) {
			PlanForm form = new PlanForm();
			form.year = plan.year();
			form.title = plan.title();
			plan.targets().forEach(t -> form.targets.put(t.indicator().name(),
					t.target() == Math.rint(t.target()) ? String.valueOf((long) t.target()) : String.valueOf(t.target())));
			return form;
		}

		List<TargetCommand> targets() {
			List<TargetCommand> goals = new ArrayList<>();
			for (Indicator i : Indicator.values()) {
				String value = targets.get(i.name());
				if (value != null && !value.isBlank()) {
					try {
						goals.add(new TargetCommand(i.name(), Double.valueOf(value.strip().replace(',', '.'))));
					}
					catch (NumberFormatException ex) {
						throw new InvalidInputException("title", "Chỉ tiêu \"" + i.label() + "\" phải là số");
					}
				}
			}
			return goals;
		}

		public Integer getYear() {
			return year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public Map<String, String> getTargets() {
			return targets;
		}

		public void setTargets(Map<String, String> targets) {
			this.targets = targets;
		}
	}

	/** The add-task form. */
	public static class TaskForm {

		private String name;

		private String owner;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate deadline;

		private String output;

		TaskCommand command() {
			return new TaskCommand(name == null ? "" : name, owner == null ? "" : owner, deadline, output, null, null);
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getOwner() {
			return owner;
		}

		public void setOwner(String owner) {
			this.owner = owner;
		}

		public LocalDate getDeadline() {
			return deadline;
		}

		public void setDeadline(LocalDate deadline) {
			this.deadline = deadline;
		}

		public String getOutput() {
			return output;
		}

		public void setOutput(String output) {
			this.output = output;
		}
	}

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private static int zero(@Nullable Integer value) {
		return value == null ? 0 : value;
	}

	private static @Nullable String cell(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static @Nullable Long amount(@Nullable String text) {
		String clean = cell(text);
		return clean == null ? null : Long.valueOf(clean.replace(".", "").replace(",", "").replace(" ", ""));
	}
}
