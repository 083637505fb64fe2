package vn.motcua.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service whose read-only transactions are report queries (the report forms, the 766 index, the
 * dashboard): when a read replica is configured ({@code motcua.reporting.datasource.url}), they read from it. A
 * read-write transaction, or a read-only one outside such a service, always goes to the primary.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReportQuery {
}
