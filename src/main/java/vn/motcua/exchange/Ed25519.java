package vn.motcua.exchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/** Ed25519 signatures and SHA-256 with the JDK's providers; keys travel as Base64 of their standard encodings. */
final class Ed25519 {

	private Ed25519() {
	}

	static KeyPair generate() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", ex);
		}
	}

	static byte[] sign(PrivateKey key, String content) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(key);
			signature.update(content.getBytes(StandardCharsets.UTF_8));
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Ed25519 signing failed", ex);
		}
	}

	static boolean verify(PublicKey key, String content, byte[] signature) {
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(key);
			verifier.update(content.getBytes(StandardCharsets.UTF_8));
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	/** A public key from Base64 of its X.509 encoding; {@code null} when it is not an Ed25519 key. */
	static @Nullable PublicKey publicKey(String base64) {
		try {
			PublicKey key = KeyFactory.getInstance("Ed25519")
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
			return key;
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return null;
		}
	}

	static PrivateKey privateKey(String base64) {
		try {
			return KeyFactory.getInstance("Ed25519")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("The exchange key file holds a key that is not Ed25519", ex);
		}
	}

	static String text(PublicKey key) {
		return Base64.getEncoder().encodeToString(key.getEncoded());
	}

	static String fingerprint(PublicKey key) {
		return sha256(key.getEncoded());
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

	static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}
}
