package vn.motcua.exchange;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.exchange.Peer.PeerKey;

/** The peers table and their keys. */
@Repository
class Peers {

	private final JdbcClient jdbc;

	Peers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Peer> findAll() {
		Map<String, List<PeerKey>> keys = new LinkedHashMap<>();
		jdbc.sql("select * from exchange_peer_key order by valid_from, fingerprint").query((rs, n) -> {
			keys.computeIfAbsent(rs.getString("peer_code"), c -> new java.util.ArrayList<>()).add(key(rs));
			return null;
		}).list();
		return jdbc.sql("select * from exchange_peer order by code")
			.query((rs, n) -> new Peer(rs.getString("code"), rs.getString("name"), rs.getString("base_url"),
					agencies(rs.getArray("agencies")), rs.getBoolean("active"),
					List.copyOf(keys.getOrDefault(rs.getString("code"), List.of()))))
			.list();
	}

	Optional<Peer> find(String code) {
		return findAll().stream().filter(p -> p.code().equals(code)).findFirst();
	}

	boolean exists(String code) {
		return jdbc.sql("select count(*) from exchange_peer where code = ?").param(code).query(Long.class).single() > 0;
	}

	void save(Peer peer, Instant now) {
		String[] agencies = peer.agencies().toArray(String[]::new);
		int updated = jdbc.sql("""
				update exchange_peer set name = ?, base_url = ?, agencies = ?, active = ?, updated_at = ? where code = ?""")
			.params(peer.name(), peer.baseUrl(), agencies, peer.active(), Timestamp.from(now), peer.code())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into exchange_peer (code, name, base_url, agencies, active, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(peer.code(), peer.name(), peer.baseUrl(), agencies, peer.active(), Timestamp.from(now),
						Timestamp.from(now))
				.update();
		}
		jdbc.sql("delete from exchange_peer_key where peer_code = ?").param(peer.code()).update();
		for (PeerKey key : peer.keys()) {
			jdbc.sql("""
					insert into exchange_peer_key (id, peer_code, public_key, fingerprint, valid_from, valid_until)
					values (?, ?, ?, ?, ?, ?)""")
				.params(key.id(), peer.code(), key.publicKey(), key.fingerprint(), Timestamp.from(key.validFrom()),
						key.validUntil() == null ? null : Timestamp.from(key.validUntil()))
				.update();
		}
	}

	long count() {
		return jdbc.sql("select count(*) from exchange_peer").query(Long.class).single();
	}

	private static PeerKey key(java.sql.ResultSet rs) throws SQLException {
		Timestamp until = rs.getTimestamp("valid_until");
		return new PeerKey(rs.getObject("id", UUID.class), rs.getString("public_key"), rs.getString("fingerprint"),
				rs.getTimestamp("valid_from").toInstant(), until == null ? null : until.toInstant());
	}

	private static List<String> agencies(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
