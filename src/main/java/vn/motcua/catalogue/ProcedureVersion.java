package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One version of a procedure, valid from a date until the next version. Immutable: a change makes a new version.
 *
 * @param status the procedure's status (DRAFT, PUBLISHED, REPEALED), shared by its versions
 */
public record ProcedureVersion(UUID id, UUID procedureId, String code, int version, LocalDate validFrom,
		String name, @Nullable UUID fieldId, @Nullable String fieldCode, UUID agencyId, String agencyCode,
		String level, String origin, int processingAmount, String processingUnit, String onlineMode,
		@Nullable String onlineReason, String resultType, boolean interAgency, @Nullable String legalBasis,
		@Nullable String whereToSubmit, @Nullable String decisionNumber, List<Fee> fees, List<Component> components,
		List<Step> steps, String status) {

	/** A step of the internal process (quy trình nội bộ): who does what, in how many working days. */
	public record Step(int order, String name, String role, int days) {
	}

	/** A fee or charge in VND. */
	public record Fee(String name, long amountVnd) {
	}

	/** A paper to submit. */
	public record Component(String code, String name, boolean required, int copies) {
	}

	/** Fees due for one dossier. */
	public long feeTotalVnd() {
		return fees.stream().mapToLong(Fee::amountVnd).sum();
	}
}
