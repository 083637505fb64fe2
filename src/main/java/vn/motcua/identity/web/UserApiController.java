package vn.motcua.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.identity.UserManagement;
import vn.motcua.identity.UserManagement.UserCommand;
import vn.motcua.identity.UserManagement.UserView;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;

/** Staff accounts over HTTP. Passwords are write-only. */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

	private final UserManagement users;

	UserApiController(UserManagement users) {
		this.users = users;
	}

	/** A password change by the user themself. */
	record PasswordChange(@NotBlank @Size(max = 100) String currentPassword,
			@NotBlank @Size(max = 100) String newPassword) {
	}

	/** A password set by an administrator. */
	record PasswordReset(@NotBlank @Size(max = 100) String newPassword) {
	}

	/** Accounts of the caller's agencies, filtered by name or username ignoring diacritics. */
	@GetMapping
	PageResult<UserView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return users.search(q, PageRequest.of(page, size));
	}

	/** The signed-in user's own account. */
	@GetMapping("/me")
	UserView me() {
		return users.me();
	}

	/** Changes the signed-in user's password. */
	@PostMapping("/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@Valid @RequestBody PasswordChange change) {
		users.changeOwnPassword(change.currentPassword(), change.newPassword());
	}

	/** One account by username. */
	@GetMapping("/{username}")
	UserView get(@PathVariable String username) {
		return users.get(username);
	}

	/** Creates an account; 409 when the username is taken. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	UserView create(@Valid @RequestBody UserCommand command) {
		return users.create(command);
	}

	/** Changes name, e-mail, agency, roles or enabled flag; the username stays and the password is ignored. */
	@PutMapping("/{username}")
	UserView update(@PathVariable String username, @Valid @RequestBody UserCommand command) {
		return users.update(username, command);
	}

	/** Unlocks an account locked after failed sign-ins. */
	@PostMapping("/{username}/unlock")
	UserView unlock(@PathVariable String username) {
		return users.unlock(username);
	}

	/** Sets a new password for a user (and unlocks the account). */
	@PostMapping("/{username}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resetPassword(@PathVariable String username, @Valid @RequestBody PasswordReset reset) {
		users.resetPassword(username, reset.newPassword());
	}
}
