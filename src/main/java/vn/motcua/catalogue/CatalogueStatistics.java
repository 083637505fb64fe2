package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.Roles;

/**
 * Read-only figures of the catalogue for the periodic report forms (Circular 01/2020/TT-VPCP). The reporting module
 * (or a {@link vn.motcua.shared.ReportSource} written for these forms) calls these methods with the agencies it has
 * already checked the caller may see; each method returns the records so that a cell and its drill-down list come
 * from the same rule.
 * <ul>
 * <li><b>II.03b</b> (công bố, công khai TTHC): {@link #decisions} gives the decisions of a period per agency with
 * each announced procedure and its change: column (3) = number of decisions, (4) = their legal documents,
 * (5) = announced procedures, (6)/(7)/(8) = NEW/AMENDED/REPEALED, (9) = NEW + AMENDED (made public),
 * (10) = REPEALED (withdrawn). Column (11) and the narrative's split "do Trung ương / địa phương quy định" are
 * {@link #countInForce} on the last day of the period.</li>
 * <li><b>II.07b</b> (TTHC tại Bộ phận Một cửa) and <b>II.08</b> (TTHC trên môi trường điện tử): {@link #inForce} gives
 * the procedures in force on a day with their field, level (columns 4–6 of II.07b), one-stop flag (7–10),
 * internal-process flag (11–14), "4 tại chỗ" flag (part II) and online mode (II.08: FULL ≈ level 4 / toàn trình,
 * PARTIAL ≈ level 3 / một phần).</li>
 * </ul>
 * "In force on a day" means: a version valid from that day or earlier, of a procedure that is published, or was
 * repealed only after that day. Drafts are never counted.
 */
@Service
public class CatalogueStatistics {

	private final Procedures procedures;

	private final PublicationDecisions decisions;

	CatalogueStatistics(Procedures procedures, PublicationDecisions decisions) {
		this.procedures = procedures;
		this.decisions = decisions;
	}

	/**
	 * A procedure in force on a day, as the report forms count it.
	 * @param level PROVINCE, COMMUNE or MINISTRY
	 * @param origin CENTRAL (do Trung ương quy định) or LOCAL (do địa phương quy định)
	 * @param oneStop handled through the one-stop desk (một cửa, một cửa liên thông)
	 * @param onTheSpot "4 tại chỗ" at the desk
	 * @param internalProcessDefined an internal process (quy trình nội bộ) is issued for the version
	 * @param onlineMode FULL (toàn trình), PARTIAL (một phần) or NONE
	 * @param decisionNumber the publication decision that announced the version, if recorded
	 */
	public record ProcedureInForce(UUID procedureId, UUID versionId, String code, String name, int version,
			LocalDate validFrom, UUID agencyId, String agencyCode, @Nullable String fieldCode,
			@Nullable String fieldName, String level, String origin, boolean oneStop, boolean onTheSpot,
			boolean internalProcessDefined, String onlineMode, boolean interAgency, @Nullable String decisionNumber) {
	}

	/** Procedures in force: all, of central origin, of local origin. */
	public record ProcedureCount(long total, long central, long local) {
	}

	/**
	 * The procedures of the given agencies in force on a day, by name in Vietnamese order (II.07b, II.08; column (11)
	 * of II.03b through {@link #countInForce}).
	 */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<ProcedureInForce> inForce(Collection<UUID> agencies, LocalDate on) {
		return procedures.inForceFor(agencies, on, null)
			.stream()
			.filter(v -> v.inForceOn(on))
			.map(v -> new ProcedureInForce(v.procedureId(), v.id(), v.code(), v.name(), v.version(), v.validFrom(),
					v.agencyId(), v.agencyCode(), v.fieldCode(), v.fieldName(), v.level().name(), v.origin().name(),
					v.oneStop(), v.onTheSpot(), v.internalProcessDefined(), v.onlineMode().name(), v.interAgency(), v.decisionNumber()))
			.toList();
	}

	/**
	 * How many procedures of the given agencies are in force on a day, split by origin: column (11) of II.03b
	 * ("Tổng số TTHC thuộc thẩm quyền giải quyết … tính đến thời điểm báo cáo") with the narrative's "trong đó do
	 * Trung ương quy định … do địa phương quy định …".
	 */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public ProcedureCount countInForce(Collection<UUID> agencies, LocalDate on) {
		List<ProcedureInForce> all = inForce(agencies, on);
		long central = all.stream().filter(p -> "CENTRAL".equals(p.origin())).count();
		return new ProcedureCount(all.size(), central, all.size() - central);
	}

	/**
	 * {@link #countInForce} per agency (II.03b has one row per agency): every given agency is a key, with zeros when
	 * it has no procedure in force that day.
	 */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public Map<UUID, ProcedureCount> countInForceByAgency(Collection<UUID> agencies, LocalDate on) {
		Map<UUID, ProcedureCount> counts = new LinkedHashMap<>();
		agencies.forEach(a -> counts.put(a, new ProcedureCount(0, 0, 0)));
		for (ProcedureInForce p : inForce(agencies, on)) {
			ProcedureCount c = counts.getOrDefault(p.agencyId(), new ProcedureCount(0, 0, 0));
			boolean central = "CENTRAL".equals(p.origin());
			counts.put(p.agencyId(), new ProcedureCount(c.total() + 1, c.central() + (central ? 1 : 0),
					c.local() + (central ? 0 : 1)));
		}
		return counts;
	}

	/**
	 * The publication decisions of the given agencies signed from {@code from} to {@code to} (inclusive), newest
	 * first, each with its announced procedures and their change (NEW, AMENDED, REPEALED): columns (3)–(10) of
	 * II.03b, one row per {@link PublicationDecision#agencyCode()}.
	 */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<PublicationDecision> decisions(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		return decisions.search(agencies, from, to);
	}

	/**
	 * The codes of the given agencies' procedures in force on a day that carry a fee or charge (nghĩa vụ tài chính):
	 * the base of Decision 766 indicator 3.5.
	 */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public Set<String> feeBearing(Collection<UUID> agencies, LocalDate on) {
		return procedures.inForceFor(agencies, on, null)
			.stream()
			.filter(v -> v.inForceOn(on) && v.feeTotalVnd() > 0)
			.map(ProcedureVersion::code)
			.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
	}
}
