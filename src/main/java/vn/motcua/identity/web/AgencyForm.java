package vn.motcua.identity.web;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyLevel;
import vn.motcua.identity.AgencyManagement.AgencyCommand;

/** The agency form, as typed; the service validates its command. An unticked box is {@code false}. */
record AgencyForm(@Nullable String code, @Nullable String name, @Nullable String shortName,
		@Nullable String identifierCode, @Nullable String level, @Nullable String parentCode, @Nullable String address,
		@Nullable String phone, @Nullable String email, @Nullable Boolean active) {

	/** A blank form for a new, active provincial agency. */
	static AgencyForm empty() {
		return new AgencyForm(null, null, null, null, AgencyLevel.PROVINCE.name(), null, null, null, null, true);
	}

	static AgencyForm of(Agency agency, @Nullable String parentCode) {
		return new AgencyForm(agency.code(), agency.name(), agency.shortName(), agency.identifierCode(),
				agency.level().name(), parentCode == null ? "" : parentCode, agency.address(), agency.phone(),
				agency.email(), agency.active());
	}

	AgencyCommand command() {
		return new AgencyCommand(code, name, shortName, identifierCode, level, parentCode, address, phone, email,
				Boolean.TRUE.equals(active));
	}
}
