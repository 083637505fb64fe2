package vn.motcua.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Where the bytes of stored files live: {@code motcua.file-store} when set, otherwise {@code <motcua.data-dir>/files}
 * beside the embedded database. With an ephemeral embedded database ({@code motcua.embedded-db.ephemeral=true}, as in
 * tests) and no {@code motcua.file-store}, the files go to a temporary folder removed on shutdown too, since the rows
 * that name them disappear with the database.
 */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DocumentConfiguration.class);

	@Bean(destroyMethod = "close")
	FileContents fileContents(@Value("${motcua.file-store:}") String fileStore,
			@Value("${motcua.data-dir:./data}") Path dataDir,
			@Value("${motcua.embedded-db.ephemeral:false}") boolean ephemeral) throws IOException {
		if (StringUtils.hasText(fileStore)) {
			return new FileContents(Path.of(fileStore), false);
		}
		if (ephemeral) {
			Path temporary = Files.createTempDirectory("motcua-files");
			log.info("Stored files go to {} and are removed on shutdown (ephemeral database)", temporary);
			return new FileContents(temporary, true);
		}
		return new FileContents(dataDir.resolve("files"), false);
	}
}
