package vn.motcua.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An agency (cơ quan, đơn vị): a ministry, a provincial People's Committee, a department such as the Sở Ngoại vụ,
 * or a commune. Names are data because they change with mergers.
 *
 * @param identifierCode the unit code under QCVN 102 used in dossier codes ({@code 000.00.20.H36})
 */
public record Agency(UUID id, String code, String name, @Nullable String shortName, String identifierCode,
		AgencyLevel level, @Nullable UUID parentId, @Nullable String address, @Nullable String phone,
		@Nullable String email, boolean active) {

	/** The short name where one is set, the full name otherwise. */
	public String displayName() {
		return shortName != null && !shortName.isBlank() ? shortName : name;
	}
}
