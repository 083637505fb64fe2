package vn.motcua.dossier.web;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.motcua.shared.InvalidInputException;

/** The messages of a rejected command keyed by the page's field names, so that a page shows every one at once. */
final class PageErrors {

	private PageErrors() {
	}

	/**
	 * Field → message (the first per field); {@code prefix} is cut from the command's field paths
	 * ({@code applicant.fullName} → {@code fullName}); problems of no field go under {@code ""}.
	 */
	static Map<String, String> byField(InvalidInputException ex, String prefix) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (InvalidInputException.FieldProblem problem : ex.errors()) {
			String field = problem.field() == null ? "" : problem.field();
			if (field.startsWith(prefix)) {
				field = field.substring(prefix.length());
			}
			errors.putIfAbsent(field, problem.message());
		}
		return errors;
	}
}
