package vn.motcua.dossier;

import java.util.List;
import java.util.UUID;

/**
 * One paper of the dossier (thành phần hồ sơ) as received: original or copy, how many, the scanned files, and the
 * flags the digitisation indicators need.
 *
 * @param digitised scanned or received electronically (số hóa)
 * @param reused taken from data the state already holds (tái sử dụng)
 */
public record DossierComponent(String code, String name, boolean required, boolean original, int copies,
		List<UUID> fileIds, boolean digitised, boolean reused) {

	public DossierComponent {
		fileIds = List.copyOf(fileIds);
	}
}
