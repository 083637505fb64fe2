package vn.motcua.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The body of a message between deployments (JSON, signed as sent): {@code FORWARD} hands a dossier to an agency the
 * receiver hosts; {@code STEP} reports a step of the linked dossier back to the origin (the result with its file on
 * {@code COMPLETE}). {@code from} and {@code to} are node codes.
 */
record ExchangeMessage(UUID messageId, String kind, String from, String to, OffsetDateTime sentAt,
		@Nullable Forward forward, @Nullable Step step) {

	static final String FORWARD = "FORWARD";

	static final String STEP = "STEP";

	/** The dossier handed on: its origin code and agency, the target agency, the papers and this leg's days. */
	record Forward(String originCode, String originAgency, String targetAgency, String procedureCode, String channel,
			Applicant applicant, List<Paper> papers, int legWorkingDays, OffsetDateTime forwardedAt,
			@Nullable String note, @Nullable Postal postal) {
	}

	record Applicant(String fullName, @Nullable String idNumber, @Nullable String phone, @Nullable String email,
			@Nullable String address, @Nullable String organisation, @Nullable String organisationTaxCode,
			@Nullable String organisationDecision, @Nullable String representative) {
	}

	/** One paper with its files (bytes and SHA-256). */
	record Paper(String code, boolean original, int copies, List<FileData> files) {
	}

	record FileData(String name, String mediaType, String sha256, byte[] content) {
	}

	/**
	 * A paper hand-off by post (bưu chính): the outgoing tracking number and the day the papers were posted; the
	 * receiver's leg starts when they arrive.
	 */
	record Postal(String trackingNumber, LocalDate sentOn) {
	}

	/**
	 * One step of the linked dossier, numbered from 1 in the order it happened; {@code postalReceivedOn} with
	 * {@code POSTAL_RECEIVED}: the day the papers sent by post arrived.
	 */
	record Step(String originCode, String linkedCode, String linkedAgency, int seq, String action, String status,
			OffsetDateTime at, String by, @Nullable String note, @Nullable FileData result,
			@Nullable LocalDate postalReceivedOn) {
	}

	/**
	 * The receiver's signed acknowledgement (biên nhận): which message (by id and body hash) it took, the linked
	 * dossier it made or updated, when.
	 */
	record Ack(UUID messageId, String receiver, String bodySha256, @Nullable String dossierCode, OffsetDateTime at,
			String signature) {

		static String signedContent(UUID messageId, String receiver, String bodySha256, @Nullable String dossierCode,
				OffsetDateTime at) {
			return String.join("\n", "motcua-exchange-ack/1", messageId.toString(), receiver, bodySha256,
					dossierCode == null ? "" : dossierCode, at.toInstant().toString());
		}
	}
}
