package vn.motcua.document;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A stored file's metadata; the bytes are read with {@link FileStore#open(UUID)}. */
public record StoredFile(UUID id, @Nullable UUID agencyId, @Nullable UUID previousId, int version, String name,
		String mediaType, long size, String sha256, boolean generated, String createdBy, OffsetDateTime createdAt) {
}
