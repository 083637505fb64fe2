package vn.motcua.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;
import vn.motcua.shared.PayloadTooLargeException;

/**
 * The bytes of stored files, in a folder outside the web root. A file lives at {@code <root>/<k0k1>/<uuid>}: the
 * storage key is that relative path, the UUID is random (never derived from the name) and its first two characters
 * spread the files over 256 folders (files stored before migration V41 sit directly under the root). Content is first streamed to {@code <root>/tmp/}, counted and hashed on the way, and only then moved into
 * place in one step, so a file under its key is always complete.
 */
class FileContents implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(FileContents.class);

	/** How many leading bytes are kept for type detection. */
	static final int HEAD_SIZE = 64 * 1024;

	/** "<k0k1>/<uuid>", or a bare "<uuid>" for files stored before migration V41. */
	private static final Pattern KEY = Pattern
		.compile("([0-9a-f]{2}/)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/** Temporary files older than this are left-overs of a crash and removed at start-up. */
	private static final Duration STALE = Duration.ofHours(24);

	private final Path root;

	private final ContentStore store;

	private final boolean deleteOnClose;

	/**
	 * Content kept in a local folder (the default).
	 * @param root the folder; created on the first write
	 * @param deleteOnClose remove the whole folder when the application stops (for an ephemeral test database)
	 */
	FileContents(Path root, boolean deleteOnClose) {
		this(root, null, deleteOnClose);
	}

	/**
	 * Content kept in the given store (an S3-compatible bucket), received first under {@code root/tmp}.
	 * @param store where kept content goes; {@code null} for the folder {@code root} itself
	 */
	FileContents(Path root, @org.jspecify.annotations.Nullable ContentStore store, boolean deleteOnClose) {
		this.root = root.toAbsolutePath().normalize();
		this.store = store != null ? store : new LocalFolder(this.root);
		this.deleteOnClose = deleteOnClose;
		removeStaleTemporaryFiles();
	}

	/** Where kept content lives, under a storage key: a local folder, or an S3-compatible bucket ({@link S3Bucket}). */
	interface ContentStore extends AutoCloseable {

		/** Stores the file's content under the key; the file may be moved away or left for the caller to delete. */
		void put(String key, Path file) throws IOException;

		InputStream open(String key) throws IOException;

		/** Removes the content; a missing key is not an error. */
		void delete(String key) throws IOException;

		boolean exists(String key) throws IOException;

		@Override
		default void close() {
		}
	}

	/** The default: files in a folder, moved into place in one step. */
	record LocalFolder(Path root) implements ContentStore {

		@Override
		public void put(String key, Path file) throws IOException {
			Path target = root.resolve(key);
			Files.createDirectories(target.getParent());
			try {
				Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(file, target);
			}
		}

		@Override
		public InputStream open(String key) throws IOException {
			return Files.newInputStream(root.resolve(key));
		}

		@Override
		public void delete(String key) throws IOException {
			Files.deleteIfExists(root.resolve(key));
		}

		@Override
		public boolean exists(String key) {
			return Files.isRegularFile(root.resolve(key));
		}
	}

	/** Content written to a temporary file, with what was learnt while streaming it. */
	record Received(Path temp, long size, String sha256, byte[] head) {
	}

	Path root() {
		return root;
	}

	/**
	 * Streams the content to a temporary file, computing its SHA-256 and size.
	 * @param maxSize the largest accepted size in bytes, or a negative number for no limit
	 * @throws PayloadTooLargeException as soon as more than {@code maxSize} bytes arrive; nothing is left on disk
	 */
	Received receive(InputStream in, long maxSize) {
		Path temp;
		try {
			Files.createDirectories(tmp());
			temp = Files.createTempFile(tmp(), "upload-", ".part");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a temporary file in " + tmp(), ex);
		}
		MessageDigest sha256 = sha256();
		ByteArrayOutputStream head = new ByteArrayOutputStream(8192);
		long size = 0;
		try (OutputStream out = Files.newOutputStream(temp)) {
			byte[] buffer = new byte[64 * 1024];
			int read;
			while ((read = in.read(buffer)) != -1) {
				size += read;
				if (maxSize >= 0 && size > maxSize) {
					throw new PayloadTooLargeException(
							"Tệp vượt quá dung lượng cho phép (" + megabytes(maxSize) + ").", maxSize);
				}
				sha256.update(buffer, 0, read);
				out.write(buffer, 0, read);
				if (head.size() < HEAD_SIZE) {
					head.write(buffer, 0, Math.min(read, HEAD_SIZE - head.size()));
				}
			}
		}
		catch (IOException ex) {
			deleteQuietly(temp);
			throw new UncheckedIOException("Cannot write " + temp, ex);
		}
		catch (RuntimeException ex) {
			deleteQuietly(temp);
			throw ex;
		}
		return new Received(temp, size, HexFormat.of().formatHex(sha256.digest()), head.toByteArray());
	}

	/** The given bytes as a temporary file, hashed; no size limit. */
	Received receive(byte[] bytes) {
		return receive(new ByteArrayInputStream(bytes), -1);
	}

	/** Moves received content to its permanent place under a new random key, and returns the key. */
	String keep(Received received) {
		String random = UUID.randomUUID().toString();
		String key = random.substring(0, 2) + "/" + random;
		try {
			store.put(checked(key), received.temp());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep " + received.temp() + " as " + key, ex);
		}
		return key;
	}

	/** Removes the temporary file of content that is not kept (does nothing once it was kept). */
	void discard(Received received) {
		deleteQuietly(received.temp());
	}

	/** Removes kept content; a missing file is not an error. */
	void delete(String key) {
		try {
			store.delete(checked(key));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not delete stored content {}: {}", key, ex.getMessage());
		}
	}

	/** The content under the key. */
	InputStream open(String key) {
		try {
			return store.open(checked(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read stored file " + key + " from " + store, ex);
		}
	}

	boolean exists(String key) {
		try {
			return store.exists(checked(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot look up stored file " + key + " in " + store, ex);
		}
	}

	/** The file of a key in the local folder (the default store). */
	Path path(String key) {
		return root.resolve(checked(key));
	}

	private static String checked(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return key;
	}

	@Override
	public void close() {
		store.close();
		if (deleteOnClose) {
			try {
				FileSystemUtils.deleteRecursively(root);
			}
			catch (IOException ex) {
				log.warn("Could not delete the file store {}: {}", root, ex.getMessage());
			}
		}
	}

	private Path tmp() {
		return root.resolve("tmp");
	}

	private void removeStaleTemporaryFiles() {
		if (!Files.isDirectory(tmp())) {
			return;
		}
		Instant before = Instant.now().minus(STALE);
		try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp(), "*.part")) {
			for (Path file : files) {
				if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
					deleteQuietly(file);
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not clean {}: {}", tmp(), ex.getMessage());
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", file, ex.getMessage());
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String megabytes(long bytes) {
		long mb = bytes / (1024 * 1024);
		return mb > 0 && bytes % (1024 * 1024) == 0 ? mb + " MB" : bytes + " byte";
	}
}
