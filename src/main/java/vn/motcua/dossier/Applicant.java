package vn.motcua.dossier;

import org.jspecify.annotations.Nullable;

/**
 * Who submits the dossier (người nộp): a person, possibly for an organisation (tổ chức), which is then named with its
 * tax code (mã số thuế) or establishment decision (quyết định thành lập) and its legal representative (người đại
 * diện theo pháp luật).
 *
 * @param idNumber số CCCD/hộ chiếu
 */
public record Applicant(String fullName, @Nullable String idNumber, @Nullable String phone, @Nullable String email,
		@Nullable String address, @Nullable String organisation, @Nullable String organisationTaxCode,
		@Nullable String organisationDecision, @Nullable String representative) {

	/** A person, or an organisation known by its name only. */
	public Applicant(String fullName, @Nullable String idNumber, @Nullable String phone, @Nullable String email,
			@Nullable String address, @Nullable String organisation) {
		this(fullName, idNumber, phone, email, address, organisation, null, null, null);
	}
}
