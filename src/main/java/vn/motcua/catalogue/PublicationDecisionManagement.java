package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditLog;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.Agency;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnameseText;
import vn.motcua.shared.NoRoleRequired;
import vn.motcua.shared.Roles;

/**
 * Publication decisions (quyết định công bố): recording one checks every announced procedure (known code, of the
 * decision's agency or an agency under it, a change that fits its state) and stores nothing if any is wrong. Then, in
 * the same transaction, each NEW or AMENDED procedure's announced version points to the decision and a draft becomes
 * published; each REPEALED procedure is repealed from the signing day.
 * <p>
 * The number is the decision's key within its agency: sending the same decision again (same day, same procedures
 * and changes) answers the recorded one; the same number with other content is a 409.
 * <p>
 * The announced version is the one given in the item; else, for a NEW procedure, the version in force on the signing
 * day (unless a decision already announced it); for an AMENDED one, the first version valid on or after the signing
 * day that no decision announced yet; else the version in force on the signing day; for a REPEALED one, the version in
 * force on the signing day (the one the repeal ends).
 */
@Service
public class PublicationDecisionManagement {

	/** Who records decisions: administrators and the procedure-control officer. */
	static final String WRITERS = Roles.DECISION_WRITERS;

	/** The changes a decision announces, in display order. */
	public static final List<String> CHANGES = List.of("NEW", "AMENDED", "REPEALED");

	private final PublicationDecisions decisions;

	private final Procedures procedures;

	private final AgencyDirectory agencies;

	private final CurrentActor actor;

	private final AuditLog audit;

	private final java.time.Clock clock;

	PublicationDecisionManagement(PublicationDecisions decisions, Procedures procedures, AgencyDirectory agencies,
			CurrentActor actor, AuditLog audit, java.time.Clock clock) {
		this.clock = clock;
		this.decisions = decisions;
		this.procedures = procedures;
		this.agencies = agencies;
		this.actor = actor;
		this.audit = audit;
	}

	/** The API.md body: {@code {"number", "signedOn", "agencyCode", "signer", "procedures": [{"code", "change"}]}}. */
	public record DecisionCommand(@NotBlank @Size(max = 100) String number, @NotNull LocalDate signedOn,
			@NotBlank @Size(max = 50) String agencyCode, @Nullable @Size(max = 200) String signer,
			@Nullable @Size(max = 100, message = "Tối đa {max} mục") List<@Size(max = 300) String> legalDocuments,
			@NotNull @Size(max = 2000, message = "Tối đa {max} mục") List<@Valid DecisionItem> procedures) {
	}

	/** An announced procedure; {@code version} pins the announced version (optional). */
	public record DecisionItem(@NotBlank String code, @NotBlank String change, @Nullable Integer version) {

		public DecisionItem(String code, String change) {
			this(code, change, null);
		}
	}

	/** Passes for those who record decisions (the form page), 403 for anyone else. */
	@PreAuthorize(WRITERS)
	public void checkWriter() {
		// the annotation is the check
	}

	@PreAuthorize(WRITERS)
	@Transactional
	public PublicationDecision record(DecisionCommand command) {
		List<FieldProblem> errors = new ArrayList<>();
		String number = VietnameseText.clean(command.number());
		if (number == null || number.isEmpty()) {
			errors.add(new FieldProblem("number", "Cần số quyết định"));
		}
		if (command.signedOn() == null) {
			errors.add(new FieldProblem("signedOn", "Cần ngày ký"));
		}
		Agency agency = command.agencyCode() == null ? null
				: agencies.findByCode(command.agencyCode().trim()).orElse(null);
		if (agency == null) {
			errors.add(new FieldProblem("agencyCode", "Không có cơ quan với mã " + command.agencyCode()));
		}
		else if (!actor.canSee(agency.id())) {
			throw new ForbiddenException("Bạn chỉ được nhập quyết định công bố của cơ quan mình");
		}
		if (agency != null && number != null && !number.isEmpty() && decisions.exists(agency.id(), number)) {
			PublicationDecision existing = decisions.find(agency.id(), number).orElseThrow();
			if (sameAs(existing, command)) {
				return existing;
			}
			throw new ConflictException("Đã có quyết định số " + number + " của " + agency.name()
					+ " với nội dung khác");
		}
		Set<UUID> scope = agency == null ? Set.of() : agencies.subtree(agency.id());
		List<FieldProblem> itemErrors = new ArrayList<>();
		List<Planned> planned = new ArrayList<>();
		List<DecisionItem> items = command.procedures() == null ? List.of() : command.procedures();
		if (items.isEmpty()) {
			errors.add(new FieldProblem("procedures", "Quyết định phải công bố ít nhất một thủ tục"));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			DecisionItem item = items.get(i);
			String path = "procedures[" + i + "]";
			String code = item.code() == null ? "" : item.code().trim();
			String change = item.change() == null ? "" : item.change().trim().toUpperCase(Locale.ROOT);
			if (!CHANGES.contains(change)) {
				itemErrors.add(new FieldProblem(path + ".change", "Thay đổi phải là NEW, AMENDED hoặc REPEALED"));
			}
			if (!seen.add(code.toUpperCase(Locale.ROOT))) {
				itemErrors.add(new FieldProblem(path + ".code", "Thủ tục " + code + " được nêu hai lần"));
				continue;
			}
			List<ProcedureVersion> history = procedures.history(code);
			if (history.isEmpty()) {
				itemErrors.add(new FieldProblem(path + ".code", "Không có thủ tục mã " + code));
				continue;
			}
			ProcedureVersion latest = history.get(history.size() - 1);
			if (agency != null && !scope.contains(latest.agencyId())) {
				itemErrors.add(new FieldProblem(path + ".code",
						"Thủ tục " + code + " không thuộc cơ quan " + agency.code()));
				continue;
			}
			if (latest.status() == ProcedureStatus.REPEALED) {
				itemErrors.add(new FieldProblem(path + ".change", "Thủ tục " + code + " đã bị bãi bỏ"));
				continue;
			}
			if (command.signedOn() == null || !CHANGES.contains(change)) {
				continue;
			}
			Optional<ProcedureVersion> version = announced(history, item.version(), change, command.signedOn());
			if (version.isEmpty()) {
				itemErrors.add(new FieldProblem(path + ".version", item.version() != null
						? "Thủ tục " + code + " không có phiên bản " + item.version()
						: "Thủ tục " + code + " chưa có phiên bản hiệu lực ngày " + command.signedOn()));
				continue;
			}
			planned.add(new Planned(latest, version.get(), change));
		}
		errors.addAll(itemErrors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		UUID id = UUID.randomUUID();
		List<String> documents = command.legalDocuments() == null ? List.of()
				: command.legalDocuments().stream().map(VietnameseText::clean).filter(d -> d != null && !d.isEmpty())
					.toList();
		decisions.insert(id, number, command.signedOn(), agency.id(), VietnameseText.clean(command.signer()),
				documents, actor.username());
		int position = 0;
		for (Planned p : planned) {
			decisions.insertItem(id, ++position, p.latest().procedureId(), p.version().id(), p.change());
			Procedure procedure = Procedure.of(p.latest());
			if ("REPEALED".equals(p.change())) {
				procedure.repealByDecision(command.signedOn());
			}
			else {
				if (p.version().decisionId() == null) {
					procedures.linkDecision(p.version().id(), id);
				}
				procedure.announce();
			}
			procedures.store(procedure);
		}
		PublicationDecision recorded = decisions.find(id).orElseThrow();
		audit.record("CREATE", "PublicationDecision", number, agency.id(), null, recorded);
		return recorded;
	}

	/** A retry: the same day and the same procedures with the same changes (the number is the idempotency key). */
	private static boolean sameAs(PublicationDecision existing, DecisionCommand command) {
		List<DecisionItem> items = command.procedures() == null ? List.of() : command.procedures();
		if (!existing.signedOn().equals(command.signedOn()) || existing.procedures().size() != items.size()) {
			return false;
		}
		for (int i = 0; i < items.size(); i++) {
			PublicationDecision.Item item = existing.procedures().get(i);
			DecisionItem asked = items.get(i);
			if (asked.code() == null || asked.change() == null || !item.code().equalsIgnoreCase(asked.code().trim())
					|| !item.change().equalsIgnoreCase(asked.change().trim())) {
				return false;
			}
		}
		return true;
	}

	private record Planned(ProcedureVersion latest, ProcedureVersion version, String change) {
	}

	private static Optional<ProcedureVersion> announced(List<ProcedureVersion> history, @Nullable Integer version,
			String change, LocalDate signedOn) {
		if (version != null) {
			return history.stream().filter(v -> v.version() == version).findFirst();
		}
		Optional<ProcedureVersion> inForce = history.stream()
			.filter(v -> !v.validFrom().isAfter(signedOn))
			.reduce((a, b) -> b);
		if ("REPEALED".equals(change)) {
			return inForce.or(() -> Optional.of(history.get(history.size() - 1)));
		}
		Optional<ProcedureVersion> next = history.stream()
			.filter(v -> !v.validFrom().isBefore(signedOn) && v.decisionId() == null)
			.findFirst();
		Optional<ProcedureVersion> first = history.stream().filter(v -> !v.validFrom().isBefore(signedOn)).findFirst();
		if ("NEW".equals(change)) {
			return inForce.filter(v -> v.decisionId() == null).or(() -> next).or(() -> inForce).or(() -> first);
		}
		return next.or(() -> inForce).or(() -> first);
	}

	/**
	 * The disclosure of a decision's procedures on the national TTHC database (công khai trên CSDL quốc gia, Decision
	 * 766 indicator 1.2): the day they were made public, for the given procedure codes (all when none). Not before the
	 * signing, not in the future (422); a code the decision does not announce → 422.
	 */
	public record DisclosureCommand(@NotNull LocalDate disclosedOn, @Nullable @Size(max = 500) List<@Size(max = 40) String> codes) {
	}

	@PreAuthorize(WRITERS)
	@Transactional
	public PublicationDecision recordDisclosure(UUID id, DisclosureCommand command) {
		PublicationDecision decision = get(id);
		if (!actor.canSee(decision.agencyId())) {
			throw new NotFoundException("Không tìm thấy quyết định công bố " + id);
		}
		if (command.disclosedOn().isBefore(decision.signedOn())) {
			throw new InvalidInputException("disclosedOn", "Ngày công khai không được trước ngày ký quyết định");
		}
		if (command.disclosedOn().isAfter(vn.motcua.shared.VietnamTime.today(clock))) {
			throw new InvalidInputException("disclosedOn", "Ngày công khai không được ở tương lai");
		}
		List<String> codes = command.codes() == null || command.codes().isEmpty()
				? decision.procedures().stream().map(PublicationDecision.Item::code).toList() : command.codes();
		for (String code : codes) {
			if (decision.procedures().stream().noneMatch(i -> i.code().equalsIgnoreCase(code))) {
				throw new InvalidInputException("codes", "Quyết định " + decision.number() + " không công bố thủ tục " + code);
			}
		}
		decisions.disclose(id, codes, command.disclosedOn());
		audit.record("DISCLOSE", "PublicationDecision", decision.number(), decision.agencyId(), null,
				java.util.Map.of("disclosedOn", command.disclosedOn().toString(), "codes", codes));
		return get(id);
	}

	/** Decisions of the caller's agencies signed between two days (either may be {@code null}), newest first. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<PublicationDecision> search(@Nullable String agencyCode, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		Set<UUID> scope = scope(agencyCode);
		return decisions.search(scope, from, to).stream()
			.filter(d -> actor.canSee(d.agencyId()))
			.toList();
	}

	/** One decision, 404 outside the caller's agencies. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public PublicationDecision get(UUID id) {
		return decisions.find(id)
			.filter(d -> actor.canSee(d.agencyId()))
			.orElseThrow(() -> new NotFoundException("Không tìm thấy quyết định công bố " + id));
	}

	/** The public list (no sign-in): every decision, newest first, optionally of one agency and its subtree. */
	@Transactional(readOnly = true)
	@NoRoleRequired("public list of publication decisions, no sign-in")
	public List<PublicationDecision> publicList(@Nullable String agencyCode, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		if (agencyCode == null || agencyCode.isBlank()) {
			return decisions.search(null, from, to);
		}
		Agency agency = agencies.findByCode(agencyCode.trim())
			.orElseThrow(() -> new InvalidInputException("agency", "Không có cơ quan với mã " + agencyCode));
		return decisions.search(agencies.subtree(agency.id()), from, to);
	}

	private @Nullable Set<UUID> scope(@Nullable String agencyCode) {
		if (agencyCode == null || agencyCode.isBlank()) {
			return actor.agencyFilter();
		}
		Agency agency = agencies.findByCode(agencyCode.trim())
			.orElseThrow(() -> new InvalidInputException("agency", "Không có cơ quan với mã " + agencyCode));
		if (!actor.canSee(agency.id())) {
			throw new ForbiddenException("Bạn không xem được quyết định của " + agency.name());
		}
		return agencies.subtree(agency.id());
	}
}
