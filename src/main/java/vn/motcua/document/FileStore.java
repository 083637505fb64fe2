package vn.motcua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.audit.AuditLog;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PayloadTooLargeException;
import vn.motcua.shared.Roles;
import vn.motcua.shared.UnsupportedMediaTypeException;
import vn.motcua.shared.VietnameseText;

/**
 * The file store: uploads are sniffed by content (Apache Tika; the name and the declared type are ignored), checked
 * against an allow-list (PDF, JPEG, PNG, DOCX, XLSX), capped in size, hashed with SHA-256 while they are copied, and
 * kept under {@code motcua.file-store} with a random key. Metadata and bytes are stored together or not at all.
 */
@Service
public class FileStore {

	/** What may be uploaded. */
	public static final List<String> ALLOWED = List.of("application/pdf", "image/jpeg", "image/png",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final Tika TIKA = new Tika();

	private final JdbcClient jdbc;

	private final CurrentActor actor;

	private final AuditLog audit;

	private final Path root;

	private final long maxSize;

	FileStore(JdbcClient jdbc, CurrentActor actor, AuditLog audit,
			@Value("${motcua.file-store:${motcua.data-dir:./data}/files}") Path root,
			@Value("${motcua.files.max-size:20MB}") org.springframework.util.unit.DataSize maxSize) {
		this.jdbc = jdbc;
		this.actor = actor;
		this.audit = audit;
		this.root = root.toAbsolutePath();
		this.maxSize = maxSize.toBytes();
	}

	/** Stores an upload for the caller's agency; 415 for a type outside the allow-list, 413 over the size cap. */
	@PreAuthorize(Roles.STAFF)
	@Transactional
	public StoredFile upload(InputStream content, @Nullable String originalName) {
		return store(content, originalName, actor.agencyId(), null, 1);
	}

	/**
	 * A citizen's upload with an online submission (no sign-in): same checks, owned by the agency that will
	 * handle the dossier.
	 */
	@Transactional
	public StoredFile uploadForAgency(InputStream content, @Nullable String originalName, UUID agencyId) {
		return store(content, originalName, agencyId, null, 1);
	}

	/** A new version of a stored file; the old one stays. */
	@PreAuthorize(Roles.STAFF)
	@Transactional
	public StoredFile replace(UUID id, InputStream content, @Nullable String originalName) {
		StoredFile previous = get(id);
		return store(content, originalName, previous.agencyId(), previous.id(), previous.version() + 1);
	}

	/** Stores a document the system generated (PDF, XLSX); not sniffed, still hashed. */
	@Transactional
	public StoredFile storeGenerated(byte[] bytes, String name, String mediaType, @Nullable UUID agencyId) {
		return save(new ByteArrayInputStream(bytes), name, mediaType, agencyId, null, 1, true);
	}

	/** Metadata, if the caller may see the file's agency. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public StoredFile get(UUID id) {
		return find(id).filter(f -> f.agencyId() == null || actor.canSee(f.agencyId()))
			.orElseThrow(() -> new NotFoundException("Không tìm thấy tệp " + id));
	}

	/** The bytes of a file the caller may see. */
	@PreAuthorize(Roles.STAFF)
	public InputStream open(UUID id) {
		StoredFile file = get(id);
		String key = jdbc.sql("select storage_key from stored_file where id = ?").param(file.id()).query(String.class).single();
		try {
			return Files.newInputStream(root.resolve(key));
		}
		catch (IOException ex) {
			throw new NotFoundException("Nội dung tệp " + id + " không còn trong kho lưu trữ");
		}
	}

	Optional<StoredFile> find(UUID id) {
		return jdbc.sql("select * from stored_file where id = ?").param(id).query((rs, n) -> new StoredFile(
				rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
				rs.getObject("previous_id", UUID.class), rs.getInt("version"), rs.getString("name"),
				rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getBoolean("generated"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class)))
			.optional();
	}

	private StoredFile store(InputStream content, @Nullable String originalName, @Nullable UUID agencyId,
			@Nullable UUID previousId, int version) {
		try {
			byte[] head = content.readNBytes(64 * 1024);
			String sniffed = sniff(head);
			if (!ALLOWED.contains(sniffed)) {
				throw new UnsupportedMediaTypeException("Loại tệp không được chấp nhận (" + sniffed
						+ "). Chỉ nhận PDF, JPEG, PNG, DOCX, XLSX.");
			}
			InputStream whole = new java.io.SequenceInputStream(new ByteArrayInputStream(head), content);
			return save(whole, originalName, sniffed, agencyId, previousId, version, false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private StoredFile save(InputStream content, @Nullable String originalName, String mediaType,
			@Nullable UUID agencyId, @Nullable UUID previousId, int version, boolean generated) {
		String name = safeName(originalName);
		String key = UUID.randomUUID().toString();
		Path target = root.resolve(key);
		try {
			Files.createDirectories(root);
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long size;
			try (InputStream limited = new CappedInputStream(new DigestInputStream(content, digest), maxSize)) {
				size = Files.copy(limited, target, StandardCopyOption.REPLACE_EXISTING);
			}
			String sha256 = HexFormat.of().formatHex(digest.digest());
			UUID id = UUID.randomUUID();
			removeOnRollback(target);
			jdbc.sql("""
					insert into stored_file (id, agency_id, previous_id, version, name, media_type, size_bytes, sha256,
					                         storage_key, generated, created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, agencyId, previousId, version, name, mediaType, size, sha256, key, generated,
						actor.username())
				.update();
			StoredFile file = find(id).orElseThrow();
			if (!generated) {
				audit.record("UPLOAD", "File", id.toString(), agencyId, null,
						java.util.Map.of("name", name, "sha256", sha256, "size", size, "mediaType", mediaType));
			}
			return file;
		}
		catch (PayloadTooLargeException ex) {
			deleteQuietly(target);
			throw ex;
		}
		catch (IOException ex) {
			deleteQuietly(target);
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		catch (RuntimeException ex) {
			deleteQuietly(target);
			throw ex;
		}
	}

	/** The content type from the bytes; OOXML containers are told apart by their parts. */
	static String sniff(byte[] head) {
		String type = TIKA.detect(head);
		if ("application/x-tika-ooxml".equals(type) || "application/zip".equals(type)
				|| "application/x-tika-msoffice".equals(type)) {
			return ooxml(head, type);
		}
		return type;
	}

	private static String ooxml(byte[] head, String fallback) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(head))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (entry.getName().startsWith("word/")) {
					return ALLOWED.get(3);
				}
				if (entry.getName().startsWith("xl/")) {
					return ALLOWED.get(4);
				}
			}
		}
		catch (IOException ex) {
			return fallback;
		}
		return fallback;
	}

	private static String safeName(@Nullable String name) {
		String clean = VietnameseText.clean(name);
		if (clean == null || clean.isBlank()) {
			return "tep";
		}
		clean = clean.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
		return clean.length() > 200 ? clean.substring(clean.length() - 200) : clean;
	}

	private static void removeOnRollback(Path target) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						deleteQuietly(target);
					}
				}
			});
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// left for the clean-up job: an orphan file without metadata is never served
		}
	}

	/** Fails with 413 once more than {@code max} bytes have been read. */
	static final class CappedInputStream extends java.io.FilterInputStream {

		private final long max;

		private long count;

		CappedInputStream(InputStream in, long max) {
			super(in);
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				check(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int off, int len) throws IOException {
			int n = super.read(buffer, off, len);
			if (n > 0) {
				check(n);
			}
			return n;
		}

		private void check(int n) {
			count += n;
			if (count > max) {
				throw new PayloadTooLargeException("Tệp vượt quá dung lượng cho phép (" + (max / (1024 * 1024)) + " MB)");
			}
		}
	}
}
