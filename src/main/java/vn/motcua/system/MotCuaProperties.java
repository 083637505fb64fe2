package vn.motcua.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code motcua.*}.
 *
 * @param dataDir where the embedded database and the file store live; survives restarts
 * @param demoData fill an empty database with a demo Sở Ngoại vụ
 * @param embeddedDb settings of the embedded PostgreSQL (used only without {@code spring.datasource.url})
 */
@ConfigurationProperties("motcua")
public record MotCuaProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("false") boolean demoData,
		@DefaultValue EmbeddedDb embeddedDb) {

	/**
	 * @param ephemeral start from an empty database in a temporary folder that is deleted on shutdown (tests)
	 * @param port fixed port, 0 for any free port
	 */
	public record EmbeddedDb(@DefaultValue("false") boolean ephemeral, @DefaultValue("0") int port) {
	}
}
