package vn.motcua.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code motcua.security}.
 *
 * @param maxFailedLogins failed sign-ins in a row that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param oidcUsernameClaim the OIDC/JWT claim matched against local usernames
 * @param adminPassword password of the first system administrator ({@code MOTCUA_ADMIN_PASSWORD}), used only when
 * there is no account yet
 */
@ConfigurationProperties("motcua.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("preferred_username") String oidcUsernameClaim, String adminPassword) {
}
