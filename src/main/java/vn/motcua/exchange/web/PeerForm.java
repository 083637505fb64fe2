package vn.motcua.exchange.web;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import vn.motcua.exchange.Peer;
import vn.motcua.exchange.PeerManagement.KeyData;
import vn.motcua.exchange.PeerManagement.PeerCommand;

/**
 * The peer form, as typed: agencies comma-separated, one public key per line; the service checks the command. A
 * value not sent is empty; an unticked box is {@code false}, a box not sent at all {@code true}.
 */
record PeerForm(String code, String name, String baseUrl, String agencies, String keys, @Nullable Boolean active) {

	PeerForm {
		code = code == null ? "" : code;
		name = name == null ? "" : name;
		baseUrl = baseUrl == null ? "" : baseUrl;
		agencies = agencies == null ? "" : agencies;
		keys = keys == null ? "" : keys;
		active = active == null || active;
	}

	/** A blank form for a new, active peer. */
	static PeerForm empty() {
		return new PeerForm("", "", "", "", "", true);
	}

	/** The form of a stored peer, to edit it. */
	static PeerForm of(Peer peer) {
		return new PeerForm(peer.code(), peer.name(), peer.baseUrl(), String.join(", ", peer.agencies()),
				String.join("\n", peer.keys().stream().map(Peer.PeerKey::publicKey).toList()), peer.active());
	}

	/** The same form for the given code (an edited peer keeps its code). */
	PeerForm withCode(String code) {
		return new PeerForm(code, name, baseUrl, agencies, keys, active);
	}

	/** The command; keys typed again keep the validity they had, new ones are valid from now. */
	PeerCommand command(Optional<Peer> before) {
		List<KeyData> typed = new ArrayList<>();
		for (String line : keys.split("\\R")) {
			String key = line.strip();
			if (key.isEmpty()) {
				continue;
			}
			Optional<Peer.PeerKey> known = before.flatMap(p -> p.keys().stream().filter(k -> k.publicKey().equals(key)).findFirst());
			typed.add(new KeyData(key, known.map(k -> k.validFrom().atOffset(ZoneOffset.UTC)).orElse(null),
					known.map(Peer.PeerKey::validUntil).map(u -> u.atOffset(ZoneOffset.UTC)).orElse(null)));
		}
		List<String> served = Arrays.stream(agencies.split("[,;\\s]+")).filter(a -> !a.isBlank()).toList();
		return new PeerCommand(code, name, baseUrl, served, Boolean.TRUE.equals(active), typed);
	}
}
