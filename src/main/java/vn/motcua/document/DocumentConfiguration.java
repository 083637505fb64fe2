package vn.motcua.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where the bytes of stored files live: an S3-compatible bucket with {@code motcua.file-store.type=s3} ({@link
 * S3Bucket}; {@code motcua.file-store.s3.endpoint}, {@code .bucket}, {@code .region}, {@code .prefix},
 * {@code .access-key}/{@code .secret-key} or the SDK's default credentials from the environment), else a folder:
 * {@code motcua.file-store} when set, otherwise {@code <motcua.data-dir>/files}
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
			@Value("${motcua.embedded-db.ephemeral:false}") boolean ephemeral, Environment environment)
			throws IOException {
		if ("s3".equalsIgnoreCase(environment.getProperty("motcua.file-store.type", "local"))) {
			String bucket = environment.getRequiredProperty("motcua.file-store.s3.bucket");
			S3Bucket store = new S3Bucket(environment.getProperty("motcua.file-store.s3.endpoint"),
					environment.getProperty("motcua.file-store.s3.region", "us-east-1"), bucket,
					environment.getProperty("motcua.file-store.s3.prefix", ""),
					environment.getProperty("motcua.file-store.s3.access-key"),
					environment.getProperty("motcua.file-store.s3.secret-key"),
					environment.getProperty("motcua.file-store.s3.path-style", Boolean.class, true));
			// uploads are received and checked in a local folder first
			Path receiving = ephemeral ? Files.createTempDirectory("motcua-files") : dataDir.resolve("files-receiving");
			log.info("Stored files go to {} (received first in {})", store, receiving);
			return new FileContents(receiving, store, ephemeral);
		}
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
