package vn.motcua.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page handler that creates something: its form carries a one-time token ({@link OneTimeForms}), so a double
 * click or a resent POST cannot create twice. The handler answers with a redirect (post/redirect/get).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OneTimeForm {
}
