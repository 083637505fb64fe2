package vn.motcua.document;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Kept content in an S3-compatible bucket (MinIO, Ceph, a government cloud's object store, AWS S3), with the AWS
 * SDK v2: {@code motcua.file-store.type=s3}. Objects are named {@code <prefix><storage key>}; uploads are still
 * received, sized, hashed and sniffed in a local temporary folder first, and only complete content is put.
 */
final class S3Bucket implements FileContents.ContentStore {

	private final S3Client s3;

	private final String bucket;

	private final String prefix;

	/**
	 * @param endpoint the store's address, e.g. {@code https://minio.tinh.gov.vn}; {@code null} for AWS itself
	 * @param accessKey with {@code secretKey}; {@code null} for the SDK's default chain (environment
	 * {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}, profile, instance role)
	 */
	S3Bucket(@Nullable String endpoint, String region, String bucket, String prefix, @Nullable String accessKey,
			@Nullable String secretKey, boolean pathStyle) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.region(Region.of(region))
			.forcePathStyle(pathStyle)
			// plain bodies signed by their SHA-256, not aws-chunked: understood by every S3-compatible store
			.serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
			// a checksum only where S3 requires one: S3-compatible stores do not all read trailing checksums
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(accessKey != null && !accessKey.isBlank() && secretKey != null
					? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey))
					: DefaultCredentialsProvider.builder().build());
		if (endpoint != null && !endpoint.isBlank()) {
			builder.endpointOverride(URI.create(endpoint));
		}
		this.s3 = builder.build();
		this.bucket = bucket;
		this.prefix = prefix;
	}

	@Override
	public void put(String key, Path file) throws IOException {
		call("put", key, () -> s3.putObject(put -> put.bucket(bucket).key(prefix + key), RequestBody.fromFile(file)));
	}

	@Override
	public InputStream open(String key) throws IOException {
		return call("read", key, () -> s3.getObject(get -> get.bucket(bucket).key(prefix + key)));
	}

	@Override
	public void delete(String key) throws IOException {
		call("delete", key, () -> s3.deleteObject(delete -> delete.bucket(bucket).key(prefix + key)));
	}

	/** Runs a call of the SDK; its failures become I/O errors that name the object. */
	private <T> T call(String what, String key, java.util.function.Supplier<T> call) throws IOException {
		try {
			return call.get();
		}
		catch (SdkException ex) {
			throw new IOException("Cannot " + what + " " + prefix + key + " in bucket " + bucket, ex);
		}
	}

	@Override
	public boolean exists(String key) throws IOException {
		try {
			call("look up", key, () -> s3.headObject(head -> head.bucket(bucket).key(prefix + key)));
			return true;
		}
		catch (IOException ex) {
			if (ex.getCause() instanceof S3Exception missing && missing.statusCode() == 404) {
				return false;
			}
			throw ex;
		}
	}

	@Override
	public void close() {
		s3.close();
	}

	@Override
	public String toString() {
		return "s3://" + bucket + "/" + prefix;
	}
}
