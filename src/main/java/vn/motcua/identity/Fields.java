package vn.motcua.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fields (lĩnh vực) table. */
@Repository
class Fields {

	private final JdbcClient jdbc;

	private final IdentityCache cache;

	Fields(JdbcClient jdbc, IdentityCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	public Optional<Field> findByCode(String code) {
		return jdbc.sql("select * from field where upper(code) = upper(?)").param(code).query(Fields::map).optional();
	}

	public Optional<Field> findById(UUID id) {
		return jdbc.sql("select * from field where id = ?").param(id).query(Fields::map).optional();
	}

	/** All fields by name in Vietnamese order, kept in the {@link IdentityCache} (the public catalogue offers them). */
	public List<Field> findAll() {
		return cache.reference("fields", key -> List.copyOf(
				jdbc.sql("select * from field order by name collate \"vi-x-icu\"").query(Fields::map).list()));
	}

	void insert(Field field) {
		jdbc.sql("insert into field (id, code, name, active) values (?, ?, ?, ?)")
			.params(field.id(), field.code(), field.name(), field.active())
			.update();
		cache.changed();
	}

	void update(Field field) {
		jdbc.sql("update field set name = ?, active = ? where id = ?")
			.params(field.name(), field.active(), field.id())
			.update();
		cache.changed();
	}

	static Field map(ResultSet rs, int row) throws SQLException {
		return new Field(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
				rs.getBoolean("active"));
	}
}
