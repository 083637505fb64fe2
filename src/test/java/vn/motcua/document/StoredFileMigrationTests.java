package vn.motcua.document;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V41 on a database where files were stored under V40: version chains get their root, and from then on a chain
 * cannot fork.
 */
class StoredFileMigrationTests {

	static EmbeddedPostgres postgres;

	static JdbcClient jdbc;

	static final UUID first = UUID.randomUUID();

	static final UUID second = UUID.randomUUID();

	static final UUID third = UUID.randomUUID();

	static final UUID single = UUID.randomUUID();

	@BeforeAll
	static void migrateWithFilesStoredUnderV40() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		Flyway.configure().dataSource(postgres.getPostgresDatabase()).target("40").load().migrate();
		jdbc = JdbcClient.create(postgres.getPostgresDatabase());
		insert(first, null, 1);
		insert(second, first, 2);
		insert(third, second, 3);
		insert(single, null, 1);
		Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
	}

	static void insert(UUID id, UUID previous, int version) {
		jdbc.sql("""
				insert into stored_file (id, agency_id, previous_id, version, name, media_type, size_bytes, sha256,
				                         storage_key, generated, created_by)
				values (?, null, ?, ?, 'a.pdf', 'application/pdf', 1, ?, ?, false, 'admin')""")
			.params(id, previous, version, "0".repeat(64), id.toString())
			.update();
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void everyVersionNamesTheFirstOfItsChain() {
		List<UUID> roots = jdbc.sql("select root_id from stored_file where id in (?, ?, ?) order by version")
			.params(first, second, third)
			.query(UUID.class)
			.list();
		assertThat(roots).containsExactly(first, first, first);
		assertThat(jdbc.sql("select root_id from stored_file where id = ?").param(single).query(UUID.class).single())
			.isEqualTo(single);
	}

	@Test
	void aChainCannotFork() {
		assertThatThrownBy(() -> jdbc.sql("""
				insert into stored_file (id, previous_id, root_id, version, name, media_type, size_bytes, sha256,
				                         storage_key, created_by)
				values (?, ?, ?, 2, 'b.pdf', 'application/pdf', 1, ?, ?, 'admin')""")
			.params(UUID.randomUUID(), first, first, "1".repeat(64), UUID.randomUUID().toString())
			.update()).hasMessageContaining("stored_file_");
	}
}
