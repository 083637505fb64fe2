package vn.motcua.document;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeType;
import vn.motcua.audit.AuditLog;
import vn.motcua.document.FileContents.Received;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.Agency;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PayloadTooLargeException;
import vn.motcua.shared.Roles;
import vn.motcua.shared.UnsupportedMediaTypeException;

/**
 * Stored files (tệp đính kèm): uploads and generated documents, for the API and for other modules.
 * <p>
 * An upload's type is found from its bytes ({@link ContentSniffer}: PDF, JPEG, PNG, DOCX, XLSX only), its size is
 * capped ({@code motcua.files.max-size}) and its SHA-256 computed while it streams to disk. A generated file (a
 * form, a report) skips the type check and the cap but is hashed the same way. A file belongs to an agency: only
 * users who can see that agency can read it; for anyone else it does not exist (404).
 * <p>
 * Nothing is stored half-way: the bytes are moved into place just before the metadata row is inserted, and removed
 * again if that transaction (or the caller's transaction it joins) rolls back. The content is streamed before the
 * transaction starts, so a slow upload does not hold a database connection.
 * <p>
 * Every method but {@link #uploadForAgency} (a citizen's online submission) needs a signed-in caller; work that
 * nobody signed in started (a job, an event listener) runs inside {@link vn.motcua.shared.SystemTask}. Streams given
 * to this service are read to the end but not closed.
 */
@Service
public class FileStore {

	private final StoredFiles files;

	private final FileContents contents;

	private final ContentSniffer sniffer;

	private final FileProperties properties;

	private final AgencyDirectory agencies;

	private final CurrentActor actor;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	FileStore(StoredFiles files, FileContents contents, FileProperties properties, AgencyDirectory agencies,
			CurrentActor actor, AuditLog audit, Clock clock, PlatformTransactionManager transactionManager) {
		this.files = files;
		this.contents = contents;
		this.sniffer = new ContentSniffer();
		this.properties = properties;
		this.agencies = agencies;
		this.actor = actor;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Stores an upload for the caller's agency, or for the agency with the given code when the caller can see it
	 * (a system administrator without an agency must name one).
	 * @throws UnsupportedMediaTypeException when the content is not PDF, JPEG, PNG, DOCX or XLSX (415)
	 * @throws PayloadTooLargeException when it is larger than {@code motcua.files.max-size} (413)
	 */
	@PreAuthorize(Roles.WRITERS)
	public StoredFile upload(InputStream content, @Nullable String originalName, @Nullable String agencyCode) {
		UUID agencyId;
		if (agencyCode != null && !agencyCode.isBlank()) {
			agencyId = agencies.findByCode(agencyCode.strip())
				.filter(a -> actor.canSee(a.id()))
				.map(Agency::id)
				.orElseThrow(() -> new InvalidInputException("agencyCode",
						"Không có cơ quan với mã " + agencyCode.strip()));
		}
		else if (actor.agencyId() != null) {
			agencyId = actor.agencyId();
		}
		else {
			throw new InvalidInputException("agencyCode",
					"Tài khoản không thuộc cơ quan nào: hãy ghi mã cơ quan sở hữu tệp (agencyCode)");
		}
		return store(content, originalName, agencyId);
	}

	/** Stores an upload for the caller's agency; see {@link #upload(InputStream, String, String)}. */
	@PreAuthorize(Roles.WRITERS)
	public StoredFile upload(InputStream content, @Nullable String originalName) {
		return upload(content, originalName, null);
	}

	/**
	 * Stores a citizen's upload sent with an online submission, where nobody is signed in: the same type check, cap
	 * and hash as any upload, owned by the agency that will handle the dossier. The calling module vouches for the
	 * request (this method checks no role); the uploader is recorded as the anonymous caller.
	 */
	public StoredFile uploadForAgency(InputStream content, @Nullable String originalName, UUID agencyId) {
		if (agencies.findById(agencyId).isEmpty()) {
			throw new InvalidInputException("agencyId", "Không có cơ quan " + agencyId);
		}
		UUID id = UUID.randomUUID();
		return receiveUpload(content, originalName, (type, name, received) -> new StoredFile(id, agencyId, name, type,
				received.size(), received.sha256(), 1, null, id, null, false, actor.username(), now()), "UPLOAD", null);
	}

	/**
	 * Stores an upload owned by the given agency: the type is found from the content, the size capped, the content
	 * hashed.
	 * @param originalName the name the file had on the user's side; only its last path segment is kept, in NFC
	 * @throws UnsupportedMediaTypeException when the content is not PDF, JPEG, PNG, DOCX or XLSX (415)
	 * @throws PayloadTooLargeException when it is larger than {@code motcua.files.max-size} (413)
	 * @throws ForbiddenException when the caller cannot see the agency
	 */
	@PreAuthorize(Roles.WRITERS)
	public StoredFile store(InputStream content, @Nullable String originalName, UUID agencyId) {
		requireAgency(agencyId);
		UUID id = UUID.randomUUID();
		return receiveUpload(content, originalName, (type, name, received) -> new StoredFile(id, agencyId, name, type,
				received.size(), received.sha256(), 1, null, id, null, false, actor.username(), now()), "UPLOAD", null);
	}

	/**
	 * Stores an upload as the next version of a file; the earlier version stays readable. The new version keeps the
	 * owner agency of the one it replaces.
	 * @param previousId the latest version of the file
	 * @throws ConflictException when {@code previousId} has already been replaced (state {@code REPLACED})
	 */
	@PreAuthorize(Roles.WRITERS)
	public StoredFile storeVersion(UUID previousId, InputStream content, @Nullable String originalName) {
		StoredFile previous = requireLatest(previousId);
		return receiveUpload(content, originalName, (type, name, received) -> nextVersion(previous, name, type,
				received, false), "NEW_VERSION", previous);
	}

	/**
	 * Stores a file the system made (a form, a report): no type check and no size cap, but hashed like an upload.
	 * @param name the file name to offer on download ("Giấy tiếp nhận 000.00.20.H36-261124-0001.pdf")
	 * @param mediaType its media type ({@code application/pdf} ...)
	 */
	@PreAuthorize(Roles.STAFF)
	public StoredFile storeGenerated(byte[] bytes, String name, String mediaType, UUID agencyId) {
		requireAgency(agencyId);
		String type = mediaType(mediaType);
		UUID id = UUID.randomUUID();
		return storeBytes(bytes, received -> new StoredFile(id, agencyId, FileName.of(name, type).value(), type,
				received.size(), received.sha256(), 1, null, id, null, true, actor.username(), now()), "GENERATE",
				null);
	}

	/** Stores a generated file as the next version of a file (a form made again after a change). */
	@PreAuthorize(Roles.STAFF)
	public StoredFile storeGeneratedVersion(UUID previousId, byte[] bytes, String name, String mediaType) {
		StoredFile previous = requireLatest(previousId);
		String type = mediaType(mediaType);
		return storeBytes(bytes,
				received -> nextVersion(previous, FileName.of(name, type).value(), type, received, true),
				"GENERATE_VERSION", previous);
	}

	/**
	 * What is known about a file.
	 * @throws NotFoundException when there is no such file or the caller cannot see its agency
	 */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public StoredFile get(UUID id) {
		return files.findById(id)
			.filter(f -> actor.canSee(f.agencyId()))
			.orElseThrow(() -> new NotFoundException("Không tìm thấy tệp " + id));
	}

	/** Every version of the file's chain, oldest first (the given id may be any of them). */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<StoredFile> versions(UUID id) {
		return files.findChain(get(id).rootId());
	}

	/**
	 * The content of a file; the caller closes the stream.
	 * @throws NotFoundException when there is no such file or the caller cannot see its agency
	 */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public InputStream open(UUID id) {
		get(id);
		return contents.open(files.storageKey(id).orElseThrow(() -> new NotFoundException("Không tìm thấy tệp " + id)));
	}

	/** The code of the file's owner agency, for the API; {@code null} for a file without one. */
	@Transactional(readOnly = true)
	public @Nullable String agencyCode(StoredFile file) {
		return file.agencyId() == null ? null : agencies.findById(file.agencyId()).map(Agency::code).orElse(null);
	}

	/** The largest accepted upload in bytes ({@code motcua.files.max-size}). */
	public long maxSize() {
		return properties.maxSize().toBytes();
	}

	private interface UploadFactory {

		StoredFile create(String type, String name, Received received);
	}

	private interface GeneratedFactory {

		StoredFile create(Received received);
	}

	private StoredFile receiveUpload(InputStream content, @Nullable String originalName, UploadFactory factory,
			String action, @Nullable StoredFile before) {
		Received received = contents.receive(content, maxSize());
		try {
			if (received.size() == 0) {
				throw new InvalidInputException("file", "Tệp rỗng");
			}
			String type = sniffer.sniff(received.head(), received.temp());
			StoredFile file = factory.create(type, FileName.of(originalName, type).value(), received);
			return persist(received, file, action, before);
		}
		finally {
			contents.discard(received);
		}
	}

	private StoredFile storeBytes(byte[] bytes, GeneratedFactory factory, String action, @Nullable StoredFile before) {
		Received received = contents.receive(bytes);
		try {
			return persist(received, factory.create(received), action, before);
		}
		finally {
			contents.discard(received);
		}
	}

	private StoredFile persist(Received received, StoredFile file, String action, @Nullable StoredFile before) {
		try {
			return transactions.execute(status -> {
				String key = contents.keep(received);
				TransactionSynchronizationManager.registerSynchronization(new RemoveUnlessCommitted(contents, key));
				files.insert(file, key);
				audit.record(action, "StoredFile", file.id().toString(), file.agencyId(), before, file);
				return file;
			});
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("Tệp vừa được thay bằng một phiên bản khác; hãy tải lại và thử lại.",
					"REPLACED");
		}
	}

	private StoredFile nextVersion(StoredFile previous, String name, String type, Received received,
			boolean generated) {
		return new StoredFile(UUID.randomUUID(), previous.agencyId(), name, type, received.size(), received.sha256(),
				previous.version() + 1, previous.id(), previous.rootId(), null, generated, actor.username(), now());
	}

	private StoredFile requireLatest(UUID id) {
		StoredFile file = get(id);
		if (!file.latest()) {
			throw new ConflictException("Tệp này đã được thay bằng phiên bản mới hơn (" + file.replacedBy()
					+ "); chỉ phiên bản mới nhất mới có thể được thay.", "REPLACED");
		}
		return file;
	}

	private void requireAgency(UUID agencyId) {
		if (!actor.canSee(agencyId)) {
			throw new ForbiddenException("Không được lưu tệp cho cơ quan ngoài phạm vi của bạn.");
		}
		if (agencies.findById(agencyId).isEmpty()) {
			throw new InvalidInputException("agencyId", "Không có cơ quan " + agencyId);
		}
	}

	private static String mediaType(String mediaType) {
		try {
			MimeType type = MimeType.valueOf(mediaType.strip());
			if (type.isWildcardType() || type.isWildcardSubtype()) {
				throw new InvalidMimeTypeException(mediaType, "wildcard");
			}
			return type.toString().toLowerCase(Locale.ROOT);
		}
		catch (InvalidMimeTypeException ex) {
			throw new InvalidInputException("mediaType", "Kiểu nội dung không hợp lệ: " + mediaType);
		}
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** Removes kept bytes when the transaction that should have recorded them does not commit. */
	private record RemoveUnlessCommitted(FileContents contents, String key) implements TransactionSynchronization {

		@Override
		public void afterCompletion(int status) {
			if (status != STATUS_COMMITTED) {
				contents.delete(key);
			}
		}
	}
}
