package vn.motcua.control;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The impact assessment of the procedures in one draft legal document (DOMAIN.md §1.1): how many procedures it
 * creates, amends, repeals and keeps, how many the document regulates once issued, and the number and date it was
 * issued under.
 */
public record ImpactAssessment(UUID id, UUID agencyId, String draftTitle, Issuer issuer, LocalDate assessedOn,
		int newCount, int amended, int repealed, int kept, int totalAfter, @Nullable String issuedAs) {

	/** Column (3) = (4) + (5) + (6) + (7): the procedures assessed. */
	public int total() {
		return newCount + amended + repealed + kept;
	}

	/** Whether the document has been issued (column (9) filled). */
	public boolean issued() {
		return issuedAs != null && !issuedAs.isBlank();
	}

	/** Who issues the document: the two row groups of the form. */
	public enum Issuer {

		PROVINCIAL_COMMITTEE("I", "Quyết định của UBND cấp tỉnh"),
		PROVINCIAL_COUNCIL("II", "Nghị quyết của HĐND cấp tỉnh");

		private final String numeral;

		private final String label;

		Issuer(String numeral, String label) {
			this.numeral = numeral;
			this.label = label;
		}

		public String numeral() {
			return numeral;
		}

		public String label() {
			return label;
		}
	}
}
