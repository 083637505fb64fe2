package vn.motcua.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * What the national public-service portal (Cổng DVCQG) has received of our dossiers: Decision 766 indicator 1.4
 * ("hồ sơ đồng bộ lên Cổng DVCQG": synced dossiers received in the period ÷ dossiers received in the period). The
 * module that syncs dossiers to the portal implements it as a bean; until one exists the index says "chưa kết nối
 * Cổng DVCQG" instead of counting anything.
 */
public interface PortalSyncSource {

	/** How many dossiers of the agencies received from {@code from} to {@code to} (inclusive) the portal holds. */
	long syncedReceived(Collection<UUID> agencies, LocalDate from, LocalDate to);

	/**
	 * {@link #syncedReceived} per agency, every given agency a key (0 when the portal holds none of its dossiers); by
	 * default one count per agency.
	 */
	default java.util.Map<UUID, Long> syncedReceivedByAgency(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		java.util.Map<UUID, Long> counts = new java.util.LinkedHashMap<>();
		agencies.forEach(a -> counts.put(a, syncedReceived(java.util.List.of(a), from, to)));
		return counts;
	}

	/** Which of the given dossier codes the portal holds (for the list behind the figure). */
	Set<String> synced(Collection<String> dossierCodes);
}
