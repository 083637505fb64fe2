package vn.motcua.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditLog;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnameseText;
import vn.motcua.shared.NoRoleRequired;
import vn.motcua.shared.workflow.EmailAddress;

/**
 * Staff accounts. A system administrator manages every account; an agency administrator manages the accounts of
 * their agency subtree and cannot grant the system administrator role. Every user may change their own password.
 */
@Service
public class UserManagement {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

	private final UserAccounts users;

	private final Agencies agencies;

	private final CurrentActor actor;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final LoginThrottle throttle;

	private final Clock clock;

	UserManagement(UserAccounts users, Agencies agencies, CurrentActor actor, PasswordEncoder passwords,
			AuditLog audit, LoginThrottle throttle, Clock clock) {
		this.clock = clock;
		this.users = users;
		this.agencies = agencies;
		this.actor = actor;
		this.passwords = passwords;
		this.audit = audit;
		this.throttle = throttle;
	}

	/** What a client sends to create an account ({@code password} required) or change one (password ignored). */
	public record UserCommand(@NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 200) String fullName,
			@Nullable @Size(max = 200) String email, @Nullable @Size(max = 100) String password,
			@Nullable @Size(max = 50) String agencyCode, @NotEmpty @Size(max = 20, message = "Tối đa {max} mục") List<String> roles, @Nullable Boolean enabled) {
	}

	/** An account as other modules and clients see it: no password hash, agency by code. */
	public record UserView(String username, String fullName, @Nullable String email, @Nullable String agencyCode,
			@Nullable String agencyName, List<String> roles, boolean enabled, boolean locked) {

		/** The roles in Vietnamese, for pages. */
		public List<String> roleLabels() {
			return roles.stream().map(Roles::label).toList();
		}
	}

	@PreAuthorize(Roles.ADMINS)
	@Transactional(readOnly = true)
	public PageResult<UserView> search(@Nullable String q, PageRequest page) {
		PageResult<UserAccount> accounts = users.search(actor.agencyFilter(), q,
				page);
		return accounts.map(this::view);
	}

	@PreAuthorize(Roles.ADMINS)
	@Transactional(readOnly = true)
	public UserView get(String username) {
		return view(visible(username));
	}

	/** The signed-in user's own account. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public UserView me() {
		return users.findByUsername(actor.username())
			.map(this::view)
			.orElseThrow(() -> new NotFoundException("Tài khoản hiện tại không có trong hệ thống"));
	}

	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public UserView create(UserCommand command) {
		String username = command.username() == null ? "" : command.username().trim().toLowerCase(Locale.ROOT);
		List<FieldProblem> errors = new ArrayList<>();
		if (!USERNAME.matcher(username).matches()) {
			errors.add(new FieldProblem("username",
					"Tên đăng nhập gồm 3–60 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới"));
		}
		PasswordPolicy.check("password", command.password(), errors);
		Validated valid = validate(command, errors);
		if (users.findByUsername(username).isPresent()) {
			throw new ConflictException("Đã có tài khoản với tên đăng nhập " + username);
		}
		UserAccount account = new UserAccount(UUID.randomUUID(), username, valid.fullName(), valid.email(),
				valid.agencyId(), valid.roles(), command.enabled() == null || command.enabled(), 0, null, null);
		users.insert(account, passwords.encode(command.password()));
		audit.record("CREATE", "User", username, account.agencyId(), null, view(account));
		return view(account);
	}

	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public UserView update(String username, UserCommand command) {
		UserAccount before = visible(username);
		List<FieldProblem> errors = new ArrayList<>();
		Validated valid = validate(command, errors);
		if (before.username().equals(actor.username()) && !valid.roles().containsAll(before.roles())) {
			throw new ForbiddenException("Không được tự bỏ vai trò của chính mình.");
		}
		UserAccount after = new UserAccount(before.id(), before.username(), valid.fullName(), valid.email(),
				valid.agencyId(), valid.roles(), command.enabled() == null ? before.enabled() : command.enabled(),
				before.failedLogins(), before.lockedUntil(), before.lastLoginAt());
		users.update(after);
		audit.record("UPDATE", "User", after.username(), after.agencyId(), view(before), view(after));
		return view(after);
	}

	/** Sets a new password chosen by an administrator (for a user who forgot theirs) and unlocks the account. */
	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public void resetPassword(String username, String newPassword) {
		UserAccount account = visible(username);
		List<FieldProblem> errors = new ArrayList<>();
		PasswordPolicy.check("newPassword", newPassword, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		users.updatePassword(account.id(), passwords.encode(newPassword));
		users.unlock(account.id());
		audit.record("PASSWORD_RESET", "User", account.username(), account.agencyId(), null, null);
	}

	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public UserView unlock(String username) {
		UserAccount account = visible(username);
		users.unlock(account.id());
		throttle.forget(account.username());
		audit.record("UNLOCK", "User", account.username(), account.agencyId(), view(account), null);
		return view(users.findByUsername(username).orElseThrow());
	}

	/** The signed-in user changes their own password; the current one must be given. */
	@PreAuthorize(Roles.STAFF)
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword) {
		UserAccount account = users.findByUsername(actor.username())
			.orElseThrow(() -> new NotFoundException("Tài khoản hiện tại không có trong hệ thống"));
		List<FieldProblem> errors = new ArrayList<>();
		String hash = users.passwordHash(account.username()).orElse(null);
		if (currentPassword == null || hash == null || !passwords.matches(currentPassword, hash)) {
			errors.add(new FieldProblem("currentPassword", "Mật khẩu hiện tại không đúng"));
		}
		PasswordPolicy.check("newPassword", newPassword, errors);
		if (errors.isEmpty() && newPassword.equals(currentPassword)) {
			errors.add(new FieldProblem("newPassword", "Mật khẩu mới phải khác mật khẩu hiện tại"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		users.updatePassword(account.id(), passwords.encode(newPassword));
		audit.record("PASSWORD_CHANGE", "User", account.username(), account.agencyId(), null, null);
	}

	/**
	 * Creates the first system administrator when there is no account at all. Used at start-up with
	 * {@code MOTCUA_ADMIN_PASSWORD}; returns whether an account was created.
	 */
	@Transactional
	@NoRoleRequired("start-up only: creates the first administrator when there is no account")
	public boolean bootstrapAdmin(String password) {
		return bootstrapAdmin(password, false);
	}

	/**
	 * Creates the first system administrator with a password the system generated, which must be changed at the
	 * first sign-in; returns whether an account was created.
	 */
	@Transactional
	@NoRoleRequired("start-up only: creates the first administrator when there is no account")
	public boolean bootstrapAdminWithGeneratedPassword(String password) {
		return bootstrapAdmin(password, true);
	}

	private boolean bootstrapAdmin(String password, boolean generated) {
		if (users.count() > 0) {
			return false;
		}
		List<FieldProblem> errors = new ArrayList<>();
		PasswordPolicy.check("MOTCUA_ADMIN_PASSWORD", password, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		UserAccount admin = new UserAccount(UUID.randomUUID(), "admin", "Quản trị hệ thống", null, null,
				Set.of(Roles.SYSTEM_ADMIN), true, 0, null, null);
		users.insert(admin, passwords.encode(password));
		if (generated) {
			users.requirePasswordChange(admin.id());
		}
		audit.record("CREATE", "User", admin.username(), null, null, view(admin));
		return true;
	}

	private UserAccount visible(String username) {
		return users.findByUsername(username)
			.filter(u -> actor.seesAllAgencies() || (u.agencyId() != null && actor.canSee(u.agencyId())))
			.orElseThrow(() -> new NotFoundException("Không tìm thấy tài khoản " + username));
	}

	private Validated validate(UserCommand command, List<FieldProblem> errors) {
		String fullName = VietnameseText.clean(command.fullName());
		if (fullName == null || fullName.isEmpty()) {
			errors.add(new FieldProblem("fullName", "Không được để trống"));
		}
		else if (fullName.length() > 200) {
			errors.add(new FieldProblem("fullName", "Tối đa 200 ký tự"));
		}
		String email = VietnameseText.clean(command.email());
		if (email != null && email.isEmpty()) {
			email = null;
		}
		if (!EmailAddress.Validator.valid(email)) {
			errors.add(new FieldProblem("email", EmailAddress.MESSAGE));
		}
		Set<String> roles = new LinkedHashSet<>();
		List<String> requested = command.roles() == null ? List.of() : command.roles();
		for (int i = 0; i < requested.size(); i++) {
			String role = requested.get(i) == null ? "" : requested.get(i).trim().toUpperCase(Locale.ROOT);
			if (!Roles.ALL.contains(role)) {
				errors.add(new FieldProblem("roles[" + i + "]", "Vai trò không tồn tại: " + requested.get(i)));
			}
			else {
				roles.add(role);
			}
		}
		if (requested.isEmpty()) {
			errors.add(new FieldProblem("roles", "Cần ít nhất một vai trò"));
		}
		UUID agencyId = null;
		String agencyCode = VietnameseText.clean(command.agencyCode());
		if (agencyCode != null && !agencyCode.isEmpty()) {
			Agency agency = agencies.findByCode(agencyCode).filter(a -> actor.canSee(a.id())).orElse(null);
			if (agency == null) {
				errors.add(new FieldProblem("agencyCode", "Không có cơ quan với mã " + agencyCode));
			}
			else {
				agencyId = agency.id();
			}
		}
		else if (!roles.equals(Set.of(Roles.SYSTEM_ADMIN))) {
			errors.add(new FieldProblem("agencyCode", "Cần chọn cơ quan cho tài khoản"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (roles.contains(Roles.SYSTEM_ADMIN) && !actor.seesAllAgencies()) {
			throw new ForbiddenException("Chỉ quản trị hệ thống được cấp vai trò quản trị hệ thống.");
		}
		return new Validated(fullName, email, agencyId, roles);
	}

	private UserView view(UserAccount account) {
		Agency agency = account.agencyId() == null ? null : agencies.findById(account.agencyId()).orElse(null);
		return new UserView(account.username(), account.fullName(), account.email(),
				agency == null ? null : agency.code(), agency == null ? null : agency.name(),
				List.copyOf(account.roles()), account.enabled(), account.isLocked(clock.instant()));
	}

	/** Labels of the roles the caller may grant, for forms. */
	@NoRoleRequired("the Vietnamese names of the roles, reference data")
	public Map<String, String> roleLabels() {
		Map<String, String> labels = new java.util.LinkedHashMap<>();
		Roles.ALL.stream()
			.filter(r -> actor.seesAllAgencies() || !Roles.SYSTEM_ADMIN.equals(r))
			.forEach(r -> labels.put(r, Roles.label(r)));
		return labels;
	}

	private record Validated(String fullName, @Nullable String email, @Nullable UUID agencyId, Set<String> roles) {
	}
}
