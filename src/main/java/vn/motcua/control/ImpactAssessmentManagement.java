package vn.motcua.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditLog;
import vn.motcua.control.ControlCommands.AssessmentCommand;
import vn.motcua.identity.Agency;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnameseText;
import vn.motcua.shared.VietnamTime;

/** Records, corrects and lists impact assessments; audited. */
@Service
public class ImpactAssessmentManagement {

	private final ImpactAssessments assessments;

	private final ControlAccess access;

	private final AuditLog audit;

	private final Clock clock;

	ImpactAssessmentManagement(ImpactAssessments assessments, ControlAccess access, AuditLog audit, Clock clock) {
		this.clock = clock;
		this.assessments = assessments;
		this.access = access;
		this.audit = audit;
	}

	@PreAuthorize(ControlAccess.WRITERS)
	@Transactional
	public ImpactAssessment create(AssessmentCommand command) {
		Agency agency = access.owner(command.agencyCode());
		String externalId = ControlAccess.text(command.externalId());
		if (externalId != null) {
			var existing = assessments.findByExternalId(agency.id(), externalId);
			if (existing.isPresent()) {
				return existing.get();
			}
		}
		ImpactAssessment assessment = valid(UUID.randomUUID(), agency.id(), command);
		assessments.insert(assessment, externalId, access.username());
		audit.record("CREATE", "ImpactAssessment", assessment.id().toString(), agency.id(), null, assessment);
		return assessment;
	}

	@PreAuthorize(ControlAccess.WRITERS)
	@Transactional
	public ImpactAssessment update(UUID id, AssessmentCommand command) {
		ImpactAssessment before = get(id);
		ImpactAssessment after = valid(id, before.agencyId(), command);
		assessments.update(after);
		audit.record("UPDATE", "ImpactAssessment", id.toString(), before.agencyId(), before, after);
		return after;
	}

	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public ImpactAssessment get(UUID id) {
		ImpactAssessment assessment = assessments.findById(id)
			.orElseThrow(() -> new NotFoundException("Không tìm thấy đánh giá tác động " + id));
		access.requireVisible(assessment.agencyId());
		return assessment;
	}

	/** The assessments of the caller's agencies made in a year ({@code null}: every year). */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<ImpactAssessment> list(@Nullable Integer year) {
		LocalDate from = year == null ? LocalDate.of(2000, 1, 1) : LocalDate.of(year, 1, 1);
		LocalDate to = year == null ? LocalDate.of(2100, 12, 31) : LocalDate.of(year, 12, 31);
		return assessments.find(access.visible(), from, to);
	}

	private ImpactAssessment valid(UUID id, UUID agencyId, AssessmentCommand c) {
		List<FieldProblem> problems = new ArrayList<>();
		ImpactAssessment.Issuer issuer = null;
		try {
			issuer = ImpactAssessment.Issuer.valueOf(c.issuer().strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("issuer",
					"Cơ quan ban hành phải là PROVINCIAL_COMMITTEE (UBND tỉnh) hoặc PROVINCIAL_COUNCIL (HĐND tỉnh)"));
		}
		if (c.assessedOn().isAfter(VietnamTime.today(clock))) {
			problems.add(new FieldProblem("assessedOn", "Ngày đánh giá không được ở tương lai"));
		}
		int total = c.newCount() + c.amended() + c.repealed() + c.kept();
		if (total == 0) {
			problems.add(new FieldProblem("new", "Dự thảo phải có ít nhất một TTHC được đánh giá tác động"));
		}
		if (c.totalAfter() < c.newCount() + c.amended() + c.kept()) {
			problems.add(new FieldProblem("totalAfter", "Tổng số TTHC được quy định sau khi ban hành không được nhỏ hơn"
					+ " số TTHC quy định mới, sửa đổi, bổ sung và giữ nguyên (" + (c.newCount() + c.amended() + c.kept())
					+ ")"));
		}
		String title = VietnameseText.clean(c.draftTitle());
		if (title == null || title.isBlank()) {
			problems.add(new FieldProblem("draftTitle", "Cần tên dự thảo văn bản"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ImpactAssessment(id, agencyId, title, issuer, c.assessedOn(), c.newCount(), c.amended(),
				c.repealed(), c.kept(), c.totalAfter(), ControlAccess.text(c.issuedAs()));
	}
}
