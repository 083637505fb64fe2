package vn.motcua.dossier;

import org.jspecify.annotations.Nullable;

/**
 * Who submits the dossier (người nộp): a person, possibly for an organisation.
 *
 * @param idNumber số CCCD/hộ chiếu
 */
public record Applicant(String fullName, @Nullable String idNumber, @Nullable String phone, @Nullable String email,
		@Nullable String address, @Nullable String organisation) {
}
