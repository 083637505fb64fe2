package vn.motcua.control;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.InvalidInputException;

/**
 * Who may do what in procedure control: control officers, agency heads and administrators write; any staff member
 * reads the records of the agencies they can see; nobody sees another agency's records.
 */
@Component
public class ControlAccess {

	/** Expression: those who write control records (plans, assessments, reviews). */
	public static final String WRITERS = "hasAnyRole('SYSTEM_ADMIN','AGENCY_ADMIN','CONTROL_OFFICER','AGENCY_HEAD')";

	/** Expression: those who work the desk queue. */
	public static final String DESK = "hasAnyRole('SYSTEM_ADMIN','AGENCY_ADMIN','RECEPTION_OFFICER')";

	/** Business dates are in this zone. */
	public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

	private final Agencies agencies;

	private final CurrentActor actor;

	ControlAccess(Agencies agencies, CurrentActor actor) {
		this.agencies = agencies;
		this.actor = actor;
	}

	/** The agency a new record belongs to: the one named (if the caller can see it) or the caller's own. */
	Agency owner(@Nullable String agencyCode) {
		if (agencyCode != null && !agencyCode.isBlank()) {
			return agencies.findByCode(agencyCode.strip())
				.filter(a -> actor.canSee(a.id()))
				.orElseThrow(() -> new InvalidInputException("agencyCode",
						"Không có cơ quan với mã " + agencyCode.strip() + " trong phạm vi của bạn"));
		}
		if (actor.agencyId() == null) {
			throw new InvalidInputException("agencyCode", "Tài khoản không thuộc cơ quan nào: hãy ghi mã cơ quan");
		}
		return agencies.findById(actor.agencyId()).orElseThrow();
	}

	/** Refuses (403) a record of an agency the caller cannot see. */
	void requireVisible(UUID agencyId) {
		if (!actor.canSee(agencyId)) {
			throw new ForbiddenException("Bạn không có quyền xem dữ liệu của cơ quan khác");
		}
	}

	/** The agencies whose records the caller lists. */
	Collection<UUID> visible() {
		if (actor.seesAllAgencies()) {
			return agencies.findAll().stream().map(Agency::id).toList();
		}
		return actor.visibleAgencyIds().isEmpty() ? List.of() : actor.visibleAgencyIds();
	}

	Agency agency(UUID id) {
		return agencies.findById(id).orElseThrow();
	}

	/** The code of an agency, for API answers. */
	public String agencyCode(UUID id) {
		return agencies.findById(id).map(Agency::code).orElse("");
	}

	/** The agency and every agency under it. */
	Collection<UUID> subtree(UUID id) {
		return agencies.subtree(id);
	}

	/** Cleaned text (NFC, trimmed), {@code null} when blank. */
	static @Nullable String text(@Nullable String text) {
		String clean = vn.motcua.shared.VietnameseText.clean(text);
		return clean == null || clean.isEmpty() ? null : clean;
	}

	String username() {
		return actor.username();
	}

	boolean canWrite() {
		return actor.hasRole("SYSTEM_ADMIN") || actor.hasRole("AGENCY_ADMIN") || actor.hasRole("CONTROL_OFFICER")
				|| actor.hasRole("AGENCY_HEAD");
	}
}
