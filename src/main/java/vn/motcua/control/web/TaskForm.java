package vn.motcua.control.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.motcua.control.ControlCommands.TaskCommand;

/** The add-task form of a plan (nhiệm vụ). */
record TaskForm(@Nullable String name, @Nullable String owner,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, @Nullable String output) {

	static TaskForm empty() {
		return new TaskForm(null, null, null, null);
	}

	TaskCommand command() {
		return new TaskCommand(name == null ? "" : name, owner == null ? "" : owner, deadline, output, null, null);
	}
}
