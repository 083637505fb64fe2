package vn.motcua.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditLog;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.ProcedureLookup;
import vn.motcua.control.ControlCommands.ReviewCommand;
import vn.motcua.control.ControlCommands.ReviewedProcedure;
import vn.motcua.identity.Agency;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnamTime;

/** Records, corrects and lists review and simplification plans; audited. */
@Service
public class ReviewManagement {

	private final Reviews reviews;

	private final ProcedureLookup procedures;

	private final ControlAccess access;

	private final AuditLog audit;

	private final Clock clock;

	ReviewManagement(Reviews reviews, ProcedureLookup procedures, ControlAccess access, AuditLog audit, Clock clock) {
		this.clock = clock;
		this.reviews = reviews;
		this.procedures = procedures;
		this.access = access;
		this.audit = audit;
	}

	@PreAuthorize(ControlAccess.WRITERS)
	@Transactional
	public Review create(ReviewCommand command) {
		Agency agency = access.owner(command.agencyCode());
		String externalId = ControlAccess.text(command.externalId());
		if (externalId != null) {
			var existing = reviews.findByExternalId(agency.id(), externalId);
			if (existing.isPresent()) {
				return reviews.findById(existing.get()).orElseThrow();
			}
		}
		Review review = valid(UUID.randomUUID(), agency.id(), command);
		reviews.insert(review, externalId, access.username());
		audit.record("CREATE", "Review", review.id().toString(), agency.id(), null, review);
		return review;
	}

	@PreAuthorize(ControlAccess.WRITERS)
	@Transactional
	public Review update(UUID id, ReviewCommand command) {
		Review before = get(id);
		Review after = valid(id, before.agencyId(), command);
		reviews.update(after);
		audit.record("UPDATE", "Review", id.toString(), before.agencyId(), before, after);
		return after;
	}

	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public Review get(UUID id) {
		Review review = reviews.findById(id)
			.orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch rà soát " + id));
		access.requireVisible(review.agencyId());
		return review;
	}

	/** The review plans of the caller's agencies for a year ({@code null}: every year). */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<Review> list(@Nullable Integer year) {
		return reviews.find(access.visible(), year == null ? 2000 : year, year == null ? 2100 : year);
	}

	private Review valid(UUID id, UUID agencyId, ReviewCommand c) {
		List<FieldProblem> problems = new ArrayList<>();
		List<Review.Item> items = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		LocalDate today = VietnamTime.today(clock);
		for (int i = 0; i < c.procedures().size(); i++) {
			ReviewedProcedure p = c.procedures().get(i);
			String at = "procedures[" + i + "].";
			String code = p.code().strip();
			if (!codes.add(code.toUpperCase(java.util.Locale.ROOT))) {
				problems.add(new FieldProblem(at + "code", "Thủ tục " + code + " được ghi hai lần trong kế hoạch"));
			}
			String name = ControlAccess.text(p.name());
			if (name == null) {
				name = procedures.latest(code).map(ProcedureVersion::name).orElse(null);
				if (name == null) {
					problems.add(new FieldProblem(at + "name",
							"Không có thủ tục mã " + code + " trong danh mục: hãy ghi tên thủ tục"));
				}
			}
			Set<ReviewOutcome> outcomes = EnumSet.noneOf(ReviewOutcome.class);
			List<String> given = new ArrayList<>();
			if (p.outcomes() != null) {
				given.addAll(p.outcomes());
			}
			if (p.outcome() != null && !p.outcome().isBlank()) {
				given.add(p.outcome());
			}
			for (String o : given) {
				try {
					outcomes.add(ReviewOutcome.valueOf(o.strip().toUpperCase(java.util.Locale.ROOT)));
				}
				catch (IllegalArgumentException | NullPointerException ex) {
					problems.add(new FieldProblem(at + "outcomes", "Phương án " + o
							+ " không hợp lệ: KEEP, REPEAL, AMEND, REPLACE, INTER_AGENCY hoặc ONLINE"));
				}
			}
			long main = outcomes.stream().filter(ReviewOutcome::main).count();
			if (p.reviewedOn() != null) {
				if (p.reviewedOn().isAfter(today)) {
					problems.add(new FieldProblem(at + "reviewedOn", "Ngày rà soát không được ở tương lai"));
				}
				if (main != 1) {
					problems.add(new FieldProblem(at + "outcomes", "Thủ tục " + code
							+ " đã rà soát cần đúng một phương án chính: giữ nguyên, bãi bỏ, sửa đổi bổ sung hoặc thay thế"));
				}
			}
			else if (!outcomes.isEmpty()) {
				problems.add(new FieldProblem(at + "reviewedOn",
						"Cần ngày thông qua phương án đơn giản hóa của thủ tục " + code));
			}
			if ((p.costBeforeVnd() == null) != (p.costAfterVnd() == null)) {
				problems.add(new FieldProblem(at + (p.costBeforeVnd() == null ? "costBeforeVnd" : "costAfterVnd"),
						"Cần cả chi phí tuân thủ trước và sau đơn giản hóa"));
			}
			else if (p.costBeforeVnd() != null && p.costAfterVnd() > p.costBeforeVnd()) {
				problems.add(new FieldProblem(at + "costAfterVnd",
						"Chi phí sau đơn giản hóa không được lớn hơn chi phí trước"));
			}
			items.add(new Review.Item(code, name == null ? code : name, outcomes, p.costBeforeVnd(), p.costAfterVnd(),
					p.reviewedOn()));
		}
		String planName = ControlAccess.text(c.planName());
		if (planName == null) {
			problems.add(new FieldProblem("planName", "Cần tên kế hoạch rà soát"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Review(id, agencyId, c.year(), planName, List.copyOf(items));
	}
}
