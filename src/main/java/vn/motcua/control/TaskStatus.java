package vn.motcua.control;

import java.util.Set;

/**
 * The status of a plan task. {@code TODO}, {@code DOING} and {@code DONE} are recorded; {@code LATE} is derived: a
 * task not done by the day after its deadline.
 */
public enum TaskStatus {

	TODO("Chưa thực hiện"), DOING("Đang thực hiện"), DONE("Hoàn thành"), LATE("Quá hạn");

	private final String label;

	TaskStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The recorded statuses a task may move to from this one. */
	Set<TaskStatus> next() {
		return switch (this) {
			case TODO -> Set.of(DOING, DONE);
			case DOING -> Set.of(TODO, DONE);
			case DONE -> Set.of(DOING);
			case LATE -> Set.of();
		};
	}
}
