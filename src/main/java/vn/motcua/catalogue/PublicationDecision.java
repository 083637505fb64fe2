package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A publication decision (quyết định công bố thủ tục hành chính): signed on a day by the competent authority, it
 * announces new, amended and repealed procedures of an agency. Each announced procedure points to the catalogue
 * version it announces (for a repeal: the version it ends).
 *
 * @param agencyCode the agency whose procedures it announces (a row of form II.03b)
 * @param legalDocuments the legal documents (văn bản QPPL) whose procedures it announces (column 4 of II.03b)
 */
public record PublicationDecision(UUID id, String number, LocalDate signedOn, UUID agencyId, String agencyCode,
		String agencyName, @Nullable String signer, List<String> legalDocuments, List<Item> procedures) {

	/**
	 * One announced procedure.
	 * @param change NEW (quy định mới), AMENDED (sửa đổi, bổ sung) or REPEALED (bãi bỏ)
	 * @param version the announced version's number, {@code null} if none
	 */
	public record Item(UUID procedureId, String code, String name, String change, @Nullable UUID versionId,
			@Nullable Integer version, @Nullable LocalDate validFrom, String origin) {
	}

	/** How many procedures it announces with a change (NEW, AMENDED, REPEALED). */
	public long count(String change) {
		return procedures.stream().filter(i -> i.change().equals(change)).count();
	}
}
