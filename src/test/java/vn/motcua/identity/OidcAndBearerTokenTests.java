package vn.motcua.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * OIDC configured by properties only: bearer tokens signed by the identity provider are accepted for local accounts
 * (roles and agency from the local account), and the sign-in page offers the provider.
 */
@SpringBootTest(properties = { "motcua.embedded-db.ephemeral=true", "motcua.demo-data=true",
		"spring.security.oauth2.client.registration.oidc.client-id=motcua",
		"spring.security.oauth2.client.registration.oidc.client-secret=test-secret",
		"spring.security.oauth2.client.registration.oidc.scope=openid,profile",
		"spring.security.oauth2.client.registration.oidc.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.oidc.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.provider.oidc.authorization-uri=https://sso.example.gov.vn/auth",
		"spring.security.oauth2.client.provider.oidc.token-uri=https://sso.example.gov.vn/token",
		"spring.security.oauth2.client.provider.oidc.jwk-set-uri=https://sso.example.gov.vn/jwks",
		"spring.security.oauth2.client.provider.oidc.user-info-uri=https://sso.example.gov.vn/userinfo",
		"spring.security.oauth2.client.provider.oidc.user-name-attribute=preferred_username" })
@AutoConfigureMockMvc
class OidcAndBearerTokenTests {

	static final KeyPair keys = keyPair();

	static KeyPair keyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void resourceServer(DynamicPropertyRegistry registry) throws Exception {
		Path pem = Files.createTempFile("idp-public", ".pem");
		Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
	}

	static String token(String username) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256),
				new JWTClaimsSet.Builder().subject("sso-" + username)
					.claim("preferred_username", username)
					.issueTime(new Date())
					.expirationTime(Date.from(Instant.now().plusSeconds(300)))
					.build());
		jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		return jwt.serialize();
	}

	@Autowired
	MockMvc mvc;

	@Test
	void aSignedBearerTokenActsAsTheLocalAccountWithItsAgencyScope() throws Exception {
		mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + token("quantri.stp")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyCode").value("STP-HT"));
		mvc.perform(get("/api/v1/agencies/SNV-HT").header("Authorization", "Bearer " + token("quantri.stp")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token("xem")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTokenForAnUnknownAccountOrWithABadSignatureIsRefused() throws Exception {
		mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + token("nguoi.la")))
			.andExpect(status().isUnauthorized());
		String forged = token("quantri");
		forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "AAAA";
		mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + forged))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theSignInPageOffersTheIdentityProviderAndRedirectsToIt() throws Exception {
		mvc.perform(get("/dang-nhap"))
			.andExpect(content().string(containsString("Đăng nhập qua hệ thống xác thực tập trung")));
		mvc.perform(get("/oauth2/authorization/oidc"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("https://sso.example.gov.vn/auth")));
	}

	@Test
	void anOidcSignedInUserUsesThePagesAsTheLocalAccount() throws Exception {
		mvc.perform(get("/quan-tri/nguoi-dung")
			.with(oidcLogin().oidcUser(new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_AGENCY_ADMIN")),
					OidcIdToken.withTokenValue("id-token").subject("sso-quantri").claim("preferred_username", "quantri")
						.build(),
					"preferred_username"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trần Thị Bình")));
	}
}
