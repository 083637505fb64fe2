package vn.motcua.shared;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Puts the messages of a rejected command beside the fields of the page form that sent it, so that a page shows
 * the same Vietnamese messages as the API's problem JSON.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void apply(InvalidInputException ex, BindingResult result) {
		for (InvalidInputException.FieldProblem problem : ex.errors()) {
			String field = problem.field().replaceAll("\\[\\d+]$", "");
			if (result.getTarget() != null && hasProperty(result, field)) {
				result.rejectValue(field, "invalid", problem.message());
			}
			else {
				result.reject("invalid", problem.message());
			}
		}
	}

	public static void apply(RuntimeException ex, @Nullable String field, BindingResult result) {
		if (field != null && hasProperty(result, field)) {
			result.rejectValue(field, "invalid", ex.getMessage());
		}
		else {
			result.reject("invalid", ex.getMessage());
		}
	}

	/**
	 * The one way a page form is sent: the form gives its command (which may refuse values it cannot read), Bean
	 * Validation checks the command, the action runs; every message lands beside its field (or above the form) and
	 * {@code rerender} shows the form again.
	 * @return the action's view (usually a redirect), or {@code rerender}'s when anything was refused
	 */
	public static <C> String submit(Validator validator, BindingResult result, Supplier<C> command,
			Function<C, String> action, Supplier<String> rerender) {
		try {
			C built = command.get();
			if (validate(validator, built, result)) {
				return action.apply(built);
			}
		}
		catch (InvalidInputException ex) {
			apply(ex, result);
		}
		return rerender.get();
	}

	/**
	 * Puts {@code form} in the model in place of the bound one, with the bound one's errors: a page that shows a
	 * changed form again (a record is not changed in place) keeps every message beside its field.
	 */
	public static void show(Model model, BindingResult result, Object form) {
		String name = result.getObjectName();
		BeanPropertyBindingResult moved = new BeanPropertyBindingResult(form, name);
		moved.addAllErrors(result);
		model.addAttribute(name, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, moved);
	}

	/**
	 * Which field a refusal other than {@link InvalidInputException} is shown beside ({@code null}: above the form),
	 * e.g. a {@link ConflictException} beside the code that is taken.
	 */
	public record Refusal(Class<? extends RuntimeException> type, Function<RuntimeException, @Nullable String> field) {

		public static Refusal of(Class<? extends RuntimeException> type, @Nullable String field) {
			return new Refusal(type, ex -> field);
		}
	}

	/**
	 * Runs a page form's action, whose service validates the command: an {@link InvalidInputException} lands beside
	 * each field, a refusal of one of the given types beside its field; anything else is not caught.
	 * @return the action's view (usually a redirect), or {@code rerender}'s when anything was refused
	 */
	public static String attempt(BindingResult result, Supplier<String> action, Supplier<String> rerender,
			Refusal... refusals) {
		try {
			return action.get();
		}
		catch (InvalidInputException ex) {
			apply(ex, result);
		}
		catch (RuntimeException ex) {
			Refusal refusal = Arrays.stream(refusals).filter(r -> r.type().isInstance(ex)).findFirst().orElseThrow(() -> ex);
			apply(ex, refusal.field().apply(ex), result);
		}
		return rerender.get();
	}

	/** Bean Validation of a command, its messages beside the form's fields; whether the form is free of errors. */
	public static boolean validate(Validator validator, Object command, BindingResult result) {
		var violations = validator.validate(command);
		for (ConstraintViolation<Object> v : violations) {
			String field = v.getPropertyPath().toString();
			if (hasProperty(result, field)) {
				result.rejectValue(field, "invalid", v.getMessage());
			}
			else {
				result.reject("invalid", field + ": " + v.getMessage());
			}
		}
		return violations.isEmpty() && !result.hasErrors();
	}

	private static boolean hasProperty(BindingResult result, String field) {
		try {
			result.getFieldType(field);
			return result.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}
}
