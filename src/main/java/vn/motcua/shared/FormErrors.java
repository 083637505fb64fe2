package vn.motcua.shared;

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

	public static void apply(RuntimeException ex, String field, BindingResult result) {
		if (field != null && hasProperty(result, field)) {
			result.rejectValue(field, "invalid", ex.getMessage());
		}
		else {
			result.reject("invalid", ex.getMessage());
		}
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
