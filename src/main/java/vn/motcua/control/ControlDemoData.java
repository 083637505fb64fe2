package vn.motcua.control;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.ProcedureLookup;
import vn.motcua.control.ControlCommands.AssessmentCommand;
import vn.motcua.control.ControlCommands.PlanCommand;
import vn.motcua.control.ControlCommands.ReviewCommand;
import vn.motcua.control.ControlCommands.ReviewedProcedure;
import vn.motcua.control.ControlCommands.TargetCommand;
import vn.motcua.control.ControlCommands.TaskCommand;
import vn.motcua.control.ControlCommands.TaskUpdate;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.Agency;
import vn.motcua.shared.SystemTask;
import vn.motcua.shared.VietnamTime;

/**
 * Demo data of the demo Sở Ngoại vụ (SNV-HT), after the demo dossiers: this year's control plan modelled on the
 * Quảng Bình 2024 plan (seed 004) with its targets measured from the demo dossiers, a year of desk visits, impact
 * assessments and a review plan. Seeded, so every fresh start shows the same data.
 */
@Component
class ControlDemoData implements ApplicationModuleInitializer {

	private static final Logger log = LoggerFactory.getLogger(ControlDemoData.class);

	private final PlanManagement plans;

	private final ControlPlans planRecords;

	private final ImpactAssessmentManagement assessments;

	private final ReviewManagement reviews;

	private final DeskVisits desk;

	private final PlanReminders reminders;

	private final AgencyDirectory agencies;

	private final ProcedureLookup procedures;

	private final Clock clock;

	private final boolean enabled;

	ControlDemoData(PlanManagement plans, ControlPlans planRecords, ImpactAssessmentManagement assessments,
			ReviewManagement reviews, DeskVisits desk, PlanReminders reminders, AgencyDirectory agencies,
			ProcedureLookup procedures, Clock clock, @Value("${motcua.demo-data:false}") boolean enabled) {
		this.plans = plans;
		this.planRecords = planRecords;
		this.assessments = assessments;
		this.reviews = reviews;
		this.desk = desk;
		this.reminders = reminders;
		this.agencies = agencies;
		this.procedures = procedures;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void initialize() {
		if (!enabled || planRecords.count() > 0) {
			return;
		}
		Agency agency = agencies.findByCode("SNV-HT").orElse(null);
		if (agency == null) {
			return;
		}
		SystemTask.run(() -> generate(agency));
	}

	private void generate(Agency agency) {
		LocalDate today = VietnamTime.today(clock);
		int year = today.getYear();
		Random random = new Random(2026_12_02L);
		visits(agency, today, random);
		ControlPlan plan = plans.create(new PlanCommand(agency.code(), year,
				"Kế hoạch hoạt động kiểm soát thủ tục hành chính của Sở Ngoại vụ năm " + year, tasks(year), targets(),
				"DEMO-KH-" + year));
		for (PlanTask task : plan.tasks()) {
			LocalDate due = task.dueOn(year);
			if (due.isBefore(today.minusDays(20)) && task.position() % 4 != 3) {
				plans.updateTask(plan.id(), task.id(), new TaskUpdate("DONE", due.minusDays(3), null,
						"https://snv.hatinh.gov.vn/kiem-soat-tthc/" + year + "/nhiem-vu-" + task.position(),
						"Đã ban hành văn bản, lưu hồ sơ tại Văn phòng Sở"));
			}
			else if (task.deadline() == null) {
				plans.updateTask(plan.id(), task.id(), new TaskUpdate("DOING", null, null, null, null));
			}
		}
		plans.addTask(plan.id(), new TaskCommand("Báo cáo kết quả kiểm soát TTHC quý IV và năm " + year,
				"Văn phòng Sở", today.plusDays(4).getYear() == year ? today.plusDays(4) : LocalDate.of(year, 12, 31),
				"Báo cáo gửi Văn phòng UBND tỉnh", "VI. Chế độ thông tin, báo cáo", null));
		assessments(agency, year, today);
		review(agency, year, today);
		int reminded = reminders.remind(today);
		log.info("Demo data: control plan {} with {} tasks, {} reminders; desk visits, assessments and a review",
				year, plan.tasks().size() + 1, reminded);
	}

	private static List<TaskCommand> tasks(int year) {
		String office = "Văn phòng Sở";
		String both = "Văn phòng chủ trì, phòng Nghiệp vụ phối hợp";
		String always = "Thường xuyên trong năm";
		return List.of(
				new TaskCommand("Ban hành các văn bản chỉ đạo, triển khai, đôn đốc thực hiện các nhiệm vụ cải cách TTHC",
						office, LocalDate.of(year, 1, 31), "Kế hoạch, công văn chỉ đạo",
						"I. Hoàn thiện hệ thống văn bản pháp lý và chỉ đạo, triển khai", null),
				new TaskCommand("Đánh giá tác động, lấy ý kiến, thẩm định quy định về TTHC trong dự thảo văn bản QPPL"
						+ " thuộc lĩnh vực đối ngoại (nếu có)", both, null, "Hồ sơ dự thảo có giải trình về TTHC",
						"II. Kiểm soát việc ban hành văn bản QPPL có quy định về TTHC", always),
				new TaskCommand("Rà soát, cập nhật, trình UBND tỉnh công bố TTHC đầy đủ, chính xác, kịp thời; công"
						+ " khai trên Cổng dịch vụ công quốc gia và tại Bộ phận Một cửa", both, null,
						"Quyết định công bố, bảng niêm yết", "III. Giải quyết TTHC, dịch vụ công trực tuyến", always),
				new TaskCommand("Đưa 100% TTHC ra tiếp nhận, trả kết quả tại Bộ phận Một cửa; thời gian chờ tối đa"
						+ " 15 phút một lượt giao dịch", "Văn phòng, phòng Nghiệp vụ", LocalDate.of(year, 3, 31),
						"Quyết định danh mục TTHC tại Bộ phận Một cửa", "III. Giải quyết TTHC, dịch vụ công trực tuyến",
						null),
				new TaskCommand("Số hóa 100% kết quả giải quyết TTHC và tối thiểu 80% hồ sơ, giấy tờ cần tái sử dụng"
						+ " (Nghị định 45/2020/NĐ-CP, Nghị định 107/2021/NĐ-CP, Đề án 468)", "Văn phòng, phòng Nghiệp vụ",
						LocalDate.of(year, 6, 30), "Kho dữ liệu số hóa", "III. Giải quyết TTHC, dịch vụ công trực tuyến",
						null),
				new TaskCommand("Rà soát, tái cấu trúc quy trình điện tử; dịch vụ công trực tuyến toàn trình tối thiểu"
						+ " 80%; tái sử dụng dữ liệu số hóa tối thiểu 60%", "Văn phòng, phòng Nghiệp vụ",
						LocalDate.of(year, 6, 30), "Báo cáo kết quả rà soát",
						"III. Giải quyết TTHC, dịch vụ công trực tuyến", "Báo cáo trước ngày 30/6/" + year),
				new TaskCommand("Hỗ trợ tổ chức, cá nhân nộp hồ sơ trực tuyến (tối thiểu 70%) và thanh toán trực tuyến"
						+ " (tối thiểu 50% hồ sơ có phí, lệ phí)", "Văn phòng chủ trì, phối hợp với Bưu điện tỉnh",
						LocalDate.of(year, 9, 30), "Số liệu hồ sơ trực tuyến hằng quý",
						"III. Giải quyết TTHC, dịch vụ công trực tuyến", null),
				new TaskCommand("Theo dõi, nâng cao các chỉ số đánh giá chất lượng phục vụ theo Quyết định"
						+ " 766/QĐ-TTg; mức độ hài lòng tối thiểu 90%", "Văn phòng, phòng Nghiệp vụ, Bộ phận Một cửa",
						null, "Báo cáo chỉ số hằng quý", "III. Giải quyết TTHC, dịch vụ công trực tuyến", "Hằng quý"),
				new TaskCommand("Nêu rõ lý do bằng phiếu trong các trường hợp yêu cầu bổ sung, từ chối hoặc giải quyết"
						+ " quá hạn; đính kèm tệp lên Hệ thống thông tin một cửa điện tử", "Bộ phận Một cửa", null,
						"Phiếu Mẫu 02, 03, 04 trên hệ thống", "IV. Trách nhiệm giải trình, phản ánh, kiến nghị", always),
				new TaskCommand("Niêm yết địa chỉ, số điện thoại tiếp nhận phản ánh, kiến nghị tại nơi tiếp nhận TTHC",
						"Văn phòng Sở", LocalDate.of(year, 2, 28), "Bảng niêm yết",
						"IV. Trách nhiệm giải trình, phản ánh, kiến nghị", null),
				new TaskCommand("Rà soát, đơn giản hóa TTHC nội bộ theo Quyết định 1085/QĐ-TTg", both,
						LocalDate.of(year, 10, 31), "Phương án đơn giản hóa trình UBND tỉnh",
						"V. Rà soát, đơn giản hóa TTHC", null),
				new TaskCommand("Kiểm tra việc thực hiện kiểm soát TTHC tại các phòng, Bộ phận Một cửa", office,
						LocalDate.of(year, 12, 15), "Biên bản kiểm tra", "V. Rà soát, đơn giản hóa TTHC", null));
	}

	private static List<TargetCommand> targets() {
		return List.of(new TargetCommand("DESK_WAIT_MINUTES", 15.0), new TargetCommand("RESULTS_DIGITISED", 100.0),
				new TargetCommand("DOSSIERS_DIGITISED", 80.0), new TargetCommand("FULLY_ONLINE_PROCEDURES", 80.0),
				new TargetCommand("DATA_REUSE", 60.0), new TargetCommand("ONLINE_DOSSIERS", 70.0),
				new TargetCommand("ONLINE_PAYMENT", 50.0), new TargetCommand("ON_TIME", 95.0),
				new TargetCommand("SATISFACTION", 90.0));
	}

	private void visits(Agency agency, LocalDate today, Random random) {
		LocalDate day = LocalDate.of(today.getYear(), 1, 2);
		int created = 0;
		while (day.isBefore(today)) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
					&& random.nextInt(3) == 0) {
				int count = 1 + random.nextInt(3);
				for (int n = 1; n <= count; n++) {
					OffsetDateTime taken = day.atTime(LocalTime.of(7, 40).plusMinutes(random.nextInt(420)))
						.atZone(VietnamTime.ZONE)
						.toOffsetDateTime();
					int wait = 3 + random.nextInt(day.getMonthValue() <= 3 ? 26 : 16);
					DeskVisit visit = new DeskVisit(UUID.randomUUID(), agency.id(), day, n,
							random.nextBoolean() ? "Nộp hồ sơ hộ chiếu ngoại giao, công vụ"
									: "Nộp hồ sơ chứng nhận, hợp pháp hóa lãnh sự",
							taken, null, null);
					desk.insert(visit);
					desk.update(visit.call(taken.plusMinutes(wait)).serve(taken.plusMinutes(wait + 10)), "motcua");
					created++;
				}
			}
			day = day.plusDays(1);
		}
		log.debug("Demo desk visits: {}", created);
	}

	private void assessments(Agency agency, int year, LocalDate today) {
		LocalDate first = LocalDate.of(year, 3, 12);
		LocalDate second = LocalDate.of(year, 8, 20);
		if (!first.isAfter(today)) {
			assessments.create(new AssessmentCommand(agency.code(),
					"Dự thảo Quyết định ban hành Quy chế quản lý đoàn ra, đoàn vào trên địa bàn tỉnh",
					"PROVINCIAL_COMMITTEE", first, 1, 2, 0, 1, 4, "12/" + year + "/QĐ-UBND ngày 05/4/" + year, null));
		}
		if (!second.isAfter(today)) {
			assessments.create(new AssessmentCommand(agency.code(),
					"Dự thảo Nghị quyết quy định mức chi đón tiếp khách nước ngoài, tổ chức hội nghị quốc tế",
					"PROVINCIAL_COUNCIL", second, 0, 1, 1, 0, 1, null, null));
			assessments.create(new AssessmentCommand(agency.code(),
					"Dự thảo Quyết định về tổ chức hội nghị, hội thảo quốc tế trên địa bàn tỉnh",
					"PROVINCIAL_COMMITTEE", second.plusDays(9), 0, 1, 0, 0, 1, null, null));
		}
	}

	private void review(Agency agency, int year, LocalDate today) {
		List<ProcedureVersion> offered = procedures.publishedInForce(List.of(agency.id()), today);
		if (offered.isEmpty()) {
			return;
		}
		List<ReviewedProcedure> items = new ArrayList<>();
		LocalDate reviewed = LocalDate.of(year, 5, 15);
		for (int i = 0; i < offered.size(); i++) {
			ProcedureVersion p = offered.get(i);
			boolean done = i < 3 && !reviewed.plusDays(7L * i).isAfter(today);
			List<String> outcomes = !done ? List.of()
					: i == 0 ? List.of("AMEND", "ONLINE") : i == 1 ? List.of("KEEP", "INTER_AGENCY", "ONLINE")
							: List.of("KEEP");
			items.add(new ReviewedProcedure(p.code(), null, outcomes, null, done ? 1_800_000L + 200_000L * i : null,
					done ? (i == 0 ? 1_200_000L : 1_800_000L + 200_000L * i - 150_000L) : null,
					done ? reviewed.plusDays(7L * i) : null));
		}
		reviews.create(new ReviewCommand(agency.code(), year,
				"Kế hoạch rà soát, đánh giá TTHC thuộc thẩm quyền giải quyết của Sở Ngoại vụ năm " + year, items, null));
	}
}
