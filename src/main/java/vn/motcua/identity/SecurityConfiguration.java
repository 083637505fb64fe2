package vn.motcua.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.shared.DatabaseOutage;
import vn.motcua.shared.ProblemResponses;
import vn.motcua.shared.Roles;
import vn.motcua.shared.SignedPeerRequests;

/**
 * Who may call what. Three chains: the API and Actuator (HTTP Basic, our API tokens ({@link ApiTokens}), OIDC bearer
 * tokens when configured, no session,
 * no CSRF, problem JSON on 401/403), and the web pages (form login in Vietnamese, optional OIDC login, CSRF on).
 * Roles and agency scope are always taken from the local account, whatever the sign-in method.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/", "/dang-nhap", "/css/**", "/js/**", "/img/**", "/fonts/**",
			"/webjars/**", "/favicon.ico", "/error", "/tra-cuu/**", "/thu-tuc/**", "/cong-khai/**",
			"/phan-anh/**", "/nop-truc-tuyen/**" };

	static final String BASIC_CHALLENGE = "Basic realm=\"Mot Cua\", charset=\"UTF-8\"";

	/** BCrypt (delegating), remembering verified passwords so that API calls with HTTP Basic skip BCrypt. */
	@Bean
	PasswordEncoder passwordEncoder(
			@Value("${motcua.security.verified-password-ttl:10m}") java.time.Duration verifiedPasswordTtl) {
		return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), verifiedPasswordTtl);
	}

	/**
	 * No Micrometer observation per security filter, authentication and method authorisation: they cost about a
	 * tenth of a transition's CPU (an observation per {@code @PreAuthorize} call, each filter of every page wrapped
	 * twice) and nothing reads them; the HTTP server's own request metrics stay (docs/benchmarks.md, wave 6).
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder, UserAccounts users,
			SecurityProperties properties, JsonMapper json, ApiTokens tokens, ObjectProvider<SignedPeerRequests> peers) {
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
			if (DatabaseOutage.isCause(ex)) {
				// the password could not be checked: not the client's fault, and not a wrong password
				response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
				writeProblem(response, json, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", DatabaseOutage.TITLE,
						DatabaseOutage.DETAIL, request.getRequestURI());
				return;
			}
			if (!MachineOnlyApi.isBrowser(request)) {
				response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
			}
			// One message for a wrong password, an unknown, locked or disabled account: it names no username.
			String detail = "Cần đăng nhập: HTTP Basic bằng tên đăng nhập và mật khẩu đúng, hoặc mã truy cập (Bearer) còn "
					+ "hiệu lực; sau nhiều lần sai, hãy thử lại sau ít phút.";
			writeProblem(response, json, HttpStatus.UNAUTHORIZED, "unauthenticated", "Chưa đăng nhập", detail,
					request.getRequestURI());
		};
		AccessDeniedHandler denied = (request, response, ex) -> writeProblem(response, json, HttpStatus.FORBIDDEN,
				"forbidden", "Không có quyền", "Bạn không có quyền thực hiện thao tác này.", request.getRequestURI());
		http.securityMatcher("/api/**", "/v3/api-docs/**", "/actuator/**").authorizeHttpRequests(auth -> {
			auth.requestMatchers("/api/public/**", "/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/v3/api-docs/**")
				.hasAnyRole(Roles.SYSTEM_ADMIN, Roles.AGENCY_ADMIN)
				.requestMatchers("/actuator/**")
				.hasRole(Roles.SYSTEM_ADMIN);
			ApiAccess.RULES.forEach(rule -> auth.requestMatchers(rule.method(), rule.pattern())
				.hasAnyRole(rule.roles().toArray(String[]::new)));
			auth.anyRequest().denyAll();
		})
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
			.csrf(csrf -> csrf.disable())
			.addFilterBefore(new MachineOnlyApi(json), HeaderWriterFilter.class)
			.addFilterBefore(new ApiTokenFilter(tokens, unauthenticated), BasicAuthenticationFilter.class)
			.addFilterBefore(new SignedPeerAuthentication(peers, json), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeGate(users, json), AuthorizationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied));
		if (jwtDecoder.getIfAvailable() != null) {
			http.oauth2ResourceServer(resource -> resource.authenticationEntryPoint(unauthenticated)
				.bearerTokenResolver(ApiTokenFilter.oidcOnly())
				.jwt(jwt -> jwt.jwtAuthenticationConverter(source -> toLocalAccount(source, users, properties))));
		}
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> clients,
			UserAccounts users, SecurityProperties properties, JsonMapper json) {
		AuthenticationFailureHandler failure = (request, response, ex) -> {
			// The same answer whether the password was wrong or the account unknown, locked or disabled;
			// only a database outage (the password could not be checked) says so.
			String reason = DatabaseOutage.isCause(ex) ? "unavailable" : "bad";
			response.sendRedirect(request.getContextPath() + "/dang-nhap?error=" + reason);
		};
		http.addFilterAfter(new PasswordChangeGate(users, json), AuthorizationFilter.class);
		http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/swagger-ui/**", "/swagger-ui.html")
			.hasAnyRole(Roles.SYSTEM_ADMIN, Roles.AGENCY_ADMIN)
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/dang-nhap").defaultSuccessUrl("/", false).failureHandler(failure)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/dang-xuat").logoutSuccessUrl("/dang-nhap?logout").permitAll())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
							+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
		if (clients.getIfAvailable() != null) {
			http.oauth2Login(oauth -> oauth.loginPage("/dang-nhap")
				.failureHandler((request, response, ex) -> response
					.sendRedirect(request.getContextPath() + "/dang-nhap?error=oidc"))
				.userInfoEndpoint(info -> info.oidcUserService(localOidcUsers(users, properties))));
		}
		return http.build();
	}

	/** OIDC sign-in is accepted only for a local, enabled account with the same username; roles are local. */
	static OAuth2UserService<OidcUserRequest, OidcUser> localOidcUsers(UserAccounts users,
			SecurityProperties properties) {
		OidcUserService delegate = new OidcUserService();
		return request -> {
			OidcUser remote = delegate.loadUser(request);
			String username = remote.getClaimAsString(properties.oidcUsernameClaim());
			UserAccount account = username == null ? null : users.findByUsername(username).orElse(null);
			if (account == null || !account.enabled()) {
				throw new OAuth2AuthenticationException(new OAuth2Error("no_local_account",
						"Không có tài khoản nội bộ tương ứng với " + username, null));
			}
			List<SimpleGrantedAuthority> authorities = account.roles()
				.stream()
				.map(r -> new SimpleGrantedAuthority("ROLE_" + r))
				.toList();
			return new DefaultOidcUser(authorities, remote.getIdToken(), remote.getUserInfo(),
					properties.oidcUsernameClaim());
		};
	}

	/** A bearer token is accepted only for a local, enabled account with the same username; roles are local. */
	static JwtAuthenticationToken toLocalAccount(Jwt jwt, UserAccounts users, SecurityProperties properties) {
		String username = jwt.getClaimAsString(properties.oidcUsernameClaim());
		UserAccount account = username == null ? null : users.findByUsername(username).orElse(null);
		if (account == null || !account.enabled()) {
			throw new InvalidBearerTokenException("Không có tài khoản nội bộ tương ứng với mã truy cập");
		}
		List<SimpleGrantedAuthority> authorities = account.roles()
			.stream()
			.map(r -> new SimpleGrantedAuthority("ROLE_" + r))
			.toList();
		return new JwtAuthenticationToken(jwt, authorities, account.username());
	}

	static void writeProblem(HttpServletResponse response, JsonMapper json, HttpStatus status, String type,
			String title, String detail, String instance) throws IOException {
		ProblemResponses.write(response, json, ProblemResponses.problem(status, type, title, detail, instance));
	}
}
