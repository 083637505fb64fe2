package vn.motcua.calendar;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Input to the calendar module was invalid: a year table that breaks the rules, a negative amount, an unknown
 * unit, a date the calendar does not cover. Carries one {@link FieldError} per problem, with messages in
 * Vietnamese ready to be shown to a user; the web layer maps it to HTTP 422 with an {@code errors} array.
 */
public class CalendarValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * One problem with one input field.
     *
     * @param field   the name of the input field ({@code year}, {@code holidays[3]}, {@code amount}, {@code unit},
     *                {@code from}, {@code date} …), as it appears in the HTTP API
     * @param message what is wrong, in Vietnamese
     */
    public record FieldError(String field, String message) {

        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }

    private final List<FieldError> errors;

    /** @param errors at least one error */
    public CalendarValidationException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    /** A single error. */
    public CalendarValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** The problems, in input order. Never empty. */
    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A validation exception needs at least one error");
        }
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
