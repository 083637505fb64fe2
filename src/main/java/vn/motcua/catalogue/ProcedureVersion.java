package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.DurationUnit;
import vn.motcua.calendar.WorkingDuration;

/**
 * One version of a procedure (thủ tục hành chính), valid from a date until the next version. Immutable: a change
 * makes a new version.
 *
 * <p>The JSON of the API names the processing time {@code processingAmount} and {@code processingUnit} (as before the
 * record carried a {@link WorkingDuration}); the enums are written under their names.
 *
 * @param status the procedure's status, shared by its versions
 * @param level cấp thực hiện
 * @param origin do Trung ương or do địa phương quy định
 * @param processingTime thời hạn giải quyết, in working days or office hours
 * @param applicantTypes who may apply: CITIZEN, FOREIGNER, ORGANISATION, STATE_AGENCY (đối tượng thực hiện)
 * @param legs the inter-agency (liên thông) legs: which agency works how many working days; they add up to the legal
 * time; empty when the procedure is handled by one agency
 * @param steps the internal process (quy trình nội bộ); empty when none is issued
 * @param oneStop whether the procedure is handled through the one-stop desk (cơ chế một cửa, một cửa liên thông)
 * @param onTheSpot whether it is received, appraised, approved and returned at the desk ("4 tại chỗ")
 * @param decisionId the publication decision (quyết định công bố) that announced this version, if any
 * @param decisionNumber that decision's number (or the number typed before decisions were recorded)
 * @param repealedFrom the day the procedure is repealed from (set by a REPEALED publication), {@code null} if not
 */
public record ProcedureVersion(UUID id, UUID procedureId, String code, int version, LocalDate validFrom,
		String name, @Nullable UUID fieldId, @Nullable String fieldCode, UUID agencyId, String agencyCode,
		ProcedureLevel level, ProcedureOrigin origin, @JsonIgnore WorkingDuration processingTime,
		OnlineMode onlineMode, @Nullable String onlineReason, ResultType resultType, boolean interAgency,
		@Nullable String legalBasis, @Nullable String whereToSubmit, @Nullable String decisionNumber, List<Fee> fees,
		List<Component> components, List<Step> steps, ProcedureStatus status, List<String> applicantTypes,
		List<Leg> legs, boolean oneStop, boolean onTheSpot, @Nullable String resultName, @Nullable UUID decisionId,
		@Nullable LocalDate repealedFrom, @Nullable String fieldName) {

	/** Every coded value is present: a version is never half-typed. */
	public ProcedureVersion {
		if (level == null || origin == null || processingTime == null || onlineMode == null || resultType == null
				|| status == null) {
			throw new IllegalArgumentException("Phiên bản thủ tục " + code + " thiếu cấp, nguồn gốc, thời hạn, "
					+ "mức trực tuyến, loại kết quả hoặc trạng thái");
		}
	}

	/** The processing time's amount ({@code processingAmount} in the API's JSON). */
	@JsonProperty("processingAmount")
	public int processingAmount() {
		return processingTime.amount();
	}

	/** The processing time's unit ({@code processingUnit} in the API's JSON). */
	@JsonProperty("processingUnit")
	public DurationUnit processingUnit() {
		return processingTime.unit();
	}

	/** A step of the internal process (quy trình nội bộ): who does what, in how many working days. */
	public record Step(int order, String name, String role, int days) {
	}

	/**
	 * A fee or charge in VND, with who keeps which share where the law splits it (e.g. the ministry 20 %, the
	 * province 10 %, the state budget 70 %); no shares means the collecting agency keeps or remits it whole.
	 */
	public record Fee(String name, long amountVnd, @Nullable List<FeeShare> shares) {

		/** A fee is never negative. */
		public Fee {
			if (amountVnd < 0) {
				throw new IllegalArgumentException("Phí, lệ phí không được âm: " + amountVnd);
			}
		}

		public Fee(String name, long amountVnd) {
			this(name, amountVnd, List.of());
		}

		/** The shares, never {@code null}. */
		public List<FeeShare> shareList() {
			return shares == null ? List.of() : shares;
		}
	}

	/** Who keeps which percentage of a fee. */
	public record FeeShare(String holder, int percent) {
	}

	/**
	 * A paper to submit (thành phần hồ sơ).
	 * @param paperType ORIGINAL (bản chính), CERTIFIED_COPY (bản sao chứng thực) or COPY (bản chụp, bản sao)
	 * @param templateFileId the stored blank form (mẫu đơn, tờ khai) citizens can download, if any
	 */
	public record Component(String code, String name, boolean required, int copies, @Nullable String paperType,
			@Nullable UUID templateFileId, @Nullable String templateName) {

		public Component(String code, String name, boolean required, int copies) {
			this(code, name, required, copies, "ORIGINAL", null, null);
		}

		/** The paper type, ORIGINAL when not given. */
		public String paper() {
			return paperType == null ? "ORIGINAL" : paperType;
		}
	}

	/** One leg of an inter-agency procedure: the agency (by name or code) and its working days. */
	public record Leg(int order, String agency, int days) {
	}

	/** Fees due for one dossier. */
	public long feeTotalVnd() {
		return fees.stream().mapToLong(Fee::amountVnd).sum();
	}

	/** Whether an internal process is issued for this version (II.07b). */
	public boolean internalProcessDefined() {
		return !steps.isEmpty();
	}

	/** Whether the procedure is in force on a day: published (or repealed later) and this version started. */
	public boolean inForceOn(LocalDate day) {
		return !validFrom.isAfter(day) && (status == ProcedureStatus.PUBLISHED
				|| (status == ProcedureStatus.REPEALED && repealedFrom != null && repealedFrom.isAfter(day)));
	}
}
