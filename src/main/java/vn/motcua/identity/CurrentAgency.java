package vn.motcua.identity;

import org.springframework.stereotype.Component;

/** The signed-in user's agency name for the page header ({@code ${@currentAgency.name()}}). */
@Component("currentAgency")
class CurrentAgency {

	private final SecurityActor actor;

	CurrentAgency(SecurityActor actor) {
		this.actor = actor;
	}

	public String name() {
		if (actor.agencyId() == null) {
			return actor.seesAllAgencies() ? "Quản trị hệ thống" : "";
		}
		return actor.agencyName();
	}
}
