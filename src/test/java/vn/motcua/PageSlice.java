package vn.motcua;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A web slice of page controllers: only the named controllers, Spring MVC, Thymeleaf, Bean Validation and Spring
 * Security's defaults start, with {@link PageSliceLayout} for what the layout reads. Our servlet filters and
 * {@code WebConfiguration} (database-backed interceptors) are left out; the test mocks the management beans the
 * controllers call with {@code @MockitoBean}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(excludeFilters = {
		@ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = OncePerRequestFilter.class),
		@ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.motcua\\.system\\.WebConfiguration") })
@Import(PageSliceLayout.class)
public @interface PageSlice {

	/** The page controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();
}
