package vn.motcua.identity.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.identity.ApiTokens;
import vn.motcua.identity.ApiTokens.IssuedToken;

/** Short-lived API tokens (docs/api.md "API tokens"). */
@RestController
class TokenApiController {

	private final ApiTokens tokens;

	TokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/** A token for the caller's account, in exchange for its password (HTTP Basic). */
	@PostMapping("/api/v1/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	IssuedToken issue() {
		return tokens.issueForCaller();
	}

	/** Revokes every token of the caller's account. */
	@DeleteMapping("/api/v1/tokens")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke() {
		tokens.revokeCallersTokens();
	}

	/** A token for an account of the administrator's agencies (a service account). */
	@PostMapping("/api/v1/users/{username}/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	IssuedToken issueFor(@PathVariable String username) {
		return tokens.issueFor(username);
	}
}
