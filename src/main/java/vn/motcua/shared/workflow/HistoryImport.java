package vn.motcua.shared.workflow;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.NotFoundException;

/**
 * Nhập lịch sử: items from an earlier system replayed through the same state machine and deadline rules, all or
 * nothing. Every row is tried; a bad row gives one error whose field is the row's JSON path
 * ({@code dossiers[2].events[1].action}), and any error stops the whole request with all of them.
 */
public final class HistoryImport {

	/** The action every history starts with. */
	public static final String FIRST_ACTION = "RECEIVE";

	private HistoryImport() {
	}

	/** One row of an import: an item's history. */
	public interface Row {

		/** The item's id in the earlier system, unique within {@link #scope()}. */
		String externalId();

		/** What external ids are unique within: the procedure or the agency. */
		String scope();

		/** The steps, the first {@value #FIRST_ACTION}. */
		List<? extends Step> events();
	}

	/** One step of a history. */
	public interface Step {

		String action();

		OffsetDateTime at();
	}

	/** Replays one row; {@code field} is the row's JSON path, to prefix the fields of its errors. */
	@FunctionalInterface
	public interface Replay<R extends Row, T> {

		T replay(R row, String field);
	}

	/**
	 * Replays every row and answers their items in order; throws one {@link InvalidInputException} listing an error
	 * per bad row (an external id given twice, a step refused, an unknown code…).
	 * @param listField the JSON name of the list ("dossiers", "feedback")
	 * @param emptyMessage the message when the list is empty
	 * @param lookupFailureField where, within a row, a "not found" or "forbidden" failure is reported ("" for the
	 * row itself, ".procedureCode")
	 */
	public static <R extends Row, T> List<T> replayAll(@Nullable List<R> rows, String listField, String emptyMessage,
			String lookupFailureField, Replay<R, T> replay) {
		if (rows == null || rows.isEmpty()) {
			throw new InvalidInputException(listField, emptyMessage);
		}
		List<FieldProblem> errors = new ArrayList<>();
		List<T> result = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			R row = rows.get(i);
			String field = listField + "[" + i + "]";
			try {
				if (!seen.add(row.scope() + "\u0000" + row.externalId())) {
					throw new InvalidInputException(field + ".externalId",
							"externalId " + row.externalId() + " lặp lại trong cùng yêu cầu");
				}
				result.add(replay.replay(row, field));
			}
			catch (InvalidInputException ex) {
				String f = ex.errors().get(0).field();
				errors.add(new FieldProblem(f.startsWith(field) ? f : field + "." + f, ex.getMessage()));
			}
			catch (NotFoundException | ForbiddenException ex) {
				errors.add(new FieldProblem(field + lookupFailureField, ex.getMessage()));
			}
			catch (ConflictException ex) {
				errors.add(new FieldProblem(field, ex.getMessage()));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return result;
	}

	/** The first step must be {@value #FIRST_ACTION}. */
	public static void requireReceivedFirst(Row row, String field) {
		if (!FIRST_ACTION.equalsIgnoreCase(row.events().get(0).action())) {
			throw new InvalidInputException(field + ".events[0].action", "Bước đầu tiên phải là " + FIRST_ACTION);
		}
	}

	/** No step may lie after {@code now}. */
	public static void requireNoFutureStep(Row row, String field, OffsetDateTime now) {
		List<? extends Step> steps = row.events();
		for (int s = 0; s < steps.size(); s++) {
			if (steps.get(s).at().isAfter(now)) {
				throw new InvalidInputException(field + ".events[" + s + "].at", "Thời điểm ở tương lai");
			}
		}
	}

	/**
	 * Runs step {@code s} of a row: a refused input is reported under the step ({@code …events[s].reason}), a step
	 * the state forbids under its action ({@code …events[s].action}).
	 */
	public static void replayStep(String field, int s, Runnable step) {
		String stepField = stepField(field, s);
		try {
			step.run();
		}
		catch (InvalidInputException ex) {
			String inner = ex.errors().get(0).field();
			throw new InvalidInputException(inner.startsWith(stepField) ? inner : stepField + "." + inner,
					ex.getMessage());
		}
		catch (ConflictException ex) {
			throw new InvalidInputException(stepField + ".action", ex.getMessage());
		}
	}

	/** The JSON path of step {@code s} of the row at {@code field}. */
	public static String stepField(String field, int s) {
		return field + ".events[" + s + "]";
	}
}
