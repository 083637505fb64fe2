package vn.motcua.identity;

import org.springframework.stereotype.Component;
import vn.motcua.shared.CurrentActor;

/** The signed-in user's agency name for the page header ({@code ${@currentAgency.name()}}). */
@Component("currentAgency")
class CurrentAgency {

	private final CurrentActor actor;

	private final Agencies agencies;

	CurrentAgency(CurrentActor actor, Agencies agencies) {
		this.actor = actor;
		this.agencies = agencies;
	}

	public String name() {
		if (actor.agencyId() == null) {
			return actor.seesAllAgencies() ? "Quản trị hệ thống" : "";
		}
		return agencies.findById(actor.agencyId()).map(Agency::name).orElse("");
	}
}
