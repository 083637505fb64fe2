package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.ProcedureManagement.ComponentData;
import vn.motcua.catalogue.ProcedureManagement.FeeData;
import vn.motcua.catalogue.ProcedureManagement.FeeShareData;
import vn.motcua.catalogue.ProcedureManagement.LegData;
import vn.motcua.catalogue.ProcedureManagement.ProcedureCommand;
import vn.motcua.catalogue.ProcedureManagement.ProcessingTime;
import vn.motcua.catalogue.ProcedureManagement.StepData;
import vn.motcua.catalogue.PublicationDecisionManagement.DecisionCommand;
import vn.motcua.catalogue.PublicationDecisionManagement.DecisionItem;
import vn.motcua.document.FileStore;
import vn.motcua.document.PdfRenderer;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.Agency;
import vn.motcua.shared.SystemTask;

/**
 * Demo data: the procedures a provincial foreign-affairs department handles (DOMAIN.md §7) with their national codes
 * where known, papers, fees (with the legal split of the consular fee), processing times split between the province
 * and the ministry, internal processes, and the publication decisions that announced them (seed 000: Quyết định số
 * 2449/QĐ-UBND ngày 29/6/2021; the later decision numbers are made up for the demo). Amounts the sources do not give
 * (passport fees under Thông tư 25/2021/TT-BTC) are placeholders, as docs/catalogue.md says.
 */
@Component
class CatalogueStartup implements ApplicationModuleInitializer {

	private final ProcedureManagement procedures;

	private final PublicationDecisionManagement decisions;

	private final Procedures table;

	private final AgencyDirectory agencies;

	private final FileStore files;

	private final PdfRenderer pdf;

	private final boolean demoData;

	CatalogueStartup(ProcedureManagement procedures, PublicationDecisionManagement decisions, Procedures table,
			AgencyDirectory agencies, FileStore files, PdfRenderer pdf, @Value("${motcua.demo-data:false}") boolean demoData) {
		this.procedures = procedures;
		this.decisions = decisions;
		this.table = table;
		this.agencies = agencies;
		this.files = files;
		this.pdf = pdf;
		this.demoData = demoData;
	}

	@Override
	public void initialize() {
		if (!demoData || table.count() > 0 || agencies.findByCode("SNV-HT").isEmpty()) {
			return;
		}
		SystemTask.run(this::create);
	}

	private UUID blankForm(Agency agency, String title, String procedure, String basis) {
		byte[] bytes = pdf.render("catalogue/pdf/blank-form",
				Map.of("title", title, "procedure", procedure, "basis", basis));
		return files.storeGenerated(bytes, title + ".pdf", "application/pdf", agency.id()).id();
	}

	private void create() {
		Agency snv = agencies.findByCode("SNV-HT").orElseThrow();
		String desk = "Bộ phận Một cửa Sở Ngoại vụ tỉnh Hà Tĩnh";
		String centre = "Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh";
		String mofa = "Cục Lãnh sự - Bộ Ngoại giao";
		List<String> officials = List.of("CITIZEN", "STATE_AGENCY");

		// Passports (TT 04/2020/TT-BNG Art. 12: the province forwards within 2 working days, then 3 at the ministry)
		String passportBasis = "Thông tư số 04/2020/TT-BNG ngày 25/9/2020 của Bộ Ngoại giao\n"
				+ "Thông tư số 25/2021/TT-BTC của Bộ Tài chính (phí, lệ phí)";
		String passportName = "Cấp hộ chiếu ngoại giao, hộ chiếu công vụ (không gắn chíp điện tử)";
		UUID passportForm = blankForm(snv, "Tờ khai đề nghị cấp hộ chiếu ngoại giao, hộ chiếu công vụ", passportName,
				"Thông tư số 04/2020/TT-BNG");
		List<ComponentData> passportPapers = List.of(
				new ComponentData("TK", "Tờ khai đề nghị cấp hộ chiếu ngoại giao, hộ chiếu công vụ (Mẫu 01/2020/NG-XNC)",
						true, 1, "ORIGINAL", passportForm),
				new ComponentData("QD", "Văn bản cử đi công tác nước ngoài của cơ quan có thẩm quyền", true, 1,
						"ORIGINAL", null),
				new ComponentData("ANH", "Ảnh 4x6 cm, phông nền trắng", true, 2),
				new ComponentData("HC", "Hộ chiếu cũ (nếu có)", false, 1));
		String passportReason = "Người đề nghị phải nộp bản chính văn bản cử đi công tác và hộ chiếu cũ; kết quả là hộ chiếu giấy";
		List<FeeData> passportFee = List.of(new FeeData("Lệ phí cấp hộ chiếu (mức minh họa, xem Thông tư 25/2021/TT-BTC)",
				200_000L));
		List<LegData> passportLegs = List.of(new LegData("Sở Ngoại vụ tỉnh Hà Tĩnh (tiếp nhận, chuyển hồ sơ)", 2),
				new LegData(mofa, 3));
		procedures.create(new ProcedureCommand("2.002352", passportName, "DOI_NGOAI", "SNV-HT", "PROVINCE", "CENTRAL",
				new ProcessingTime(5, "WORKING_DAY"), "PARTIAL", passportReason, passportFee, passportPapers, "PAPER",
				true, LocalDate.of(2021, 1, 1), passportBasis, desk, null, "PUBLISHED", null, officials, passportLegs,
				true, false, "Hộ chiếu ngoại giao, hộ chiếu công vụ"));
		procedures.update("2.002352", new ProcedureCommand("2.002352", passportName, "DOI_NGOAI", "SNV-HT", "PROVINCE",
				"CENTRAL", new ProcessingTime(5, "WORKING_DAY"), "PARTIAL", passportReason, passportFee, passportPapers,
				"PAPER", true, LocalDate.of(2025, 7, 1),
				"Thông tư số 08/2025/TT-BNG ngày 13/6/2025 của Bộ Ngoại giao\n"
						+ "Thông tư số 25/2021/TT-BTC của Bộ Tài chính (phí, lệ phí)",
				centre, null, null,
				List.of(new StepData("Tiếp nhận, kiểm tra hồ sơ và chuyển phòng chuyên môn", "RECEPTION_OFFICER", 1),
						new StepData("Thẩm định hồ sơ, dự thảo văn bản đề nghị", "PROCESSING_OFFICER", 2),
						new StepData("Lãnh đạo phòng xem xét, trình ký", "DEPARTMENT_HEAD", 1),
						new StepData("Lãnh đạo Sở ký duyệt, trả kết quả", "AGENCY_HEAD", 1)),
				officials, passportLegs, true, false, "Hộ chiếu ngoại giao, hộ chiếu công vụ"));

		procedures.create(new ProcedureCommand("2.002353",
				"Gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ (không gắn chíp điện tử)", "DOI_NGOAI", "SNV-HT",
				"PROVINCE", "CENTRAL", new ProcessingTime(4, "WORKING_DAY"), "PARTIAL",
				"Phải nộp bản chính hộ chiếu cần gia hạn",
				List.of(new FeeData("Lệ phí gia hạn hộ chiếu (mức minh họa, xem Thông tư 25/2021/TT-BTC)", 100_000L)),
				List.of(new ComponentData("TK", "Tờ khai đề nghị gia hạn hộ chiếu", true, 1),
						new ComponentData("HC", "Hộ chiếu cần gia hạn", true, 1, "ORIGINAL", null),
						new ComponentData("QD", "Văn bản cử đi công tác nước ngoài", true, 1)),
				"PAPER", true, LocalDate.of(2021, 1, 1), passportBasis, desk, null, "PUBLISHED", null, officials,
				List.of(new LegData("Sở Ngoại vụ tỉnh Hà Tĩnh (tiếp nhận, chuyển hồ sơ)", 2), new LegData(mofa, 2)),
				true, false, "Hộ chiếu đã gia hạn"));

		procedures.create(new ProcedureCommand("2.002354", "Cấp công hàm đề nghị phía nước ngoài cấp thị thực",
				"DOI_NGOAI", "SNV-HT", "PROVINCE", "CENTRAL", new ProcessingTime(4, "WORKING_DAY"), "PARTIAL",
				"Phải xuất trình hộ chiếu ngoại giao, hộ chiếu công vụ bản chính", List.of(),
				List.of(new ComponentData("TK", "Tờ khai đề nghị cấp công hàm", true, 1),
						new ComponentData("QD", "Văn bản cử đi công tác nước ngoài", true, 1),
						new ComponentData("HC", "Hộ chiếu ngoại giao, hộ chiếu công vụ còn giá trị", true, 1)),
				"PAPER", true, LocalDate.of(2021, 1, 1), passportBasis, desk, null, "PUBLISHED", null, officials,
				List.of(new LegData("Sở Ngoại vụ tỉnh Hà Tĩnh (tiếp nhận, chuyển hồ sơ)", 2), new LegData(mofa, 2)),
				true, false, "Công hàm đề nghị cấp thị thực"));

		// Consular certification and legalisation (Decree 111/2011; fee TT 157/2016/TT-BTC Art. 5–6)
		List<FeeData> consularFees = List.of(
				new FeeData("Phí chứng nhận lãnh sự, hợp pháp hóa lãnh sự (mỗi giấy tờ)", 30_000L,
						List.of(new FeeShareData("Bộ Ngoại giao", 20), new FeeShareData("Sở Ngoại vụ tỉnh (thu hộ)", 10),
								new FeeShareData("Ngân sách nhà nước", 70))),
				new FeeData("Phí cấp bản sao giấy tờ đã chứng nhận, hợp pháp hóa (mỗi bản)", 5_000L));
		String consularName = "Chứng nhận lãnh sự, hợp pháp hóa lãnh sự giấy tờ, tài liệu";
		UUID consularForm = blankForm(snv, "Tờ khai chứng nhận lãnh sự, hợp pháp hóa lãnh sự", consularName,
				"Nghị định số 111/2011/NĐ-CP");
		List<ComponentData> consularPapers = List.of(
				new ComponentData("TK", "Tờ khai chứng nhận lãnh sự, hợp pháp hóa lãnh sự (Mẫu LS/HPH-2012/TK)", true,
						1, "ORIGINAL", consularForm),
				new ComponentData("CCCD", "Giấy tờ tùy thân", true, 1, "COPY", null),
				new ComponentData("GT", "Giấy tờ, tài liệu đề nghị chứng nhận hoặc hợp pháp hóa", true, 1),
				new ComponentData("BD", "Bản dịch giấy tờ (nếu giấy tờ không bằng tiếng Việt, Anh)", false, 1, "COPY",
						null));
		List<String> everyone = List.of("CITIZEN", "FOREIGNER", "ORGANISATION");
		String consularReason = "Giấy tờ cần chứng nhận, hợp pháp hóa phải nộp bản chính để đóng dấu";
		procedures.create(new ProcedureCommand("LS.000001", consularName, "LANH_SU", "SNV-HT", "PROVINCE", "CENTRAL",
				new ProcessingTime(7, "WORKING_DAY"), "PARTIAL", consularReason, consularFees, consularPapers, "PAPER",
				true, LocalDate.of(2021, 1, 1), "Nghị định số 111/2011/NĐ-CP\nThông tư số 157/2016/TT-BTC", desk,
				null, "PUBLISHED", null, everyone, List.of(), true, false, "Giấy tờ đã được chứng nhận, hợp pháp hóa"));
		procedures.update("LS.000001", new ProcedureCommand("LS.000001", consularName, "LANH_SU", "SNV-HT", "PROVINCE",
				"CENTRAL", new ProcessingTime(7, "WORKING_DAY"), "PARTIAL", consularReason, consularFees,
				consularPapers, "PAPER", true, LocalDate.of(2026, 5, 9),
				"Nghị định số 111/2011/NĐ-CP, sửa đổi bởi Nghị định số 196/2025/NĐ-CP\n"
						+ "Thông tư số 03/2026/TT-BNG ngày 06/5/2026 (tỉnh tiếp nhận, thu phí, chuyển Cục Lãnh sự trong "
						+ "01 ngày làm việc; thời gian chuyển và bưu chính không tính vào thời hạn)\n"
						+ "Thông tư số 157/2016/TT-BTC",
				centre, null, null, null, everyone, List.of(), true, false,
				"Giấy tờ đã được chứng nhận, hợp pháp hóa"));

		// International conferences (QĐ 06/2020/QĐ-TTg; announced by QĐ 729/QĐ-BNG)
		procedures.create(new ProcedureCommand("HN.000001",
				"Cho phép tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền cho phép của Thủ tướng Chính phủ",
				"HOI_NGHI", "SNV-HT", "PROVINCE", "CENTRAL", new ProcessingTime(15, "WORKING_DAY"), "FULL", null,
				List.of(),
				List.of(new ComponentData("CV", "Công văn đề nghị tổ chức hội nghị, hội thảo quốc tế", true, 1),
						new ComponentData("DA", "Đề án tổ chức hội nghị, hội thảo (mục đích, thời gian, địa điểm, thành phần)",
								true, 1),
						new ComponentData("YK", "Ý kiến của các cơ quan liên quan (nếu có)", false, 1, "COPY", null)),
				"ELECTRONIC", false, LocalDate.of(2021, 1, 1),
				"Quyết định số 06/2020/QĐ-TTg ngày 21/02/2020 của Thủ tướng Chính phủ\n"
						+ "Quyết định số 729/QĐ-BNG năm 2020 của Bộ Ngoại giao (công bố)",
				"Sở Ngoại vụ tỉnh Hà Tĩnh hoặc Cổng Dịch vụ công quốc gia", null, "PUBLISHED",
				List.of(new StepData("Tiếp nhận, kiểm tra hồ sơ", "RECEPTION_OFFICER", 1),
						new StepData("Lấy ý kiến cơ quan liên quan, thẩm định", "PROCESSING_OFFICER", 10),
						new StepData("Lãnh đạo phòng xem xét", "DEPARTMENT_HEAD", 1),
						new StepData("Lãnh đạo Sở trình Chủ tịch UBND tỉnh quyết định, trả kết quả", "AGENCY_HEAD", 3)),
				List.of("ORGANISATION", "STATE_AGENCY"), List.of(), true, false,
				"Văn bản cho phép của Chủ tịch UBND tỉnh"));
		procedures.create(new ProcedureCommand("HN.000002",
				"Xin chủ trương đăng cai tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền cho phép của Thủ tướng Chính phủ",
				"HOI_NGHI", "SNV-HT", "PROVINCE", "CENTRAL", new ProcessingTime(15, "WORKING_DAY"), "NONE", null,
				List.of(),
				List.of(new ComponentData("CV", "Công văn xin chủ trương (gửi trước ít nhất 40 ngày)", true, 1),
						new ComponentData("DA", "Đề án tổ chức hội nghị, hội thảo", true, 1)),
				"PAPER", true, LocalDate.of(2021, 1, 1),
				"Quyết định số 06/2020/QĐ-TTg ngày 21/02/2020 của Thủ tướng Chính phủ, Điều 6",
				desk, null, "PUBLISHED", null, List.of("ORGANISATION", "STATE_AGENCY"),
				List.of(new LegData("Sở Ngoại vụ tỉnh Hà Tĩnh (lấy ý kiến, trình UBND tỉnh)", 5),
						new LegData("Bộ Ngoại giao và cơ quan liên quan (cho ý kiến)", 10)),
				true, false, "Văn bản của UBND tỉnh trình Thủ tướng Chính phủ"));

		decisions.record(new DecisionCommand("2449/QĐ-UBND", LocalDate.of(2021, 6, 29), "SNV-HT",
				"Chủ tịch UBND tỉnh Hà Tĩnh", List.of("Thông tư số 04/2020/TT-BNG", "Quyết định số 06/2020/QĐ-TTg",
						"Nghị định số 111/2011/NĐ-CP"),
				List.of(new DecisionItem("2.002352", "NEW"), new DecisionItem("2.002353", "NEW"),
						new DecisionItem("2.002354", "NEW"), new DecisionItem("LS.000001", "NEW"),
						new DecisionItem("HN.000001", "NEW"), new DecisionItem("HN.000002", "NEW"))));
		decisions.record(new DecisionCommand("1520/QĐ-UBND", LocalDate.of(2025, 7, 15), "SNV-HT",
				"Chủ tịch UBND tỉnh Hà Tĩnh", List.of("Thông tư số 08/2025/TT-BNG"),
				List.of(new DecisionItem("2.002352", "AMENDED"))));
		decisions.record(new DecisionCommand("1105/QĐ-UBND", LocalDate.of(2026, 5, 8), "SNV-HT",
				"Chủ tịch UBND tỉnh Hà Tĩnh", List.of("Thông tư số 03/2026/TT-BNG"),
				List.of(new DecisionItem("LS.000001", "AMENDED"))));
	}
}
