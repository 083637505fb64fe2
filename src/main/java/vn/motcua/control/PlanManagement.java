package vn.motcua.control;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditLog;
import vn.motcua.control.ControlCommands.PlanCommand;
import vn.motcua.control.ControlCommands.TargetCommand;
import vn.motcua.control.ControlCommands.TaskCommand;
import vn.motcua.control.ControlCommands.TaskUpdate;
import vn.motcua.document.FileStore;
import vn.motcua.document.StoredFile;
import vn.motcua.identity.Agency;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnamTime;

/**
 * Annual control plans: creation (API, page or XLSX import), tasks with guarded status changes and evidence, the
 * due-soon reminders, and the progress of every target on a day with its trend and the records behind it.
 */
@Service
public class PlanManagement {

	private final ControlPlans plans;

	private final IndicatorMeasurement measurement;

	private final PlanImport planImport;

	private final FileStore files;

	private final ControlAccess access;

	private final AuditLog audit;

	private final Clock clock;

	PlanManagement(ControlPlans plans, IndicatorMeasurement measurement, PlanImport planImport, FileStore files,
			ControlAccess access, AuditLog audit, Clock clock) {
		this.plans = plans;
		this.measurement = measurement;
		this.planImport = planImport;
		this.files = files;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The progress of a plan on a day. */
	public record Progress(UUID planId, String agencyCode, int year, String title, LocalDate on, LocalDate from,
			LocalDate to, List<TargetProgress> targets, List<TaskProgress> tasks) {
	}

	/** A target on a day: its value, state and monthly trend. */
	public record TargetProgress(Indicator indicator, String label, String unit, double target, @Nullable Double value,
			double numerator, long denominator, TargetState state, String explanation, List<TrendPoint> trend) {

		/** The scale of the trend chart: 100 for a percentage, else twice the target or the largest value. */
		double scale() {
			if (!indicator.maximum()) {
				return 100;
			}
			double top = 2 * target;
			for (TrendPoint p : trend) {
				if (p.value() != null && p.value() > top) {
					top = p.value();
				}
			}
			return top <= 0 ? 1 : top;
		}

		/** The points of the trend as an SVG polyline 120 × 32 (months without data left out). */
		public String sparkline() {
			StringBuilder points = new StringBuilder();
			int n = trend.size();
			for (int i = 0; i < n; i++) {
				Double v = trend.get(i).value();
				if (v != null) {
					double x = n == 1 ? 60 : 2 + 116.0 * i / (n - 1);
					double y = 30 - 28 * Math.min(v, scale()) / scale();
					points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
				}
			}
			return points.toString().strip();
		}

		/** The height of the target line on the trend chart. */
		public String targetY() {
			return String.format(java.util.Locale.ROOT, "%.1f", 30 - 28 * Math.min(target, scale()) / scale());
		}
	}

	/** One month of a trend. */
	public record TrendPoint(String month, @Nullable Double value, long denominator) {
	}

	/** A task on a day. */
	public record TaskProgress(UUID id, String name, String owner, LocalDate deadline, @Nullable String deadlineNote,
			@Nullable String output, TaskStatus status, @Nullable LocalDate doneOn, boolean evidence) {
	}

	/** The records behind a target's value. */
	public record Drill(UUID planId, Indicator indicator, String label, LocalDate from, LocalDate to,
			@Nullable Double value, List<MeasuredRecord> records) {
	}

	/** A due-soon reminder. */
	public record Reminder(UUID planId, String planTitle, UUID taskId, String taskName, String owner,
			LocalDate deadline) {
	}

	@PreAuthorize(ControlAccess.WRITERS)
	@Transactional
	public ControlPlan create(PlanCommand command) {
		Agency agency = access.owner(command.agencyCode());
		String externalId = ControlAccess.text(command.externalId());
		if (externalId != null) {
			var existing = plans.findByExternalId(agency.id(), externalId);
			if (existing.isPresent()) {
				return plans.findById(existing.get()).orElseThrow();
			}
		}
		ControlPlan plan = valid(agency.id(), command);
		plans.insert(plan, externalId, access.username());
		audit.record("CREATE", "ControlPlan", plan.id().toString(), agency.id(), null, plan);
		return plan;
	}

	/** Creates a plan from an XLSX table (docs/control.md "Import"); all or nothing. */
	@PreAuthorize(ControlAccess.WRITERS)
	@Transactional
	public ControlPlan importXlsx(InputStream content, @Nullable String agencyCode, @Nullable Integer year,
			@Nullable String title) {
		List<FieldProblem> problems = new ArrayList<>();
		if (year == null || year < 2000 || year > 2100) {
			problems.add(new FieldProblem("year", "Cần năm kế hoạch (2000–2100)"));
		}
		if (ControlAccess.text(title) == null) {
			problems.add(new FieldProblem("title", "Cần tên kế hoạch"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		PlanImport.Table table = planImport.read(content);
		return create(new PlanCommand(agencyCode, year, title, table.tasks(), table.targets(), null));
	}

	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public ControlPlan get(UUID id) {
		ControlPlan plan = plans.findById(id).orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch " + id));
		access.requireVisible(plan.agencyId());
		return plan;
	}

	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<ControlPlan> list(@Nullable Integer year) {
		return plans.find(access.visible(), year);
	}

	@PreAuthorize(ControlAccess.WRITERS)
	@Transactional
	public PlanTask addTask(UUID planId, TaskCommand command) {
		ControlPlan plan = get(planId);
		List<FieldProblem> problems = new ArrayList<>();
		PlanTask task = task(plan.year(), plans.nextPosition(planId), command, "", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		plans.insertTask(planId, task, access.username());
		audit.record("ADD_TASK", "ControlPlan", planId.toString(), plan.agencyId(), null, task);
		return task;
	}

	/** Replaces the targets of a plan (all or nothing). */
	@PreAuthorize(ControlAccess.WRITERS)
	@Transactional
	public ControlPlan replaceTargets(UUID planId, List<TargetCommand> given) {
		ControlPlan before = get(planId);
		List<FieldProblem> problems = new ArrayList<>();
		List<ControlPlan.Target> targets = targets(given, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		plans.replaceTargets(planId, targets);
		audit.record("UPDATE_TARGETS", "ControlPlan", planId.toString(), before.agencyId(), before.targets(), targets);
		return get(planId);
	}

	/** Changes a task's status and evidence (409 when the status does not allow it). */
	@PreAuthorize(ControlAccess.WRITERS)
	@Transactional
	public PlanTask updateTask(UUID planId, UUID taskId, TaskUpdate update) {
		ControlPlan plan = get(planId);
		PlanTask before = plan.tasks().stream()
			.filter(t -> t.id().equals(taskId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Kế hoạch không có nhiệm vụ " + taskId));
		TaskStatus next;
		try {
			next = TaskStatus.valueOf(update.status().strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("status", "Trạng thái phải là TODO, DOING hoặc DONE");
		}
		if (update.evidenceFileId() != null) {
			StoredFile file;
			try {
				file = files.get(update.evidenceFileId());
			}
			catch (NotFoundException ex) {
				throw new InvalidInputException("evidenceFileId", "Không có tệp " + update.evidenceFileId());
			}
			if (!plan.agencyId().equals(file.agencyId())) {
				throw new InvalidInputException("evidenceFileId", "Tệp minh chứng phải thuộc cơ quan của kế hoạch");
			}
		}
		PlanTask after = before.moveTo(next, update.doneOn(), update.evidenceFileId(), update.evidenceLink(),
				update.note(), VietnamTime.today(clock));
		plans.updateTask(after, access.username());
		audit.record("UPDATE_TASK", "ControlPlan", planId.toString(), plan.agencyId(), before, after);
		return after;
	}

	/** Stores an uploaded evidence file for the plan's agency and marks the task with it. */
	@PreAuthorize(ControlAccess.WRITERS)
	@Transactional
	public PlanTask attachEvidence(UUID planId, UUID taskId, InputStream content, @Nullable String name,
			String status, @Nullable String note) {
		ControlPlan plan = get(planId);
		StoredFile file = files.store(content, name, plan.agencyId());
		return updateTask(planId, taskId, new TaskUpdate(status, null, file.id(), null, note));
	}

	/** Every target's value, state and trend, and every task's status, measured on the plan's year up to a day. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public Progress progress(UUID planId, @Nullable LocalDate on) {
		ControlPlan plan = get(planId);
		LocalDate day = day(plan, on);
		LocalDate to = day.isAfter(plan.end()) ? plan.end() : day;
		var scope = access.subtree(plan.agencyId());
		List<TargetProgress> targets = new ArrayList<>();
		for (ControlPlan.Target target : plan.targets()) {
			Indicator indicator = target.indicator();
			IndicatorMeasurement.Measured measured = measurement.measure(indicator, scope, plan.start(), to);
			TargetState state = TargetAssessment.state(indicator, target.target(), measured, plan.year(), day);
			Double best = measured.value() == null || !indicator.volume() ? null
					: TargetAssessment.best(indicator, measured, plan.year(), day);
			List<TrendPoint> trend = measurement.trend(indicator, scope, plan.start(), to)
				.stream()
				.map(m -> new TrendPoint(m.month().toString(), m.measured().value(), m.measured().denominator()))
				.toList();
			targets.add(new TargetProgress(indicator, indicator.label(), indicator.unit(), target.target(),
					measured.value(), measured.numerator(), measured.denominator(), state,
					TargetAssessment.explain(indicator, state, best), trend));
		}
		List<TaskProgress> tasks = plan.tasks()
			.stream()
			.map(t -> new TaskProgress(t.id(), t.name(), t.owner(), t.dueOn(plan.year()), t.deadlineNote(), t.output(),
					t.statusOn(day, plan.year()), t.doneOn(), t.hasEvidence()))
			.toList();
		return new Progress(plan.id(), access.agency(plan.agencyId()).code(), plan.year(), plan.title(), day,
				plan.start(), to, targets, tasks);
	}

	/** The records behind one target's value on a day. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public Drill records(UUID planId, String indicatorCode, @Nullable LocalDate on) {
		ControlPlan plan = get(planId);
		Indicator indicator = Indicator.parse(indicatorCode);
		if (indicator == null) {
			throw new NotFoundException("Không có chỉ số " + indicatorCode);
		}
		LocalDate day = day(plan, on);
		LocalDate to = day.isAfter(plan.end()) ? plan.end() : day;
		var scope = access.subtree(plan.agencyId());
		return new Drill(plan.id(), indicator, indicator.label(), plan.start(), to,
				measurement.measure(indicator, scope, plan.start(), to).value(),
				measurement.records(indicator, scope, plan.start(), to));
	}

	/** The open due-soon reminders of one plan, or of every plan the caller sees ({@code planId} null). */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<Reminder> reminders(@Nullable UUID planId) {
		if (planId != null) {
			get(planId);
		}
		return plans.reminders(access.visible(), planId)
			.stream()
			.map(r -> new Reminder(r.planId(), r.planTitle(), r.taskId(), r.taskName(), r.owner(), r.deadline()))
			.toList();
	}

	private LocalDate day(ControlPlan plan, @Nullable LocalDate on) {
		if (on == null) {
			LocalDate today = VietnamTime.today(clock);
			return today.isBefore(plan.start()) ? plan.start() : today;
		}
		LocalDate day = on;
		if (day.isBefore(plan.start())) {
			throw new InvalidInputException("on", "Ngày xem tiến độ phải từ ngày " + "01/01/" + plan.year()
					+ " (đầu năm kế hoạch)");
		}
		return day;
	}

	private ControlPlan valid(UUID agencyId, PlanCommand c) {
		List<FieldProblem> problems = new ArrayList<>();
		String title = ControlAccess.text(c.title());
		if (title == null) {
			problems.add(new FieldProblem("title", "Cần tên kế hoạch"));
		}
		List<PlanTask> tasks = new ArrayList<>();
		List<TaskCommand> given = c.tasks() == null ? List.of() : c.tasks();
		for (int i = 0; i < given.size(); i++) {
			tasks.add(task(c.year(), i + 1, given.get(i), "tasks[" + i + "].", problems));
		}
		List<ControlPlan.Target> targets = targets(c.targets(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ControlPlan(UUID.randomUUID(), agencyId, c.year(), title, List.copyOf(tasks), List.copyOf(targets));
	}

	private static List<ControlPlan.Target> targets(@Nullable List<TargetCommand> given, List<FieldProblem> problems) {
		List<ControlPlan.Target> targets = new ArrayList<>();
		Set<Indicator> seen = EnumSet.noneOf(Indicator.class);
		List<TargetCommand> goals = given == null ? List.of() : given;
		for (int i = 0; i < goals.size(); i++) {
			TargetCommand t = goals.get(i);
			Indicator indicator = Indicator.parse(t.indicator());
			if (indicator == null) {
				problems.add(new FieldProblem("targets[" + i + "].indicator", "Chỉ số " + t.indicator()
						+ " không có; dùng một trong: " + String.join(", ",
								java.util.Arrays.stream(Indicator.values()).map(Enum::name).toList())));
				continue;
			}
			if (!seen.add(indicator)) {
				problems.add(new FieldProblem("targets[" + i + "].indicator",
						"Chỉ số " + indicator.name() + " được ghi hai lần"));
			}
			if (t.target() == null || t.target() < 0 || t.target() > 100000) {
				problems.add(new FieldProblem("targets[" + i + "].target", "Ngưỡng phải là số từ 0 đến 100 000"));
				continue;
			}
			if (!indicator.maximum() && t.target() > 100) {
				problems.add(new FieldProblem("targets[" + i + "].target", "Chỉ tiêu tỷ lệ không được lớn hơn 100 %"));
			}
			targets.add(new ControlPlan.Target(indicator, t.target()));
		}
		return targets;
	}

	private static void tooLong(String field, @Nullable String text, int max, List<FieldProblem> problems) {
		if (text != null && text.length() > max) {
			problems.add(new FieldProblem(field, "Quá dài: tối đa " + max + " ký tự"));
		}
	}

	private static PlanTask task(int year, int position, TaskCommand t, String at, List<FieldProblem> problems) {
		String name = ControlAccess.text(t.name());
		String owner = ControlAccess.text(t.owner());
		if (name == null) {
			problems.add(new FieldProblem(at + "name", "Cần tên nhiệm vụ"));
		}
		if (owner == null) {
			problems.add(new FieldProblem(at + "owner", "Cần đơn vị thực hiện"));
		}
		tooLong(at + "name", name, 1000, problems);
		tooLong(at + "owner", owner, 300, problems);
		tooLong(at + "output", t.output(), 2000, problems);
		tooLong(at + "section", t.section(), 300, problems);
		tooLong(at + "deadlineNote", t.deadlineNote(), 200, problems);
		if (t.deadline() != null && t.deadline().getYear() != year) {
			problems.add(new FieldProblem(at + "deadline", "Thời hạn phải trong năm kế hoạch " + year));
		}
		String note = ControlAccess.text(t.deadlineNote());
		if (t.deadline() == null && note == null) {
			note = "Thường xuyên trong năm";
		}
		return new PlanTask(UUID.randomUUID(), position, ControlAccess.text(t.section()), name == null ? "" : name,
				owner == null ? "" : owner, t.deadline(), note, ControlAccess.text(t.output()), TaskStatus.TODO, null,
				null, null, null);
	}
}
