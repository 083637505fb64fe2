package vn.motcua.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit key from the environment ({@code MOTCUA_AUDIT_KEY}) and the chain head anchored in a file. */
@MotCuaTest
class AuditKeyTests {

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dataDir;

	@Test
	void aKeyFromTheEnvironmentIsUsedAndNeverWrittenToTheFile() throws Exception {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		String given = Base64.getEncoder().encodeToString(secret);
		AuditKey.Key key = new AuditKey("", given, dataDir, false, jdbc).current();
		assertThat(key.secret()).isEqualTo(secret);
		String file = Files.readString(dataDir.resolve("secrets/audit.key"), StandardCharsets.UTF_8);
		assertThat(file).contains("keyed-from=" + key.keyedFrom()).doesNotContain("key=").doesNotContain(given);
		// the next start keeps the boundary from the file and the secret from the environment
		AuditKey.Key again = new AuditKey("", given, dataDir, false, jdbc).current();
		assertThat(again.keyedFrom()).isEqualTo(key.keyedFrom());
		assertThat(again.secret()).isEqualTo(secret);
		// without the environment, such a file is refused rather than silently keyed anew
		assertThatThrownBy(() -> new AuditKey("", "", dataDir, false, jdbc).current())
			.hasMessageContaining("MOTCUA_AUDIT_KEY");
	}

	@Test
	void aShortOrMalformedKeyIsRefusedAtStartUp() {
		assertThatThrownBy(() -> AuditKey.decode(Base64.getEncoder().encodeToString(new byte[16])))
			.hasMessageContaining("32");
		assertThatThrownBy(() -> AuditKey.decode("không phải base64")).hasMessageContaining("Base64");
	}

	@Test
	void theAnchorFileOnlyMovesForwardAndSurvivesARestart() {
		AuditAnchor anchor = new AuditAnchor("", dataDir, false);
		assertThat(anchor.head()).isNull();
		anchor.advance(new AuditAnchor.Head(7, "abc"));
		anchor.advance(new AuditAnchor.Head(5, "older"));
		assertThat(Files.exists(dataDir.resolve("secrets/audit.anchor"))).isTrue();
		assertThat(Files.exists(dataDir.resolve("secrets/audit.anchor.tmp"))).isFalse();
		assertThat(new AuditAnchor("", dataDir, false).head()).isEqualTo(new AuditAnchor.Head(7, "abc"));
	}
}
