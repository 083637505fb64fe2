package vn.motcua.shared;

import java.util.List;

/**
 * Input that is well-formed but breaks a business rule: unknown codes, inconsistent values. Carries one message
 * per field, in Vietnamese. Becomes HTTP 422 with an {@code errors} list.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> errors;

	public InvalidInputException(List<FieldProblem> errors) {
		super(errors.isEmpty() ? "Dữ liệu không hợp lệ" : errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> errors() {
		return errors;
	}

	/**
	 * Gathers the problems of several independent checks, so that a form can show every one at once: each check's
	 * {@link InvalidInputException} is kept and the check answers {@code null}; {@link #throwIfAny()} then throws them
	 * all together.
	 */
	public static final class Problems {

		private final List<FieldProblem> problems = new java.util.ArrayList<>();

		public <T> @org.jspecify.annotations.Nullable T check(java.util.function.Supplier<T> check) {
			try {
				return check.get();
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.errors());
				return null;
			}
		}

		public void add(String field, String message) {
			problems.add(new FieldProblem(field, message));
		}

		public void throwIfAny() {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
		}
	}

	/** One field's problem; {@code field} is the JSON path of the field ("roles[1]", "parentCode"). */
	public record FieldProblem(String field, String message) {
	}
}
