package vn.motcua.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.ConflictException;

/**
 * The quarterly narrative report of one agency for one period (báo cáo định kỳ): free text per section, the number
 * and signer printed on it, and its state. A draft is edited; submitting freezes it (a snapshot of every figure is
 * kept by {@link QuarterlyReports}); only the head of the agency reopens a submitted report.
 */
public final class QuarterlyReport {

	/** Draft (being written) or submitted (frozen). */
	public enum Status {

		DRAFT("Đang soạn"), SUBMITTED("Đã gửi");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	private final UUID id;

	private final UUID agencyId;

	private final ReportPeriod period;

	private Status status;

	private @Nullable String number;

	private @Nullable String signer;

	private final Map<String, String> texts;

	private int revision;

	QuarterlyReport(UUID id, UUID agencyId, ReportPeriod period, Status status, @Nullable String number,
			@Nullable String signer, Map<String, String> texts, int revision) {
		this.id = id;
		this.agencyId = agencyId;
		this.period = period;
		this.status = status;
		this.number = number;
		this.signer = signer;
		this.texts = new LinkedHashMap<>(texts);
		this.revision = revision;
	}

	static QuarterlyReport draft(UUID agencyId, ReportPeriod period) {
		return new QuarterlyReport(UUID.randomUUID(), agencyId, period, Status.DRAFT, null, null, Map.of(), 0);
	}

	/** Replaces the texts (sections left out keep theirs) and the printed number and signer. */
	void edit(Map<String, String> newTexts, @Nullable String newNumber, @Nullable String newSigner,
			int expectedRevision) {
		if (status != Status.DRAFT) {
			throw new ConflictException("Báo cáo đã gửi, không sửa được; cần mở lại trước khi sửa", status.name());
		}
		if (expectedRevision != revision) {
			throw new ConflictException("Báo cáo vừa được người khác sửa (lần sửa " + revision
					+ "); hãy tải lại trang rồi sửa tiếp", status.name());
		}
		newTexts.forEach((key, text) -> {
			if (text.isBlank()) {
				texts.remove(key);
			}
			else {
				texts.put(key, text.strip());
			}
		});
		number = newNumber == null || newNumber.isBlank() ? null : newNumber.strip();
		signer = newSigner == null || newSigner.isBlank() ? null : newSigner.strip();
		revision++;
	}

	void submit() {
		if (status != Status.DRAFT) {
			throw new ConflictException("Báo cáo đã được gửi", status.name());
		}
		status = Status.SUBMITTED;
		revision++;
	}

	void reopen() {
		if (status != Status.SUBMITTED) {
			throw new ConflictException("Chỉ mở lại được báo cáo đã gửi", status.name());
		}
		status = Status.DRAFT;
		revision++;
	}

	public UUID id() {
		return id;
	}

	public UUID agencyId() {
		return agencyId;
	}

	public ReportPeriod period() {
		return period;
	}

	public Status status() {
		return status;
	}

	public @Nullable String number() {
		return number;
	}

	public @Nullable String signer() {
		return signer;
	}

	public Map<String, String> texts() {
		return Map.copyOf(texts);
	}

	public int revision() {
		return revision;
	}
}
