package vn.motcua.identity;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * Who may call each endpoint of the integration API: the coarse gate, applied by the API security chain before a
 * body is read, so a role that may not call an endpoint gets 403 whatever it sends. An endpoint of {@code /api/v1/}
 * missing from this table is refused to everybody, and {@code ApiAuthorisationMatrixTests} fails for it. Finer rules
 * (which action in which state, which agency, ownership) stay in each module's {@code *Management} and aggregates.
 * The {@code VIEWER} reads only: no write below names it, except changing one's own password.
 */
public final class ApiAccess {

	static final String SA = "SYSTEM_ADMIN";

	static final String AA = "AGENCY_ADMIN";

	static final String RO = "RECEPTION_OFFICER";

	static final String PO = "PROCESSING_OFFICER";

	static final String DH = "DEPARTMENT_HEAD";

	static final String AH = "AGENCY_HEAD";

	static final String CO = "CONTROL_OFFICER";

	static final String V = "VIEWER";

	static final Set<String> EVERYONE = Set.of(SA, AA, RO, PO, DH, AH, CO, V);

	static final Set<String> WRITERS = Set.of(SA, AA, RO, PO, DH, AH, CO);

	static final Set<String> ADMINS = Set.of(SA, AA);

	static final Set<String> REPORT_READERS = Set.of(SA, AA, CO, AH, DH, V);

	static final Set<String> CONTROL_WRITERS = Set.of(SA, AA, CO, AH);

	/** One line of the table: the method, the path pattern (Spring path-pattern syntax) and the roles allowed. */
	public record Rule(HttpMethod method, String pattern, Set<String> roles) {
	}

	/** Every endpoint of {@code /api/v1/}, most specific patterns first. */
	public static final List<Rule> RULES = List.of(
			// identity
			rule("GET", "/api/v1/agencies/**", EVERYONE), rule("GET", "/api/v1/agencies", EVERYONE),
			rule("POST", "/api/v1/agencies", ADMINS), rule("PUT", "/api/v1/agencies/*", ADMINS),
			rule("GET", "/api/v1/fields", EVERYONE), rule("GET", "/api/v1/fields/*", EVERYONE),
			rule("POST", "/api/v1/fields", Set.of(SA)), rule("PUT", "/api/v1/fields/*", Set.of(SA)),
			rule("GET", "/api/v1/users/me", EVERYONE), rule("POST", "/api/v1/users/me/password", EVERYONE),
			rule("GET", "/api/v1/users", ADMINS), rule("GET", "/api/v1/users/*", ADMINS),
			rule("POST", "/api/v1/users", ADMINS), rule("PUT", "/api/v1/users/*", ADMINS),
			rule("POST", "/api/v1/users/*/unlock", ADMINS), rule("POST", "/api/v1/users/*/password", ADMINS),
			// API tokens: one's own for a password, a service account's from an administrator
			rule("POST", "/api/v1/tokens", EVERYONE), rule("DELETE", "/api/v1/tokens", EVERYONE),
			rule("POST", "/api/v1/users/*/tokens", ADMINS),
			// audit
			rule("GET", "/api/v1/audit", ADMINS), rule("GET", "/api/v1/audit/verify", ADMINS),
			// calendar
			rule("GET", "/api/v1/calendar/**", EVERYONE), rule("PUT", "/api/v1/calendar/*", Set.of(SA)),
			// catalogue
			rule("GET", "/api/v1/procedures", EVERYONE), rule("GET", "/api/v1/procedures/**", EVERYONE),
			rule("POST", "/api/v1/procedures", ADMINS), rule("PUT", "/api/v1/procedures/*", ADMINS),
			rule("POST", "/api/v1/procedures/import", ADMINS), rule("POST", "/api/v1/procedures/*/status", ADMINS),
			rule("GET", "/api/v1/publication-decisions", EVERYONE),
			rule("GET", "/api/v1/publication-decisions/*", EVERYONE),
			rule("POST", "/api/v1/publication-decisions", Set.of(SA, AA, CO)),
			rule("POST", "/api/v1/publication-decisions/*/disclosure", Set.of(SA, AA, CO)),
			// documents
			rule("POST", "/api/v1/files", WRITERS), rule("POST", "/api/v1/files/*/versions", WRITERS),
			rule("GET", "/api/v1/files/**", EVERYONE),
			// dossiers
			rule("GET", "/api/v1/dossiers", EVERYONE), rule("GET", "/api/v1/dossiers/**", EVERYONE),
			rule("POST", "/api/v1/dossiers", Set.of(SA, RO)), rule("POST", "/api/v1/dossiers/import", ADMINS),
			rule("POST", "/api/v1/dossiers/*/actions", WRITERS),
			rule("POST", "/api/v1/dossiers/*/payments", Set.of(SA, RO)),
			rule("POST", "/api/v1/dossiers/*/components/*/digitise", Set.of(SA, RO, PO)),
			rule("POST", "/api/v1/dossiers/*/components/*/reuse", Set.of(SA, RO, PO)),
			rule("POST", "/api/v1/dossiers/*/result/digitise", Set.of(SA, RO, PO)),
			// feedback
			rule("GET", "/api/v1/feedback", EVERYONE), rule("GET", "/api/v1/feedback/*", EVERYONE),
			rule("POST", "/api/v1/feedback", Set.of(SA, RO, PO, DH, CO, AH)),
			rule("POST", "/api/v1/feedback/import", ADMINS), rule("POST", "/api/v1/feedback/*/actions", WRITERS),
			// control
			rule("GET", "/api/v1/impact-assessments", EVERYONE), rule("GET", "/api/v1/impact-assessments/*", EVERYONE),
			rule("POST", "/api/v1/impact-assessments", CONTROL_WRITERS),
			rule("PUT", "/api/v1/impact-assessments/*", CONTROL_WRITERS),
			rule("GET", "/api/v1/reviews", EVERYONE), rule("GET", "/api/v1/reviews/*", EVERYONE),
			rule("POST", "/api/v1/reviews", CONTROL_WRITERS), rule("PUT", "/api/v1/reviews/*", CONTROL_WRITERS),
			rule("GET", "/api/v1/plans", EVERYONE), rule("GET", "/api/v1/plans/**", EVERYONE),
			rule("POST", "/api/v1/plans", CONTROL_WRITERS), rule("POST", "/api/v1/plans/import", CONTROL_WRITERS),
			rule("PUT", "/api/v1/plans/*/targets", CONTROL_WRITERS),
			rule("POST", "/api/v1/plans/*/tasks", CONTROL_WRITERS),
			rule("POST", "/api/v1/plans/*/tasks/*/status", CONTROL_WRITERS),
			rule("GET", "/api/v1/desk-visits", EVERYONE), rule("POST", "/api/v1/desk-visits", Set.of(SA, AA, RO)),
			rule("POST", "/api/v1/desk-visits/*/call", Set.of(SA, AA, RO)),
			rule("POST", "/api/v1/desk-visits/*/serve", Set.of(SA, AA, RO)),
			// reporting
			rule("GET", "/api/v1/reports/QUARTERLY", REPORT_READERS),
			rule("PUT", "/api/v1/reports/QUARTERLY/texts", CONTROL_WRITERS),
			rule("POST", "/api/v1/reports/QUARTERLY/submit", Set.of(SA, CO, AH)),
			rule("POST", "/api/v1/reports/QUARTERLY/reopen", Set.of(SA, AH)),
			rule("GET", "/api/v1/reports/**", REPORT_READERS), rule("GET", "/api/v1/indices/**", REPORT_READERS),
			// satisfaction surveys (lấy ý kiến khách hàng)
			rule("GET", "/api/v1/surveys", EVERYONE), rule("GET", "/api/v1/surveys/questions", EVERYONE),
			rule("POST", "/api/v1/surveys", WRITERS),
			// exchange (liên thông): peers post signed messages; administrators configure trust and read the log
			rule("POST", "/api/v1/exchange/messages", Set.of(vn.motcua.shared.SignedPeerRequests.ROLE)),
			rule("GET", "/api/v1/exchange/peers", ADMINS), rule("GET", "/api/v1/exchange/peers/*", ADMINS),
			rule("POST", "/api/v1/exchange/peers", Set.of(SA)), rule("PUT", "/api/v1/exchange/peers/*", Set.of(SA)),
			rule("GET", "/api/v1/exchange/key", ADMINS), rule("GET", "/api/v1/exchange/log", ADMINS),
			rule("GET", "/api/v1/exchange/log/verify", ADMINS),
			rule("GET", "/api/v1/exchange/dossiers/*", EVERYONE),
			// system: backups of the embedded database and file store
			rule("GET", "/api/v1/system/backups", Set.of(SA)), rule("POST", "/api/v1/system/backups", Set.of(SA)),
			// outbox (hàng đợi gửi đi) and the national-portal sync state of a dossier
			rule("GET", "/api/v1/outbox", ADMINS), rule("GET", "/api/v1/outbox/counts", ADMINS),
			rule("GET", "/api/v1/outbox/*", ADMINS), rule("POST", "/api/v1/outbox/*/retry", ADMINS),
			rule("POST", "/api/v1/outbox/*/cancel", ADMINS), rule("GET", "/api/v1/portal-sync/*", EVERYONE));

	private ApiAccess() {
	}

	private static Rule rule(String method, String pattern, Set<String> roles) {
		return new Rule(HttpMethod.valueOf(method), pattern, roles);
	}
}
