package vn.motcua.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the whole hash chain.
 *
 * @param intact whether every row matches its hash and links to the row before it
 * @param checked how many rows were checked
 * @param firstBrokenSeq the first row that does not match, or {@code null}
 * @param reason why that row does not match, in Vietnamese, or {@code null}
 */
public record AuditVerification(boolean intact, long checked, @Nullable Long firstBrokenSeq,
		@Nullable String reason) {
}
