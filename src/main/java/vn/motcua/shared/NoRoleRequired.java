package vn.motcua.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public method of a {@code *Management} application service that deliberately has no {@code @PreAuthorize}, and
 * why: it serves citizens without sign-in (checked by a lookup key or rate limit instead), it is read by another
 * module that checks the caller itself, it filters by the caller's agency scope inside, or it runs at start-up.
 * {@code ArchitectureRulesTests} fails for a public {@code *Management} method with neither this nor
 * {@code @PreAuthorize}, so leaving a method open is always a written decision.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NoRoleRequired {

	/** Why the method is open: who calls it and what guards it instead. */
	String value();
}
