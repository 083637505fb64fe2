package vn.motcua.shared.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for an e-mail address (thư điện tử): something, {@code @}, a domain with a dot, no blanks. Blank
 * counts as absent (valid); pair with {@code @NotBlank} where the address is required. Jakarta's {@code @Email}
 * accepts {@code a@b} (no dot), which no mail to a Vietnamese citizen or agency uses.
 */
@Documented
@Constraint(validatedBy = EmailAddress.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

	/** The message beside the field. */
	String MESSAGE = "Địa chỉ thư điện tử không hợp lệ";

	String message() default MESSAGE;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Bean Validation's side of the constraint. */
	public final class Validator implements ConstraintValidator<EmailAddress, String> {

		private static final Pattern PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return valid(value);
		}

		/** The check behind the constraint, for services that validate a command themselves. */
		public static boolean valid(@Nullable String address) {
			return address == null || address.isBlank() || PATTERN.matcher(address).matches();
		}
	}
}
