package vn.motcua.control;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;

/**
 * A task of a control plan with its owner, deadline, expected output, recorded status and evidence. A task without
 * a deadline runs through the year and is due on 31 December. Moves between statuses are guarded: a task is done
 * only with evidence (a stored file or a link), and a done task can only be reopened.
 */
public record PlanTask(UUID id, int position, @Nullable String section, String name, String owner,
		@Nullable LocalDate deadline, @Nullable String deadlineNote, @Nullable String output, TaskStatus status,
		@Nullable LocalDate doneOn, @Nullable UUID evidenceFileId, @Nullable String evidenceLink,
		@Nullable String evidenceNote) {

	/** The day the task is due: its deadline, or the last day of the plan's year. */
	public LocalDate dueOn(int year) {
		return deadline != null ? deadline : LocalDate.of(year, 12, 31);
	}

	/**
	 * The status on a day: done if finished by then; late if not finished and the due day has passed; else the
	 * recorded status (a task finished later shows as in progress).
	 */
	public TaskStatus statusOn(LocalDate day, int year) {
		if (status == TaskStatus.DONE && (doneOn == null || !doneOn.isAfter(day))) {
			return TaskStatus.DONE;
		}
		if (dueOn(year).isBefore(day)) {
			return TaskStatus.LATE;
		}
		return status == TaskStatus.DONE ? TaskStatus.DOING : status;
	}

	/** Whether the task has evidence attached. */
	public boolean hasEvidence() {
		return evidenceFileId != null || (evidenceLink != null && !evidenceLink.isBlank());
	}

	/**
	 * The task moved to another recorded status, with the evidence given (kept when none is given).
	 * @throws ConflictException when the move is not allowed from the current status (409 naming it)
	 * @throws InvalidInputException when a task is marked done without evidence, or with a future day
	 */
	PlanTask moveTo(TaskStatus next, @Nullable LocalDate day, @Nullable UUID fileId, @Nullable String link,
			@Nullable String note, LocalDate today) {
		if (next == TaskStatus.LATE) {
			throw new InvalidInputException("status", "Trạng thái quá hạn được tính tự động, không ghi được");
		}
		if (!status.next().contains(next)) {
			throw new ConflictException("Nhiệm vụ đang ở trạng thái \"" + status.label() + "\", không chuyển sang \""
					+ next.label() + "\" được", status.name());
		}
		UUID file = fileId != null ? fileId : evidenceFileId;
		String href = link != null && !link.isBlank() ? link.strip() : evidenceLink;
		if (href != null && !href.matches("(?i)https?://\\S+|/\\S*")) {
			throw new InvalidInputException("evidenceLink", "Đường dẫn minh chứng phải bắt đầu bằng http://, https:// hoặc /");
		}
		LocalDate done = null;
		if (next == TaskStatus.DONE) {
			if (file == null && href == null) {
				throw new InvalidInputException("evidenceLink",
						"Cần minh chứng (tệp đính kèm hoặc đường dẫn) để ghi nhận hoàn thành nhiệm vụ");
			}
			done = day != null ? day : today;
			if (done.isAfter(today)) {
				throw new InvalidInputException("doneOn", "Ngày hoàn thành không được ở tương lai");
			}
		}
		return new PlanTask(id, position, section, name, owner, deadline, deadlineNote, output, next, done, file,
				href, note != null && !note.isBlank() ? note.strip() : evidenceNote);
	}
}
