package vn.motcua.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored_file table: what is known about each stored file, and the key of its bytes in {@link FileContents}. */
@Repository
class StoredFiles {

	private static final String SELECT = """
			select f.*, (select n.id from stored_file n where n.previous_id = f.id) as replaced_by
			from stored_file f""";

	private final JdbcClient jdbc;

	StoredFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredFile> findById(UUID id) {
		return jdbc.sql(SELECT + " where f.id = ?").param(id).query(StoredFiles::map).optional();
	}

	/** Every version of the chain the file belongs to, oldest first. */
	List<StoredFile> findChain(UUID rootId) {
		return jdbc.sql(SELECT + " where f.root_id = ? order by f.version").param(rootId).query(StoredFiles::map).list();
	}

	Optional<String> storageKey(UUID id) {
		return jdbc.sql("select storage_key from stored_file where id = ?").param(id).query(String.class).optional();
	}

	long count() {
		return jdbc.sql("select count(*) from stored_file").query(Long.class).single();
	}

	void insert(StoredFile file, String storageKey) {
		jdbc.sql("""
				insert into stored_file (id, agency_id, storage_key, name, media_type, size_bytes, sha256, root_id,
				                         version, previous_id, generated, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(file.id(), file.agencyId(), storageKey, file.name(), file.mediaType(), file.size(), file.sha256(),
					file.rootId(), file.version(), file.previousId(), file.generated(), file.uploadedBy(),
					OffsetDateTime.ofInstant(file.createdAt(), ZoneOffset.UTC))
			.update();
	}

	static StoredFile map(ResultSet rs, int row) throws SQLException {
		return new StoredFile(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
				rs.getString("name"), rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getInt("version"), rs.getObject("previous_id", UUID.class), rs.getObject("root_id", UUID.class),
				rs.getObject("replaced_by", UUID.class), rs.getBoolean("generated"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
