package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What intake needs to know of a procedure: the version in force on the receipt day, its agency, papers and fees.
 * Implemented over the procedure catalogue.
 */
public interface ProcedureDirectory {

	/** The version of procedure {@code code} in force on {@code day}, if the procedure exists and is published. */
	Optional<ProcedureTerms> inForce(String code, LocalDate day);

	/** The published procedures of the given agencies in force on {@code day}, ordered by name, for intake forms. */
	List<ProcedureTerms> inForceFor(java.util.Collection<UUID> agencyIds, LocalDate day);

	/** The internal process (quy trình nội bộ) of a procedure version, in order; empty when none was published. */
	List<StepTerm> steps(UUID versionId);

	/** The inter-agency legs (các bước liên thông) of a procedure version, in order; empty when none. */
	default List<LegTerm> legs(UUID versionId) {
		return List.of();
	}

	/** One leg: which agency and its working days. */
	record LegTerm(String agency, int days) {
	}

	/** One step: who does what in how many working days. */
	record StepTerm(int order, String name, String role, int days) {
	}

	/** A procedure version as intake uses it. */
	record ProcedureTerms(ProcedureRef ref, UUID agencyId, boolean interAgency, List<PaperTerm> papers,
			@Nullable String fieldCode) {
	}

	/** One paper the procedure asks for. */
	record PaperTerm(String code, String name, boolean required, int copies) {
	}
}
