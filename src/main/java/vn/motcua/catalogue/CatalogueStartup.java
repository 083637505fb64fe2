package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.ProcedureManagement.ComponentData;
import vn.motcua.catalogue.ProcedureManagement.FeeData;
import vn.motcua.catalogue.ProcedureManagement.ProcedureCommand;
import vn.motcua.catalogue.ProcedureManagement.ProcessingTime;
import vn.motcua.identity.Agencies;
import vn.motcua.shared.SystemTask;

/**
 * Demo data: the procedures a provincial foreign-affairs department handles (DOMAIN.md §7), with their national codes
 * where known, papers, fees and processing times; one of them with a second version after the 2025 circular.
 */
@Component
@Order(20)
class CatalogueStartup implements ApplicationRunner {

	private final ProcedureManagement procedures;

	private final Procedures table;

	private final Agencies agencies;

	private final boolean demoData;

	CatalogueStartup(ProcedureManagement procedures, Procedures table, Agencies agencies,
			@Value("${motcua.demo-data:true}") boolean demoData) {
		this.procedures = procedures;
		this.table = table;
		this.agencies = agencies;
		this.demoData = demoData;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoData || table.count() > 0 || agencies.findByCode("SNV-HT").isEmpty()) {
			return;
		}
		SystemTask.run(this::create);
	}

	private void create() {
		String passportBasis = "Thông tư số 04/2020/TT-BNG ngày 25/9/2020 của Bộ Ngoại giao";
		List<ComponentData> passportPapers = List.of(
				new ComponentData("TK", "Tờ khai đề nghị cấp hộ chiếu ngoại giao, hộ chiếu công vụ (Mẫu 01/2020/NG-XNC)", true, 1),
				new ComponentData("QD", "Văn bản cử đi công tác nước ngoài của cơ quan có thẩm quyền", true, 1),
				new ComponentData("ANH", "Ảnh 4x6 cm, phông nền trắng", true, 2),
				new ComponentData("HC", "Hộ chiếu cũ (nếu có)", false, 1));
		procedures.create(new ProcedureCommand("2.002352", "Cấp hộ chiếu ngoại giao, hộ chiếu công vụ (không gắn chíp điện tử)",
				"DOI_NGOAI", "SNV-HT", "PROVINCE", "CENTRAL", new ProcessingTime(5, "WORKING_DAY"), "PARTIAL",
				"Người đề nghị phải nộp bản chính văn bản cử đi công tác và hộ chiếu cũ; kết quả là hộ chiếu giấy",
				List.of(new FeeData("Lệ phí cấp hộ chiếu", 200_000L)), passportPapers, "PAPER", true,
				LocalDate.of(2021, 1, 1), passportBasis, "Bộ phận Một cửa Sở Ngoại vụ tỉnh Hà Tĩnh",
				"2449/QĐ-UBND", "PUBLISHED"));
		procedures.update("2.002352", new ProcedureCommand("2.002352",
				"Cấp hộ chiếu ngoại giao, hộ chiếu công vụ (không gắn chíp điện tử)", "DOI_NGOAI", "SNV-HT", "PROVINCE",
				"CENTRAL", new ProcessingTime(5, "WORKING_DAY"), "PARTIAL",
				"Người đề nghị phải nộp bản chính văn bản cử đi công tác và hộ chiếu cũ; kết quả là hộ chiếu giấy",
				List.of(new FeeData("Lệ phí cấp hộ chiếu", 200_000L)), passportPapers, "PAPER", true,
				LocalDate.of(2025, 7, 1), "Thông tư số 08/2025/TT-BNG ngày 13/6/2025 của Bộ Ngoại giao",
				"Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh", null, null, List.of(
						new ProcedureManagement.StepData("Tiếp nhận, kiểm tra hồ sơ và chuyển phòng chuyên môn", "RECEPTION_OFFICER", 1),
						new ProcedureManagement.StepData("Thẩm định hồ sơ, dự thảo văn bản đề nghị", "PROCESSING_OFFICER", 2),
						new ProcedureManagement.StepData("Lãnh đạo phòng xem xét, trình ký", "DEPARTMENT_HEAD", 1),
						new ProcedureManagement.StepData("Lãnh đạo Sở ký duyệt, trả kết quả", "AGENCY_HEAD", 1))));
		procedures.create(new ProcedureCommand("2.002353", "Gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ (không gắn chíp điện tử)",
				"DOI_NGOAI", "SNV-HT", "PROVINCE", "CENTRAL", new ProcessingTime(4, "WORKING_DAY"), "PARTIAL",
				"Phải nộp bản chính hộ chiếu cần gia hạn",
				List.of(new FeeData("Lệ phí gia hạn hộ chiếu", 100_000L)),
				List.of(new ComponentData("TK", "Tờ khai đề nghị gia hạn hộ chiếu", true, 1),
						new ComponentData("HC", "Hộ chiếu cần gia hạn (bản chính)", true, 1),
						new ComponentData("QD", "Văn bản cử đi công tác nước ngoài", true, 1)),
				"PAPER", true, LocalDate.of(2021, 1, 1), passportBasis, "Bộ phận Một cửa Sở Ngoại vụ tỉnh Hà Tĩnh",
				"2449/QĐ-UBND", "PUBLISHED"));
		procedures.create(new ProcedureCommand("2.002354", "Cấp công hàm đề nghị phía nước ngoài cấp thị thực",
				"DOI_NGOAI", "SNV-HT", "PROVINCE", "CENTRAL", new ProcessingTime(4, "WORKING_DAY"), "PARTIAL",
				"Phải xuất trình hộ chiếu ngoại giao, hộ chiếu công vụ bản chính", List.of(),
				List.of(new ComponentData("TK", "Tờ khai đề nghị cấp công hàm", true, 1),
						new ComponentData("QD", "Văn bản cử đi công tác nước ngoài", true, 1),
						new ComponentData("HC", "Hộ chiếu ngoại giao, hộ chiếu công vụ còn giá trị", true, 1)),
				"PAPER", true, LocalDate.of(2021, 1, 1), passportBasis, "Bộ phận Một cửa Sở Ngoại vụ tỉnh Hà Tĩnh",
				"2449/QĐ-UBND", "PUBLISHED"));
		procedures.create(new ProcedureCommand("LS.000001", "Chứng nhận lãnh sự, hợp pháp hóa lãnh sự giấy tờ, tài liệu",
				"LANH_SU", "SNV-HT", "PROVINCE", "CENTRAL", new ProcessingTime(7, "WORKING_DAY"), "PARTIAL",
				"Giấy tờ cần chứng nhận, hợp pháp hóa phải nộp bản chính để đóng dấu",
				List.of(new FeeData("Phí chứng nhận lãnh sự, hợp pháp hóa lãnh sự (mỗi giấy tờ)", 30_000L)),
				List.of(new ComponentData("TK", "Tờ khai chứng nhận lãnh sự, hợp pháp hóa lãnh sự (Mẫu LS/HPH-2012/TK)", true, 1),
						new ComponentData("CCCD", "Bản chụp giấy tờ tùy thân", true, 1),
						new ComponentData("GT", "Giấy tờ, tài liệu đề nghị chứng nhận hoặc hợp pháp hóa", true, 1),
						new ComponentData("BD", "Bản dịch giấy tờ (nếu giấy tờ không bằng tiếng Việt, Anh)", false, 1)),
				"PAPER", true, LocalDate.of(2021, 1, 1),
				"Nghị định số 111/2011/NĐ-CP; Thông tư số 157/2016/TT-BTC (MOFA giữ 20%, tỉnh giữ 10% số phí thu hộ)",
				"Bộ phận Một cửa Sở Ngoại vụ tỉnh Hà Tĩnh", "2449/QĐ-UBND", "PUBLISHED"));
		procedures.create(new ProcedureCommand("HN.000001",
				"Cho phép tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền cho phép của Thủ tướng Chính phủ",
				"HOI_NGHI", "SNV-HT", "PROVINCE", "LOCAL", new ProcessingTime(15, "WORKING_DAY"), "FULL", null, List.of(),
				List.of(new ComponentData("CV", "Công văn đề nghị tổ chức hội nghị, hội thảo quốc tế", true, 1),
						new ComponentData("DA", "Đề án tổ chức hội nghị, hội thảo (mục đích, thời gian, địa điểm, thành phần)", true, 1),
						new ComponentData("YK", "Ý kiến của các cơ quan liên quan (nếu có)", false, 1)),
				"ELECTRONIC", false, LocalDate.of(2021, 1, 1),
				"Quyết định số 06/2020/QĐ-TTg ngày 21/02/2020 của Thủ tướng Chính phủ",
				"Sở Ngoại vụ tỉnh Hà Tĩnh hoặc Cổng dịch vụ công quốc gia", "2449/QĐ-UBND", "PUBLISHED"));
	}
}
