package vn.motcua.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The control plans with their tasks, targets and reminders. */
@Repository
class ControlPlans {

	private final JdbcClient jdbc;

	ControlPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ControlPlan plan, @Nullable String externalId, String by) {
		jdbc.sql("insert into control_plan (id, agency_id, year, title, external_id, created_by) values (?, ?, ?, ?, ?, ?)")
			.params(plan.id(), plan.agencyId(), plan.year(), plan.title(), externalId, by)
			.update();
		for (PlanTask task : plan.tasks()) {
			insertTask(plan.id(), task, by);
		}
		int position = 0;
		for (ControlPlan.Target target : plan.targets()) {
			jdbc.sql("insert into control_target (plan_id, position, indicator, target) values (?, ?, ?, ?)")
				.params(plan.id(), ++position, target.indicator().name(), target.target())
				.update();
		}
	}

	void replaceTargets(UUID planId, List<ControlPlan.Target> targets) {
		jdbc.sql("delete from control_target where plan_id = ?").param(planId).update();
		int position = 0;
		for (ControlPlan.Target target : targets) {
			jdbc.sql("insert into control_target (plan_id, position, indicator, target) values (?, ?, ?, ?)")
				.params(planId, ++position, target.indicator().name(), target.target())
				.update();
		}
	}

	void insertTask(UUID planId, PlanTask t, String by) {
		jdbc.sql("""
				insert into control_task (id, plan_id, position, section, name, owner, deadline, deadline_note, output,
				                          status, done_on, evidence_file_id, evidence_link, evidence_note, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(t.id(), planId, t.position(), t.section(), t.name(), t.owner(), t.deadline(), t.deadlineNote(),
					t.output(), t.status().name(), t.doneOn(), t.evidenceFileId(), t.evidenceLink(), t.evidenceNote(),
					by)
			.update();
	}

	void updateTask(PlanTask t, String by) {
		jdbc.sql("""
				update control_task set status = ?, done_on = ?, evidence_file_id = ?, evidence_link = ?, evidence_note = ?,
				       updated_by = ?, updated_at = now()
				where id = ?""")
			.params(t.status().name(), t.doneOn(), t.evidenceFileId(), t.evidenceLink(), t.evidenceNote(), by, t.id())
			.update();
	}

	Optional<ControlPlan> findById(UUID id) {
		return jdbc.sql("select * from control_plan where id = ?").param(id).query(this::plan).optional()
			.map(this::load);
	}

	Optional<UUID> findByExternalId(UUID agencyId, String externalId) {
		return jdbc.sql("select id from control_plan where agency_id = ? and external_id = ?")
			.params(agencyId, externalId)
			.query(UUID.class)
			.optional();
	}

	/** The plans of the agencies, newest year first ({@code year} {@code null}: every year). */
	List<ControlPlan> find(Collection<UUID> agencies, @Nullable Integer year) {
		return jdbc.sql("select * from control_plan where agency_id = any(?) and (?::int is null or year = ?)"
				+ " order by year desc, title collate \"vi-x-icu\"")
			.params(agencies.toArray(UUID[]::new), year, year)
			.query(this::plan)
			.list()
			.stream()
			.map(this::load)
			.toList();
	}

	int nextPosition(UUID planId) {
		return jdbc.sql("select coalesce(max(position), 0) + 1 from control_task where plan_id = ?")
			.param(planId)
			.query(Integer.class)
			.single();
	}

	long count() {
		return jdbc.sql("select count(*) from control_plan").query(Long.class).single();
	}

	/**
	 * Tasks not done whose due day (deadline, or 31 December of the plan's year) falls between two days, as
	 * (task id, due day).
	 */
	List<Map.Entry<UUID, LocalDate>> dueBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select t.id, coalesce(t.deadline, make_date(p.year, 12, 31)) as due
				from control_task t join control_plan p on p.id = t.plan_id
				where t.status <> 'DONE' and coalesce(t.deadline, make_date(p.year, 12, 31)) between ? and ?""")
			.params(from, to)
			.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getObject("due", LocalDate.class)))
			.list();
	}

	/** Records a reminder once per task and due day; whether it is new. */
	boolean remind(UUID taskId, LocalDate due) {
		return jdbc.sql("""
				insert into control_reminder (id, task_id, deadline) values (?, ?, ?)
				on conflict (task_id, deadline) do nothing""")
			.params(UUID.randomUUID(), taskId, due)
			.update() == 1;
	}

	/** The reminders of tasks still not done, of plans of the given agencies (or one plan), soonest first. */
	List<Reminder> reminders(Collection<UUID> agencies, @Nullable UUID planId) {
		return jdbc.sql("""
				select r.deadline, r.created_at, t.id as task_id, t.name, t.owner, p.id as plan_id, p.title, p.year
				from control_reminder r join control_task t on t.id = r.task_id join control_plan p on p.id = t.plan_id
				where p.agency_id = any(?) and (?::uuid is null or p.id = ?) and t.status <> 'DONE'
				  and r.deadline = coalesce(t.deadline, make_date(p.year, 12, 31))
				order by r.deadline, t.position""")
			.params(agencies.toArray(UUID[]::new), planId, planId)
			.query((rs, n) -> new Reminder(rs.getObject("plan_id", UUID.class), rs.getString("title"),
					rs.getObject("task_id", UUID.class), rs.getString("name"), rs.getString("owner"),
					rs.getObject("deadline", LocalDate.class), rs.getObject("created_at", OffsetDateTime.class)))
			.list();
	}

	/** A due-soon reminder of a task. */
	record Reminder(UUID planId, String planTitle, UUID taskId, String taskName, String owner, LocalDate deadline,
			OffsetDateTime remindedAt) {
	}

	private ControlPlan load(ControlPlan plan) {
		List<PlanTask> tasks = jdbc.sql("select * from control_task where plan_id = ? order by position")
			.param(plan.id())
			.query(ControlPlans::task)
			.list();
		List<ControlPlan.Target> targets = jdbc
			.sql("select * from control_target where plan_id = ? order by position")
			.param(plan.id())
			.query((rs, n) -> new ControlPlan.Target(Indicator.valueOf(rs.getString("indicator")),
					rs.getBigDecimal("target").doubleValue()))
			.list();
		return new ControlPlan(plan.id(), plan.agencyId(), plan.year(), plan.title(), tasks, targets);
	}

	private ControlPlan plan(ResultSet rs, int n) throws SQLException {
		return new ControlPlan(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
				rs.getInt("year"), rs.getString("title"), List.of(), List.of());
	}

	private static PlanTask task(ResultSet rs, int n) throws SQLException {
		return new PlanTask(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("section"),
				rs.getString("name"), rs.getString("owner"), rs.getObject("deadline", LocalDate.class),
				rs.getString("deadline_note"), rs.getString("output"), TaskStatus.valueOf(rs.getString("status")),
				rs.getObject("done_on", LocalDate.class), rs.getObject("evidence_file_id", UUID.class),
				rs.getString("evidence_link"), rs.getString("evidence_note"));
	}

	static Map<UUID, PlanTask> byId(List<PlanTask> tasks) {
		return tasks.stream().collect(Collectors.toMap(PlanTask::id, t -> t));
	}
}
