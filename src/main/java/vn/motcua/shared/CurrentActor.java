package vn.motcua.shared;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who is calling, as far as other modules need to know: the username, the home agency and the set of agencies
 * whose data the caller may see (the home agency and every agency under it; all agencies for a system
 * administrator). Implemented by the identity module from the security context.
 */
public interface CurrentActor {

	/** The caller's username, or {@code "system"} outside a request (jobs, demo data). */
	String username();

	/** The caller's home agency, {@code null} for a system administrator without one or outside a request. */
	@Nullable UUID agencyId();

	/** Whether the caller has the given role (without the {@code ROLE_} prefix). */
	boolean hasRole(String role);

	/** Whether the caller is a system administrator (or a system job), who sees every agency. */
	default boolean seesAllAgencies() {
		return hasRole(Roles.SYSTEM_ADMIN);
	}

	/** The agencies whose data the caller may see; meaningless when {@link #seesAllAgencies()} is true. */
	Set<UUID> visibleAgencyIds();

	/**
	 * The agencies whose data the caller may see, as a query's filter: {@code null} when the caller sees every agency
	 * (no filter at all).
	 */
	default @Nullable Set<UUID> agencyFilter() {
		return seesAllAgencies() ? null : visibleAgencyIds();
	}

	/** Whether the caller may see or change the data of the given agency. */
	default boolean canSee(@Nullable UUID agencyId) {
		return seesAllAgencies() || (agencyId != null && visibleAgencyIds().contains(agencyId));
	}
}
