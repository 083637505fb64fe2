/**
 * Audit log (nhật ký thao tác): every write in the system, who did it, when, what, and the record before and after,
 * in an append-only table whose rows are chained by SHA-256 hashes so that a changed or removed row is detected.
 * <p>
 * Other modules call {@link vn.motcua.audit.AuditLog#record} inside the transaction of the write, so a write and its
 * audit row are stored together or not at all.
 * <p>
 * Glossary: nhật ký = log; thao tác = action; trước/sau = before/after; chuỗi băm = hash chain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nhật ký thao tác")
@org.jspecify.annotations.NullMarked
package vn.motcua.audit;
