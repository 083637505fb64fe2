package vn.motcua.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agencies table. */
@Repository
class Agencies {

	private final JdbcClient jdbc;

	private final IdentityCache cache;

	private static final String BY_ID = "agency:";

	private static final String SUBTREE = "subtree:";

	private static final String ALL = "agencies";

	Agencies(JdbcClient jdbc, IdentityCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	public Optional<Agency> findByCode(String code) {
		return jdbc.sql("select * from agency where upper(code) = upper(?)").param(code).query(Agencies::map).optional();
	}

	/** The agency, kept in the {@link IdentityCache} (every intake reads its agency's identifier code). */
	public Optional<Agency> findById(UUID id) {
		return cache.reference(BY_ID + id,
				key -> jdbc.sql("select * from agency where id = ?").param(id).query(Agencies::map).optional());
	}

	/**
	 * All agencies, ordered by name with Vietnamese collation; kept in the {@link IdentityCache} (the public catalogue
	 * offers them on every search).
	 */
	public List<Agency> findAll() {
		return cache.reference(ALL, key -> List.copyOf(
				jdbc.sql("select * from agency order by name collate \"vi-x-icu\"").query(Agencies::map).list()));
	}

	public List<Agency> findAllById(Collection<UUID> ids) {
		return jdbc.sql("select * from agency where id = any(?) order by name collate \"vi-x-icu\"")
			.param(ids.toArray(UUID[]::new))
			.query(Agencies::map)
			.list();
	}

	/** The agency and every agency under it, at any depth; kept in the {@link IdentityCache}. */
	public Set<UUID> subtree(UUID root) {
		return cache.reference(SUBTREE + root, key -> Set.copyOf(jdbc.sql("""
				with recursive tree(id) as (
				    select id from agency where id = ?
				    union
				    select a.id from agency a join tree t on a.parent_id = t.id)
				select id from tree""").param(root).query(UUID.class).list()));
	}

	public boolean existsByCode(String code) {
		return jdbc.sql("select count(*) from agency where upper(code) = upper(?)")
			.param(code)
			.query(Long.class)
			.single() > 0;
	}

	public boolean existsByIdentifierCode(String identifierCode, UUID except) {
		return jdbc.sql("select count(*) from agency where identifier_code = ? and id <> ?")
			.params(identifierCode, except)
			.query(Long.class)
			.single() > 0;
	}

	public long count() {
		return jdbc.sql("select count(*) from agency").query(Long.class).single();
	}

	void insert(Agency agency) {
		cache.changed();
		jdbc.sql("""
				insert into agency (id, code, name, short_name, identifier_code, level, parent_id, address, phone, email,
				                    active)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(agency.id(), agency.code(), agency.name(), agency.shortName(), agency.identifierCode(),
					agency.level().name(), agency.parentId(), agency.address(), agency.phone(), agency.email(),
					agency.active())
			.update();
	}

	void update(Agency agency) {
		cache.changed();
		jdbc.sql("""
				update agency set name = ?, short_name = ?, identifier_code = ?, level = ?, parent_id = ?, address = ?,
				       phone = ?, email = ?, active = ?, updated_at = now()
				where id = ?""")
			.params(agency.name(), agency.shortName(), agency.identifierCode(), agency.level().name(),
					agency.parentId(), agency.address(), agency.phone(), agency.email(), agency.active(), agency.id())
			.update();
	}

	static Agency map(ResultSet rs, int row) throws SQLException {
		return new Agency(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
				rs.getString("short_name"), rs.getString("identifier_code"), AgencyLevel.valueOf(rs.getString("level")),
				rs.getObject("parent_id", UUID.class), rs.getString("address"), rs.getString("phone"),
				rs.getString("email"), rs.getBoolean("active"));
	}
}
