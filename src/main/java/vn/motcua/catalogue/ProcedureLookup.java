package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as other modules read it for their own measures (procedure control's indicators and review names):
 * read-only, no access check of its own (the caller checks role and agency). The {@code Procedures} table stays
 * inside the catalogue; changes go through {@link ProcedureManagement}.
 */
@Component
@Transactional(readOnly = true)
public class ProcedureLookup {

	private final Procedures procedures;

	ProcedureLookup(Procedures procedures) {
		this.procedures = procedures;
	}

	/** The latest version of a procedure, whatever its status. */
	public Optional<ProcedureVersion> latest(String code) {
		return procedures.latest(code);
	}

	/** The published procedures in force on a day for the given agencies ({@code null}: all), by name. */
	public List<ProcedureVersion> publishedInForce(@Nullable Collection<UUID> agencies, LocalDate day) {
		return procedures.inForceFor(agencies, day, "PUBLISHED");
	}
}
