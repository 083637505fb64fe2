package vn.motcua.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnameseText;
import vn.motcua.shared.NoRoleRequired;

/**
 * Fields (lĩnh vực): a catalogue shared by all agencies and owned by none, so only the system administrator creates,
 * renames or deactivates one: an agency administrator would otherwise change the rows of every agency's reports.
 */
@Service
public class FieldManagement {

	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{1,39}");

	private final Fields fields;

	private final AuditLog audit;

	FieldManagement(Fields fields, AuditLog audit) {
		this.fields = fields;
		this.audit = audit;
	}

	/** What a client sends to create or change a field. */
	public record FieldCommand(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 300) String name,
			@Nullable Boolean active) {
	}

	@Transactional(readOnly = true)
	@NoRoleRequired("the fields (lĩnh vực) are public reference data")
	public List<Field> all() {
		return fields.findAll();
	}

	@Transactional(readOnly = true)
	@NoRoleRequired("the fields (lĩnh vực) are public reference data")
	public Field get(String code) {
		return fields.findByCode(code).orElseThrow(() -> new NotFoundException("Không tìm thấy lĩnh vực có mã " + code));
	}

	@PreAuthorize(Roles.SYSTEM_ADMIN_ONLY)
	@Transactional
	public Field create(FieldCommand command) {
		String code = command.code() == null ? "" : VietnameseText.clean(command.code()).toUpperCase(Locale.ROOT);
		List<FieldProblem> errors = new ArrayList<>();
		if (!CODE.matcher(code).matches()) {
			errors.add(new FieldProblem("code",
					"Mã lĩnh vực gồm 2–40 ký tự: chữ in hoa không dấu, chữ số, dấu gạch ngang, gạch dưới hoặc dấu chấm"));
		}
		String name = validName(command, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (fields.findByCode(code).isPresent()) {
			throw new ConflictException("Đã có lĩnh vực với mã " + code);
		}
		Field field = new Field(UUID.randomUUID(), code, name, command.active() == null || command.active());
		fields.insert(field);
		audit.record("CREATE", "Field", field.code(), null, null, field);
		return field;
	}

	@PreAuthorize(Roles.SYSTEM_ADMIN_ONLY)
	@Transactional
	public Field update(String code, FieldCommand command) {
		Field before = get(code);
		List<FieldProblem> errors = new ArrayList<>();
		String name = validName(command, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Field after = new Field(before.id(), before.code(), name,
				command.active() == null ? before.active() : command.active());
		fields.update(after);
		audit.record("UPDATE", "Field", after.code(), null, before, after);
		return after;
	}

	private static String validName(FieldCommand command, List<FieldProblem> errors) {
		String name = VietnameseText.clean(command.name());
		if (name == null || name.isEmpty()) {
			errors.add(new FieldProblem("name", "Không được để trống"));
		}
		else if (name.length() > 300) {
			errors.add(new FieldProblem("name", "Tối đa 300 ký tự"));
		}
		return name;
	}
}
