package vn.motcua.document;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored file (tệp đính kèm): an upload or a generated document, kept unchanged for good. Replacing it makes a
 * new version that points to this one; the chain shares one {@link #rootId()}.
 *
 * @param id the file's identifier, used in the API and by other modules
 * @param agencyId the owner agency; only users who can see it can read the file. Always set for files stored now;
 * {@code null} only for files a system administrator without an agency stored before migration V41, which only system
 * administrators see
 * @param name the original file name, NFC-normalised and without any path
 * @param mediaType the media type found from the content (or declared, for a generated file)
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the content, 64 lower-case hex digits
 * @param version 1 for the first version, then 2, 3 ...
 * @param previousId the version this one replaces, {@code null} for version 1
 * @param rootId the first version of the chain (this file's own id for version 1)
 * @param replacedBy the next version, {@code null} while this is the latest
 * @param generated whether the system made the file (a form, a report) rather than a person uploading it
 * @param uploadedBy the username of who stored it ({@code system} for jobs)
 * @param createdAt when it was stored
 */
public record StoredFile(UUID id, @Nullable UUID agencyId, String name, String mediaType, long size, String sha256,
		int version, @Nullable UUID previousId, UUID rootId, @Nullable UUID replacedBy, boolean generated,
		String uploadedBy, Instant createdAt) {

	/** Whether no later version replaces this one. */
	public boolean latest() {
		return replacedBy == null;
	}
}
