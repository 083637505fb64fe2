package vn.motcua.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditLog;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnameseText;
import vn.motcua.shared.NoRoleRequired;
import vn.motcua.shared.workflow.EmailAddress;
import vn.motcua.shared.workflow.EnumInput;

/**
 * Agencies and their hierarchy. A system administrator manages every agency; an agency administrator manages the
 * agencies under their own. Everyone signed in sees the agencies of their own subtree.
 */
@Service
public class AgencyManagement {

	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{1,49}");

	static final Pattern IDENTIFIER_CODE = Pattern.compile("[0-9A-Z]{1,5}(\\.[0-9A-Z]{1,5}){1,5}");

	private final Agencies agencies;

	private final CurrentActor actor;

	private final AuditLog audit;

	AgencyManagement(Agencies agencies, CurrentActor actor, AuditLog audit) {
		this.agencies = agencies;
		this.actor = actor;
		this.audit = audit;
	}

	/** What a client sends to create or change an agency. */
	public record AgencyCommand(@NotBlank @Size(max = 50) String code, @NotBlank @Size(max = 300) String name,
			@Nullable @Size(max = 100) String shortName, @NotBlank @Size(max = 30) String identifierCode,
			@NotBlank String level, @Nullable @Size(max = 50) String parentCode,
			@Nullable @Size(max = 300) String address, @Nullable @Size(max = 50) String phone,
			@Nullable @Size(max = 200) String email, @Nullable Boolean active) {
	}

	/** The agencies the caller may see, ordered by name. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<Agency> visible() {
		return actor.seesAllAgencies() ? agencies.findAll() : agencies.findAllById(actor.visibleAgencyIds());
	}

	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public Agency get(String code) {
		return agencies.findByCode(code)
			.filter(a -> actor.canSee(a.id()))
			.orElseThrow(() -> new NotFoundException("Không tìm thấy cơ quan có mã " + code));
	}

	/** The parent's code, or {@code null} for a top-level agency. */
	@Transactional(readOnly = true)
	@NoRoleRequired("a name lookup for an agency the caller already holds")
	public @Nullable String parentCode(Agency agency) {
		return agency.parentId() == null ? null : agencies.findById(agency.parentId()).map(Agency::code).orElse(null);
	}

	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public Agency create(AgencyCommand command) {
		String code = VietnameseText.clean(command.code()).toUpperCase(Locale.ROOT);
		Validated valid = validate(command, code, null);
		if (valid.parent() == null && !actor.seesAllAgencies()) {
			throw new ForbiddenException("Chỉ quản trị hệ thống được tạo cơ quan cấp cao nhất.");
		}
		if (agencies.existsByCode(code)) {
			throw new ConflictException("Đã có cơ quan với mã " + code);
		}
		Agency agency = new Agency(UUID.randomUUID(), code, valid.name(), valid.shortName(), valid.identifierCode(),
				valid.level(), valid.parent() == null ? null : valid.parent().id(), clean(command.address()),
				clean(command.phone()), clean(command.email()), command.active() == null || command.active());
		agencies.insert(agency);
		audit.record("CREATE", "Agency", agency.code(), agency.id(), null, agency);
		return agency;
	}

	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public Agency update(String code, AgencyCommand command) {
		Agency before = get(code);
		if (!actor.seesAllAgencies() && before.id().equals(actor.agencyId()) && !changesOnlyContact(before, command)) {
			throw new ForbiddenException("Quản trị đơn vị chỉ được sửa thông tin liên hệ của chính đơn vị mình.");
		}
		Validated valid = validate(command, before.code(), before);
		Agency after = new Agency(before.id(), before.code(), valid.name(), valid.shortName(), valid.identifierCode(),
				valid.level(), valid.parent() == null ? null : valid.parent().id(), clean(command.address()),
				clean(command.phone()), clean(command.email()), command.active() == null ? before.active() : command.active());
		agencies.update(after);
		audit.record("UPDATE", "Agency", after.code(), after.id(), before, after);
		return after;
	}

	private boolean changesOnlyContact(Agency before, AgencyCommand command) {
		return before.identifierCode().equals(VietnameseText.clean(command.identifierCode()))
				&& before.level().name().equals(command.level())
				&& java.util.Objects.equals(parentCode(before), blankToNull(command.parentCode()))
				&& (command.active() == null || command.active() == before.active());
	}

	private Validated validate(AgencyCommand command, String code, @Nullable Agency existing) {
		List<FieldProblem> errors = new ArrayList<>();
		if (existing == null && !CODE.matcher(code).matches()) {
			errors.add(new FieldProblem("code",
					"Mã cơ quan gồm 2–50 ký tự: chữ in hoa không dấu, chữ số, dấu gạch ngang, gạch dưới hoặc dấu chấm"));
		}
		String name = clean(command.name());
		if (name == null) {
			errors.add(new FieldProblem("name", "Không được để trống"));
		}
		else if (name.length() > 300) {
			errors.add(new FieldProblem("name", "Tối đa 300 ký tự"));
		}
		String shortName = clean(command.shortName());
		if (shortName != null && shortName.length() > 100) {
			errors.add(new FieldProblem("shortName", "Tối đa 100 ký tự"));
		}
		String identifierCode = clean(command.identifierCode());
		if (identifierCode == null) {
			errors.add(new FieldProblem("identifierCode", "Không được để trống"));
		}
		else {
			identifierCode = identifierCode.toUpperCase(Locale.ROOT);
			if (!IDENTIFIER_CODE.matcher(identifierCode).matches() || identifierCode.length() > 30) {
				errors.add(new FieldProblem("identifierCode",
						"Mã định danh không đúng dạng (ví dụ 000.00.20.H36)"));
			}
			else if (agencies.existsByIdentifierCode(identifierCode,
					existing == null ? new UUID(0, 0) : existing.id())) {
				throw new ConflictException("Mã định danh " + identifierCode + " đã được dùng cho cơ quan khác");
			}
		}
		AgencyLevel level = null;
		try {
			level = EnumInput.parse(AgencyLevel.class, command.level(), "level", "Cấp");
		}
		catch (InvalidInputException ex) {
			errors.addAll(ex.errors());
		}
		Agency parent = null;
		String parentCode = blankToNull(command.parentCode());
		if (parentCode != null) {
			Optional<Agency> found = agencies.findByCode(parentCode).filter(a -> actor.canSee(a.id()));
			if (found.isEmpty()) {
				errors.add(new FieldProblem("parentCode", "Không có cơ quan cấp trên với mã " + parentCode));
			}
			else {
				parent = found.get();
				if (level != null && !level.mayBeUnder(parent.level())) {
					errors.add(new FieldProblem("level",
							"Cơ quan " + level.label().toLowerCase() + " không thể trực thuộc cơ quan "
									+ parent.level().label().toLowerCase()));
				}
				if (existing != null && agencies.subtree(existing.id()).contains(parent.id())) {
					errors.add(new FieldProblem("parentCode",
							"Cơ quan cấp trên không thể là chính cơ quan này hoặc cơ quan trực thuộc nó"));
				}
			}
		}
		else if (existing != null && existing.parentId() != null && !actor.seesAllAgencies()) {
			errors.add(new FieldProblem("parentCode", "Chỉ quản trị hệ thống được đưa cơ quan lên cấp cao nhất"));
		}
		String email = clean(command.email());
		if (!EmailAddress.Validator.valid(email)) {
			errors.add(new FieldProblem("email", EmailAddress.MESSAGE));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (parent != null && !actor.seesAllAgencies() && !actor.visibleAgencyIds().contains(parent.id())) {
			throw new ForbiddenException("Không được tạo cơ quan ngoài phạm vi đơn vị của bạn.");
		}
		return new Validated(name, shortName, identifierCode, level, parent);
	}

	private static @Nullable String clean(@Nullable String text) {
		String cleaned = VietnameseText.clean(text);
		return cleaned == null || cleaned.isEmpty() ? null : cleaned;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return clean(text);
	}

	/** The ids of the given agency's subtree (itself included). */
	@Transactional(readOnly = true)
	@NoRoleRequired("read by other modules to compute agency scope; they check the caller")
	public Set<UUID> subtree(UUID agencyId) {
		return agencies.subtree(agencyId);
	}

	private record Validated(String name, @Nullable String shortName, String identifierCode, AgencyLevel level,
			@Nullable Agency parent) {
	}
}
