package vn.motcua.portal;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the national portal sync ({@code motcua.portal.*}, docs/portal.md).
 *
 * @param mode {@code off} (nothing is enqueued), {@code fake} (the in-process fake portal) or {@code http}
 * @param url the portal's endpoint that receives status changes (mode {@code http})
 * @param username HTTP Basic user, if the portal uses Basic
 * @param password HTTP Basic password
 * @param token a bearer token, if the portal uses one instead
 * @param timeout connect and answer timeout of one attempt
 */
@ConfigurationProperties("motcua.portal")
public record PortalProperties(@DefaultValue("off") Mode mode, @Nullable URI url, @Nullable String username,
		@Nullable String password, @Nullable String token, @DefaultValue("10s") Duration timeout) {

	/** How status changes reach the portal. */
	public enum Mode {
		OFF, FAKE, HTTP
	}

	public PortalProperties {
		if (mode == Mode.HTTP && url == null) {
			throw new IllegalStateException("motcua.portal.mode=http needs motcua.portal.url");
		}
	}
}
