package vn.motcua.dossier;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditLog;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnameseText;
import vn.motcua.shared.VietnamTime;

/**
 * What a citizen sees without signing in: the status and timeline of their dossier, given its code and the key
 * printed on the receipt, and a satisfaction rating once the result is returned. A wrong key reveals nothing, not
 * even whether the code exists.
 */
@Service
public class PublicDossiers {

	private final Dossiers dossiers;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final vn.motcua.document.FileStore files;

	private final ProcedureDirectory procedures;

	PublicDossiers(Dossiers dossiers, JdbcClient jdbc, AuditLog audit, Clock clock, vn.motcua.document.FileStore files,
			ProcedureDirectory procedures) {
		this.files = files;
		this.procedures = procedures;
		this.dossiers = dossiers;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The public view: no staff names, no applicant details beyond the name. */
	public record PublicView(String code, String procedureName, String applicantName, String status,
			int nationalStatus, String statusLabel, @Nullable OffsetDateTime receivedAt,
			@Nullable OffsetDateTime appointmentAt, @Nullable OffsetDateTime completedAt,
			@Nullable OffsetDateTime returnedAt, List<Step> timeline, boolean canRate, @Nullable Integer rating,
			boolean hasResult, List<Paper> supplementPapers) {
	}

	/** A paper the citizen may send again while the dossier waits for a supplement. */
	public record Paper(String code, String name, boolean required) {
	}

	/** One step as the citizen sees it. */
	public record Step(String label, OffsetDateTime at, String statusLabel, @Nullable String reason) {
	}

	@Transactional(readOnly = true)
	public PublicView lookup(String code, @Nullable String key) {
		Dossier dossier = withKey(code, key);
		Integer rating = jdbc.sql("select score from dossier_rating where dossier_id = ?")
			.param(dossier.id())
			.query(Integer.class)
			.optional()
			.orElse(null);
		List<Step> steps = dossier.history()
			.stream()
			.map(e -> new Step(e.action() == DossierAction.RECEIVE && e.toStatus() == DossierStatus.SUBMITTED
					? "Nộp hồ sơ trực tuyến (chờ tiếp nhận)" : e.action().label(), e.at(), e.toStatus().label(),
					e.action() == DossierAction.REQUEST_SUPPLEMENT || e.action() == DossierAction.REFUSE
							|| e.action() == DossierAction.APOLOGISE || e.action() == DossierAction.STOP ? e.reason()
									: null))
			.toList();
		return new PublicView(dossier.code(), dossier.procedure().name(), dossier.applicant().fullName(),
				dossier.status().name(), dossier.status().nationalCode(), dossier.status().label(),
				dossier.receivedAt(), dossier.appointmentAt(), dossier.completedAt(), dossier.returnedAt(), steps,
				dossier.status() == DossierStatus.RETURNED && rating == null, rating, resultAvailable(dossier),
				dossier.status() == DossierStatus.AWAITING_SUPPLEMENT ? papers(dossier) : List.of());
	}

	private List<Paper> papers(Dossier dossier) {
		return procedures.inForce(dossier.procedure().code(),
				dossier.submittedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDate())
			.map(terms -> terms.papers().stream().map(p -> new Paper(p.code(), p.name(), p.required())).toList())
			.orElse(List.of());
	}

	/** The electronic result (kết quả điện tử) of a dossier that has one, for its applicant with the key (audited). */
	@Transactional
	public DossierManagement.DossierFile result(String code, @Nullable String key) {
		Dossier dossier = withKey(code, key);
		if (!resultAvailable(dossier)) {
			throw new NotFoundException("Hồ sơ " + dossier.code() + " chưa có kết quả điện tử");
		}
		java.util.UUID id = dossier.resultFileId();
		var stored = vn.motcua.shared.SystemTask.call(() -> files.get(id));
		audit.record("DOWNLOAD_RESULT", "Dossier", dossier.code(), dossier.agencyId(), null, java.util.Map.of());
		return new DossierManagement.DossierFile(stored.name(), stored.mediaType(), stored.size(),
				() -> vn.motcua.shared.SystemTask.call(() -> files.open(id)));
	}

	private static boolean resultAvailable(Dossier dossier) {
		return dossier.resultFileId() != null
				&& (dossier.status() == DossierStatus.COMPLETED || dossier.status() == DossierStatus.RETURNED);
	}

	/** A satisfaction rating (1–5) once the result has been returned; only once. */
	@Transactional
	public void rate(String code, @Nullable String key, int score, @Nullable String comment) {
		Dossier dossier = withKey(code, key);
		if (dossier.status() != DossierStatus.RETURNED) {
			throw new ConflictException("Chỉ đánh giá được sau khi đã nhận kết quả", dossier.status().name());
		}
		if (score < 1 || score > 5) {
			throw new InvalidInputException("score", "Mức đánh giá từ 1 đến 5");
		}
		String text = VietnameseText.clean(comment);
		if (text != null && text.length() > 2000) {
			throw new InvalidInputException("comment", "Tối đa 2000 ký tự");
		}
		int inserted = jdbc.sql("""
				insert into dossier_rating (dossier_id, score, comment, rated_at) values (?, ?, ?, ?)
				on conflict (dossier_id) do nothing""")
			.params(dossier.id(), score, text, OffsetDateTime.now(clock))
			.update();
		if (inserted == 0) {
			throw new ConflictException("Hồ sơ " + code + " đã được đánh giá", dossier.status().name());
		}
		audit.record("RATE", "Dossier", dossier.code(), dossier.agencyId(), null,
				java.util.Map.of("score", score));
	}

	private Dossier withKey(String code, @Nullable String key) {
		return dossiers.findByCode(code == null ? "" : code.trim())
			.filter(d -> vn.motcua.shared.workflow.LookupKeys.matches(d.lookupKey(), key))
			.orElseThrow(() -> new NotFoundException("Không tìm thấy hồ sơ với mã và mã tra cứu đã nhập"));
	}
}
