package vn.motcua.exchange;

import vn.motcua.shared.NoRoleRequired;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditLog;
import vn.motcua.exchange.Peer.PeerKey;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnameseText;

/**
 * Trust configuration of the exchange: the peers an administrator configured (address, public keys with validity,
 * hosted agencies) and this deployment's own identity (node code and public keys to hand to the other side).
 */
@Service
public class PeerManagement {

	/** A peer as an administrator enters it. {@code keys}: Base64 X.509 Ed25519 public keys with their validity. */
	public record PeerCommand(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String name,
			@NotBlank @Size(max = 500) String baseUrl, @Nullable @Size(max = 200) List<@Size(max = 40) String> agencies,
			@Nullable Boolean active, @Nullable @Size(max = 10) @Valid List<KeyData> keys) {
	}

	/** One public key of a peer; {@code validFrom} defaults to now, no {@code validUntil} means until replaced. */
	public record KeyData(@Nullable String publicKey, @Nullable OffsetDateTime validFrom,
			@Nullable OffsetDateTime validUntil) {
	}

	/** What the other side needs to trust this deployment: its code and public keys (newest last, it signs). */
	public record OwnIdentity(String nodeCode, List<OwnPublicKey> keys) {
	}

	public record OwnPublicKey(String publicKey, String fingerprint, Instant createdAt) {
	}

	private final Peers peers;

	private final OwnKeys ownKeys;

	private final AuditLog audit;

	private final Clock clock;

	private final String nodeCode;

	PeerManagement(Peers peers, OwnKeys ownKeys, AuditLog audit, Clock clock,
			@Value("${motcua.exchange.node-code:MOTCUA}") String nodeCode) {
		this.peers = peers;
		this.ownKeys = ownKeys;
		this.audit = audit;
		this.clock = clock;
		this.nodeCode = nodeCode;
	}

	@PreAuthorize(Roles.ADMINS)
	@Transactional(readOnly = true)
	public List<Peer> list() {
		return peers.findAll();
	}

	@PreAuthorize(Roles.ADMINS)
	@Transactional(readOnly = true)
	public Peer get(String code) {
		return peers.find(code).orElseThrow(() -> new NotFoundException("Không có hệ thống đối tác " + code));
	}

	/** Creates the peer or replaces its settings and keys; audited. */
	@PreAuthorize(Roles.SYSTEM_ADMIN_ONLY)
	@Transactional
	public Peer save(PeerCommand command) {
		Peer peer = validated(command);
		Optional<Peer> before = peers.find(peer.code());
		peers.save(peer, clock.instant());
		audit.record(before.isPresent() ? "UPDATE" : "CREATE", "ExchangePeer", peer.code(), null,
				before.map(PeerManagement::summary).orElse(null), summary(peer));
		return peer;
	}

	@PreAuthorize(Roles.ADMINS)
	public OwnIdentity ownIdentity() {
		return new OwnIdentity(nodeCode, ownKeys.all()
			.stream()
			.map(k -> new OwnPublicKey(k.publicText(), k.fingerprint(), k.createdAt()))
			.toList());
	}

	/** Adds a new own key that signs from now on; peers must add its public key (the old one stays listed). */
	@PreAuthorize(Roles.SYSTEM_ADMIN_ONLY)
	@Transactional
	public OwnIdentity rotateOwnKey() {
		OwnKeys.OwnKey key = ownKeys.rotate();
		audit.record("ROTATE_KEY", "ExchangePeer", nodeCode, null, null, Map.of("fingerprint", key.fingerprint()));
		// this deployment as its own (loopback) peer trusts its new key at once
		peers.find(nodeCode).filter(Peer::loopback).ifPresent(self -> {
			List<PeerKey> keys = new ArrayList<>(self.keys());
			keys.add(new PeerKey(UUID.randomUUID(), key.publicText(), key.fingerprint(), key.createdAt(), null));
			peers.save(new Peer(self.code(), self.name(), self.baseUrl(), self.agencies(), self.active(), keys),
					clock.instant());
		});
		return ownIdentity();
	}

	/** This deployment's code in the exchange. */
	@NoRoleRequired("the code of this deployment, public in every message it signs")
	public String nodeCode() {
		return nodeCode;
	}

	/** The active peer that hosts this agency, if the agency is reached through the exchange. */
	@Transactional(readOnly = true)
	@NoRoleRequired("routing inside the exchange module after the caller's dossier rights were checked")
	public Optional<Peer> hosting(String agencyCode) {
		return peers.findAll()
			.stream()
			.filter(Peer::active)
			.filter(p -> p.agencies().stream().anyMatch(a -> a.equalsIgnoreCase(agencyCode.trim())))
			.findFirst();
	}

	/** Whether a peer with this code is configured. */
	@PreAuthorize(Roles.ADMINS)
	@Transactional(readOnly = true)
	public boolean exists(String code) {
		return code != null && peers.exists(code.trim().toUpperCase(Locale.ROOT));
	}

	/** Any peer by code (for verification; no role check: the caller is the exchange itself). */
	Optional<Peer> find(String code) {
		return peers.find(code);
	}

	private Peer validated(PeerCommand c) {
		List<FieldProblem> problems = new ArrayList<>();
		String code = c.code() == null ? "" : c.code().trim().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z0-9][A-Z0-9._-]{1,39}")) {
			problems.add(new FieldProblem("code", "Mã hệ thống đối tác gồm chữ in hoa, số, dấu chấm, gạch (2–40 ký tự)"));
		}
		String name = VietnameseText.clean(c.name());
		if (name == null || name.isBlank()) {
			problems.add(new FieldProblem("name", "Cần tên hệ thống đối tác"));
		}
		String url = c.baseUrl() == null ? "" : c.baseUrl().trim();
		if (!validUrl(url)) {
			problems.add(new FieldProblem("baseUrl",
					"Địa chỉ phải là https://… (http:// chỉ cho localhost) hoặc loopback: cho chính hệ thống này"));
		}
		LinkedHashSet<String> agencies = new LinkedHashSet<>();
		for (String agency : c.agencies() == null ? List.<String>of() : c.agencies()) {
			String a = agency == null ? "" : agency.trim().toUpperCase(Locale.ROOT);
			if (!a.isEmpty()) {
				if (a.length() > 50) {
					problems.add(new FieldProblem("agencies", "Mã cơ quan dài quá 50 ký tự: " + a));
				}
				agencies.add(a);
			}
		}
		if (agencies.isEmpty()) {
			problems.add(new FieldProblem("agencies", "Cần ít nhất một mã cơ quan do hệ thống đối tác phục vụ"));
		}
		List<PeerKey> keys = new ArrayList<>();
		List<KeyData> given = c.keys() == null ? List.of() : c.keys();
		Instant now = clock.instant();
		for (int i = 0; i < given.size(); i++) {
			KeyData k = given.get(i);
			var key = k == null || k.publicKey() == null ? null : Ed25519.publicKey(k.publicKey());
			if (key == null) {
				problems.add(new FieldProblem("keys[" + i + "].publicKey",
						"Khóa công khai phải là khóa Ed25519 (Base64 của dạng X.509)"));
				continue;
			}
			Instant from = k.validFrom() == null ? now : k.validFrom().toInstant();
			Instant until = k.validUntil() == null ? null : k.validUntil().toInstant();
			if (until != null && !until.isAfter(from)) {
				problems.add(new FieldProblem("keys[" + i + "].validUntil", "Ngày hết hiệu lực phải sau ngày bắt đầu"));
				continue;
			}
			String fingerprint = Ed25519.fingerprint(key);
			if (keys.stream().anyMatch(x -> x.fingerprint().equals(fingerprint))) {
				problems.add(new FieldProblem("keys[" + i + "].publicKey", "Khóa công khai bị lặp"));
				continue;
			}
			keys.add(new PeerKey(UUID.randomUUID(), Ed25519.text(key), fingerprint, from, until));
		}
		if (given.isEmpty()) {
			problems.add(new FieldProblem("keys", "Cần ít nhất một khóa công khai của hệ thống đối tác"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Peer(code, name, url, List.copyOf(agencies), c.active() == null || c.active(), List.copyOf(keys));
	}

	static boolean validUrl(String url) {
		if (url.equals("loopback:")) {
			return true;
		}
		try {
			URI uri = URI.create(url);
			if (uri.getHost() == null || uri.getUserInfo() != null || uri.getQuery() != null) {
				return false;
			}
			boolean local = uri.getHost().equals("localhost") || uri.getHost().equals("127.0.0.1");
			return "https".equalsIgnoreCase(uri.getScheme()) || ("http".equalsIgnoreCase(uri.getScheme()) && local);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static Map<String, Object> summary(Peer peer) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", peer.name());
		m.put("baseUrl", peer.baseUrl());
		m.put("agencies", peer.agencies());
		m.put("active", peer.active());
		m.put("keys", peer.keys().stream().map(PeerKey::fingerprint).toList());
		return m;
	}
}
