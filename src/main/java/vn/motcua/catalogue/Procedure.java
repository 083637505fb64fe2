package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.workflow.EnumInput;

/**
 * A procedure (thủ tục hành chính) as one whole across its versions: the aggregate that guards its status. A draft
 * is published (DRAFT → PUBLISHED); a published procedure is repealed from a day (PUBLISHED → REPEALED); nothing
 * leaves REPEALED. A publication decision (quyết định công bố) may also repeal a draft it announces.
 */
final class Procedure {

	private final UUID id;

	private final String code;

	private final ProcedureStatus loaded;

	private ProcedureStatus status;

	private @Nullable LocalDate repealedFrom;

	private Procedure(UUID id, String code, ProcedureStatus status, @Nullable LocalDate repealedFrom) {
		this.id = id;
		this.code = code;
		this.loaded = status;
		this.status = status;
		this.repealedFrom = repealedFrom;
	}

	/** The procedure of its latest version. */
	static Procedure of(ProcedureVersion latest) {
		return new Procedure(latest.procedureId(), latest.code(), statusOf(latest), latest.repealedFrom());
	}

	/** The status of a version, as the enum. */
	static ProcedureStatus statusOf(ProcedureVersion version) {
		return version.status();
	}

	/** DRAFT → PUBLISHED; 409 naming the status otherwise. */
	void publish() {
		require(ProcedureStatus.DRAFT, ProcedureStatus.PUBLISHED);
		status = ProcedureStatus.PUBLISHED;
	}

	/** PUBLISHED → REPEALED from {@code from}; 409 naming the status otherwise. */
	void repeal(LocalDate from) {
		require(ProcedureStatus.PUBLISHED, ProcedureStatus.REPEALED);
		repealed(from);
	}

	/** Repealed by a publication decision signed on {@code from}: a draft or a published procedure. */
	void repealByDecision(LocalDate from) {
		if (status == ProcedureStatus.REPEALED) {
			throw refused(ProcedureStatus.REPEALED);
		}
		repealed(from);
	}

	/** Announced by a publication decision: a draft becomes published, a published one stays so. */
	void announce() {
		if (status == ProcedureStatus.DRAFT) {
			publish();
		}
		else if (status == ProcedureStatus.REPEALED) {
			throw refused(ProcedureStatus.PUBLISHED);
		}
	}

	/** Moves to {@code target}: publish or repeal (from {@code from}). */
	void moveTo(ProcedureStatus target, LocalDate from) {
		switch (target) {
			case PUBLISHED -> publish();
			case REPEALED -> repeal(from);
			case DRAFT -> throw refused(target);
		}
	}

	private void repealed(LocalDate from) {
		status = ProcedureStatus.REPEALED;
		repealedFrom = from;
	}

	private void require(ProcedureStatus from, ProcedureStatus to) {
		if (status != from) {
			throw refused(to);
		}
	}

	private ConflictException refused(ProcedureStatus to) {
		return new ConflictException("Không chuyển được thủ tục " + code + " từ " + status + " sang " + to,
				status.name());
	}

	/** Whether the status changed since the procedure was loaded. */
	boolean changed() {
		return status != loaded;
	}

	UUID id() {
		return id;
	}

	String code() {
		return code;
	}

	ProcedureStatus status() {
		return status;
	}

	@Nullable LocalDate repealedFrom() {
		return repealedFrom;
	}
}
