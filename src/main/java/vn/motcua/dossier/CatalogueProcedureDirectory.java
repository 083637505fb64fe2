package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import vn.motcua.catalogue.ProcedureManagement;
import vn.motcua.catalogue.ProcedureVersion;

/** The {@link ProcedureDirectory} over the procedure catalogue. */
@Component
class CatalogueProcedureDirectory implements ProcedureDirectory {

	private final ProcedureManagement catalogue;

	CatalogueProcedureDirectory(ProcedureManagement catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public Optional<ProcedureTerms> inForce(String code, LocalDate day) {
		return catalogue.versionInForce(code, day).map(CatalogueProcedureDirectory::terms);
	}

	@Override
	public List<ProcedureTerms> inForceFor(Collection<UUID> agencyIds, LocalDate day) {
		return catalogue.inForceFor(agencyIds, day).stream().map(CatalogueProcedureDirectory::terms).toList();
	}

	@Override
	public List<StepTerm> steps(UUID versionId) {
		return catalogue.version(versionId)
			.map(v -> v.steps().stream().map(s -> new StepTerm(s.order(), s.name(), s.role(), s.days())).toList())
			.orElse(List.of());
	}

	@Override
	public List<LegTerm> legs(UUID versionId) {
		return catalogue.version(versionId)
			.map(v -> v.legs().stream().map(l -> new LegTerm(l.agency(), l.days())).toList())
			.orElse(List.of());
	}

	private static ProcedureTerms terms(ProcedureVersion v) {
		return new ProcedureTerms(
				new ProcedureRef(v.id(), v.code(), v.version(), v.name(), v.fieldId(), v.processingAmount(),
						v.processingUnit().name(), v.feeTotalVnd()),
				v.agencyId(), v.interAgency(),
				v.components().stream().map(c -> new PaperTerm(c.code(), c.name(), c.required(), c.copies())).toList(),
				v.fieldCode());
	}
}
