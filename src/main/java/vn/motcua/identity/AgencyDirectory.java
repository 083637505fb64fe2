package vn.motcua.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agencies as other modules read them: by code or id, all, and an agency's subtree. Read-only; the identity
 * module's own {@code Agencies} table stays inside it, and changes go through {@link AgencyManagement}. The callers
 * check role and agency scope themselves (they hold the business rule that needs the agency).
 */
@Component
@Transactional(readOnly = true)
public class AgencyDirectory {

	private final Agencies agencies;

	AgencyDirectory(Agencies agencies) {
		this.agencies = agencies;
	}

	public Optional<Agency> findByCode(String code) {
		return agencies.findByCode(code);
	}

	public Optional<Agency> findById(UUID id) {
		return agencies.findById(id);
	}

	/** All agencies, ordered by name with Vietnamese collation. */
	public List<Agency> findAll() {
		return agencies.findAll();
	}

	public List<Agency> findAllById(Collection<UUID> ids) {
		return agencies.findAllById(ids);
	}

	/** The agency and every agency under it, at any depth. */
	public Set<UUID> subtree(UUID root) {
		return agencies.subtree(root);
	}
}
