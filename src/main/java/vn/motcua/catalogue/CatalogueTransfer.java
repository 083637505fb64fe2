package vn.motcua.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.audit.AuditLog;
import vn.motcua.calendar.DurationUnit;
import vn.motcua.catalogue.ProcedureManagement.ProcedureCommand;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.Agency;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnameseText;

/**
 * Import and export of the catalogue as XLSX (the template of docs/catalogue.md: one row per version, one column per
 * field, lists one item per line inside a cell) and JSON ({@code {"procedures": [command, ...]}}, one command per
 * version in the shape of {@code POST /api/v1/procedures}).
 * <p>
 * An import checks every row and reports every problem with its row and column ("Dòng 5, cột Phí"); if there is any,
 * nothing is stored (one transaction, rolled back). Rows with the same code are the versions of one procedure, in
 * order: the first creates it (unless it exists), the next ones add versions from later dates.
 */
@Service
public class CatalogueTransfer {

	/** The sheet of procedures in the XLSX template. */
	public static final String SHEET = "Thủ tục";

	private final ProcedureManagement management;

	private final Procedures procedures;

	private final AgencyDirectory agencies;

	private final CurrentActor actor;

	private final JsonMapper json;

	private final AuditLog audit;

	private final int maxRows;

	CatalogueTransfer(ProcedureManagement management, Procedures procedures, AgencyDirectory agencies, CurrentActor actor,
			JsonMapper json, AuditLog audit, @Value("${motcua.import.max-rows:5000}") int maxRows) {
		this.maxRows = maxRows;
		this.management = management;
		this.procedures = procedures;
		this.agencies = agencies;
		this.actor = actor;
		this.json = json;
		this.audit = audit;
	}

	/** What an import stored. */
	public record ImportResult(int procedures, int versions, List<String> codes) {
	}

	/** The JSON export: one command per version, oldest version of each procedure first. */
	public record Export(List<ProcedureCommand> procedures) {
	}

	/** The versions of the caller's agencies (or of one agency and those under it), by code then version. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<ProcedureVersion> versions(@Nullable String agencyCode) {
		Set<UUID> scope;
		if (agencyCode == null || agencyCode.isBlank()) {
			scope = actor.agencyFilter();
		}
		else {
			Agency agency = agencies.findByCode(agencyCode.trim())
				.orElseThrow(() -> new InvalidInputException("agency", "Không có cơ quan với mã " + agencyCode));
			if (!actor.canSee(agency.id())) {
				throw new ForbiddenException("Bạn không xem được danh mục của " + agency.name());
			}
			scope = agencies.subtree(agency.id());
		}
		return procedures.allVersions(scope);
	}

	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public byte[] exportJson(@Nullable String agencyCode) {
		return json.writerWithDefaultPrettyPrinter()
			.writeValueAsBytes(new Export(versions(agencyCode).stream().map(ProcedureCommand::of).toList()));
	}

	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public byte[] exportXlsx(@Nullable String agencyCode) {
		return workbook(versions(agencyCode));
	}

	/** The blank template a clerk fills in: the headings, and a sheet explaining each column. */
	public byte[] template() {
		return workbook(List.of());
	}

	/**
	 * Imports an XLSX or JSON file (told apart by its content). With {@code agencyCode}, every row goes to that
	 * agency whatever its "Mã cơ quan" says (to load one agency's export into another).
	 * @throws InvalidInputException with every row's problems ("Dòng 5, cột Phí"), nothing stored
	 */
	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public ImportResult importFile(byte[] content, @Nullable String agencyCode) {
		if (agencyCode != null && !agencyCode.isBlank()) {
			Agency target = agencies.findByCode(agencyCode.trim())
				.orElseThrow(() -> new InvalidInputException("agency", "Không có cơ quan với mã " + agencyCode));
			if (!actor.canSee(target.id())) {
				throw new ForbiddenException("Bạn chỉ được nhập danh mục thủ tục của cơ quan mình");
			}
		}
		List<ImportRow> rows = isXlsx(content) ? readXlsx(content) : readJson(content);
		if (rows.isEmpty()) {
			throw new InvalidInputException("file", "Tệp không có dòng thủ tục nào");
		}
		List<FieldProblem> errors = new ArrayList<>();
		Set<String> failedCodes = new HashSet<>();
		Set<String> codes = new java.util.LinkedHashSet<>();
		int versions = 0;
		for (ImportRow row : rows) {
			ProcedureCommand command = row.command();
			if (agencyCode != null && !agencyCode.isBlank()) {
				command = withAgency(command, agencyCode.trim());
			}
			String code = command.code() == null ? "" : command.code().trim().toUpperCase(Locale.ROOT);
			if (!row.problems().isEmpty()) {
				row.problems().forEach(p -> errors.add(problem(row, p)));
				Set<String> unread = new HashSet<>();
				row.problems().forEach(p -> unread.add(ProcedureColumns.heading(p.field())));
				management.problems(command)
					.stream()
					.filter(p -> !unread.contains(ProcedureColumns.heading(p.field())))
					.forEach(p -> errors.add(problem(row, p)));
				failedCodes.add(code);
				continue;
			}
			if (failedCodes.contains(code)) {
				errors.add(problem(row, new FieldProblem("code", "Không nhập được vì dòng trước của thủ tục " + command.code()
						+ " có lỗi")));
				continue;
			}
			try {
				if (procedures.exists(command.code() == null ? "" : command.code().trim())) {
					management.update(command.code().trim(), command);
				}
				else {
					management.create(command);
				}
				codes.add(code);
				versions++;
			}
			catch (InvalidInputException ex) {
				ex.errors().forEach(p -> errors.add(problem(row, p)));
				failedCodes.add(code);
			}
			catch (ConflictException | ForbiddenException | NotFoundException ex) {
				String field = ex instanceof ForbiddenException ? "agencyCode" : "code";
				errors.add(problem(row, new FieldProblem(field, ex.getMessage())));
				failedCodes.add(code);
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		audit.record("IMPORT", "Procedure", String.join(",", codes), actor.agencyId(), null,
				Map.of("procedures", codes.size(), "versions", versions));
		return new ImportResult(codes.size(), versions, List.copyOf(codes));
	}

	private record ImportRow(String label, ProcedureCommand command, List<FieldProblem> problems, boolean sheet) {
	}

	private static FieldProblem problem(ImportRow row, FieldProblem p) {
		String where = row.sheet() ? row.label() + ", cột " + ProcedureColumns.heading(p.field())
				: row.label() + ", " + p.field();
		return new FieldProblem(where, p.message());
	}

	private static ProcedureCommand withAgency(ProcedureCommand c, String agencyCode) {
		return new ProcedureCommand(c.code(), c.name(), c.fieldCode(), agencyCode, c.level(), c.origin(),
				c.processingTime(), c.onlineMode(), c.onlineReason(), c.fees(), c.components(), c.resultType(),
				c.interAgency(), c.validFrom(), c.legalBasis(), c.whereToSubmit(), c.decisionNumber(), c.status(),
				c.internalProcess(), c.applicantTypes(), c.legs(), c.oneStop(), c.onTheSpot(), c.resultName());
	}

	private static boolean isXlsx(byte[] content) {
		return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	private List<ImportRow> readJson(byte[] content) {
		JsonNode root;
		try {
			root = json.readTree(content);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("file", "Tệp không phải XLSX hay JSON đọc được: " + ex.getOriginalMessage());
		}
		JsonNode list = root != null && root.isObject() ? root.get("procedures") : root;
		if (list == null || !list.isArray()) {
			throw new InvalidInputException("file", "Tệp JSON phải có dạng {\"procedures\": [...]}");
		}
		if (list.size() > maxRows) {
			throw new InvalidInputException("file", "Tệp có hơn " + maxRows
					+ " thủ tục (giới hạn motcua.import.max-rows): hãy chia thành nhiều tệp.");
		}
		List<ImportRow> rows = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			String label = "Mục " + (i + 1);
			if (!list.get(i).isObject()) {
				rows.add(new ImportRow(label, emptyCommand(), List.of(new FieldProblem("procedure",
						"Mỗi mục phải là một thủ tục {\"code\": …}")), false));
				continue;
			}
			try {
				ProcedureCommand command = json.treeToValue(list.get(i), ProcedureCommand.class);
				List<FieldProblem> problems = new ArrayList<>();
				if (command.processingTime() == null) {
					problems.add(new FieldProblem("processingTime", "Cần thời hạn giải quyết"));
				}
				if (command.validFrom() == null) {
					problems.add(new FieldProblem("validFrom", "Cần ngày có hiệu lực"));
				}
				rows.add(new ImportRow(label, command, problems, false));
			}
			catch (JacksonException ex) {
				rows.add(new ImportRow(label, emptyCommand(), List.of(new FieldProblem("procedure",
						"Không đọc được: " + ex.getOriginalMessage())), false));
			}
		}
		return rows;
	}

	private static ProcedureCommand emptyCommand() {
		return new ProcedureCommand("", "", null, "", null, null, null, null, null, null, null, null, null, null,
				null, null, null, null);
	}

	private List<ImportRow> readXlsx(byte[] content) {
		List<ImportRow> rows = new ArrayList<>();
		for (ProcedureSheetReader.SheetRow row : new ProcedureSheetReader(maxRows).read(content, SHEET)) {
			List<FieldProblem> problems = new ArrayList<>();
			ProcedureCommand command = ProcedureColumns.command(row.cells(), problems);
			rows.add(new ImportRow("Dòng " + row.number(), command, problems, true));
		}
		return rows;
	}

	private static byte[] workbook(List<ProcedureVersion> versions) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font bold = book.createFont();
			bold.setBold(true);
			CellStyle head = book.createCellStyle();
			head.setFont(bold);
			head.setWrapText(true);
			CellStyle wrap = book.createCellStyle();
			wrap.setWrapText(true);
			CellStyle textFormat = book.createCellStyle();
			textFormat.setWrapText(true);
			textFormat.setDataFormat(book.createDataFormat().getFormat("@"));
			Sheet sheet = book.createSheet(SHEET);
			Row header = sheet.createRow(0);
			for (int i = 0; i < ProcedureColumns.ALL.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(ProcedureColumns.ALL.get(i).heading());
				cell.setCellStyle(head);
				sheet.setColumnWidth(i, width(ProcedureColumns.ALL.get(i).field()) * 256);
				sheet.setDefaultColumnStyle(i, textFormat);
			}
			sheet.createFreezePane(2, 1);
			choices(sheet, Math.max(1000, versions.size() + 500));
			int r = 1;
			for (ProcedureVersion v : versions) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < ProcedureColumns.ALL.size(); i++) {
					Cell cell = row.createCell(i);
					cell.setCellValue(fitsACell(ProcedureColumns.ALL.get(i).text().apply(v)));
					cell.setCellStyle(textFormat);
				}
			}
			Sheet help = book.createSheet("Hướng dẫn");
			String[][] lines = guide();
			for (int i = 0; i < lines.length; i++) {
				Row row = help.createRow(i);
				for (int j = 0; j < lines[i].length; j++) {
					Cell cell = row.createCell(j);
					cell.setCellValue(lines[i][j]);
					cell.setCellStyle(i == 0 ? head : wrap);
				}
			}
			help.setColumnWidth(0, 28 * 256);
			help.setColumnWidth(1, 100 * 256);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Không tạo được tệp XLSX", ex);
		}
	}

	private static String[] names(Enum<?>... values) {
		return java.util.Arrays.stream(values).map(Enum::name).toArray(String[]::new);
	}

	/** Drop-down lists on the columns that take codes, so a clerk picks instead of typing. */
	private static void choices(Sheet sheet, int rows) {
		Map<String, String[]> lists = Map.of("level", names(ProcedureLevel.values()), "origin",
				names(ProcedureOrigin.values()), "processingTime.unit", names(DurationUnit.values()), "onlineMode",
				names(OnlineMode.values()), "resultType", names(ResultType.values()), "status",
				names(ProcedureStatus.PUBLISHED, ProcedureStatus.DRAFT), "interAgency",
				new String[] { "có", "không" }, "oneStop", new String[] { "có", "không" }, "onTheSpot",
				new String[] { "có", "không" });
		DataValidationHelper helper = sheet.getDataValidationHelper();
		for (int i = 0; i < ProcedureColumns.ALL.size(); i++) {
			String[] values = lists.get(ProcedureColumns.ALL.get(i).field());
			if (values == null) {
				continue;
			}
			DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
					new CellRangeAddressList(1, rows, i, i));
			validation.setShowErrorBox(true);
			validation.createErrorBox("Giá trị không hợp lệ", "Chọn một giá trị trong danh sách");
			sheet.addValidationData(validation);
		}
	}

	private static int width(String field) {
		return switch (field) {
			case "name", "fees", "components", "internalProcess", "legalBasis", "legs" -> 60;
			case "onlineReason", "whereToSubmit", "applicantTypes", "resultName" -> 35;
			default -> 16;
		};
	}

	/** The "Hướng dẫn" sheet: one line per column, the same text as docs/catalogue.md. */
	static String[][] guide() {
		return new String[][] { { "Cột", "Cách điền" },
				{ "(chung)", "Mỗi dòng của trang \"" + SHEET + "\" là một phiên bản của một thủ tục. Nhiều dòng cùng mã "
						+ "là các phiên bản nối tiếp (ngày hiệu lực tăng dần). Ô danh sách: mỗi mục một dòng trong ô "
						+ "(Alt+Enter), các phần cách nhau bằng dấu |. Có lỗi ở bất kỳ dòng nào thì không dòng nào được nhập." },
				{ "Mã thủ tục", "Bắt buộc. Mã trên Cơ sở dữ liệu quốc gia, ví dụ 2.002352 (chữ, số, dấu chấm, gạch)." },
				{ "Tên thủ tục", "Bắt buộc." },
				{ "Mã lĩnh vực", "Mã lĩnh vực đã khai báo, ví dụ DOI_NGOAI, LANH_SU, HOI_NGHI." },
				{ "Mã cơ quan", "Bắt buộc. Mã cơ quan giải quyết, ví dụ SNV-HT." },
				{ "Cấp thực hiện", "PROVINCE (cấp tỉnh), COMMUNE (cấp xã) hoặc MINISTRY (cấp bộ). Trống: PROVINCE." },
				{ "Nguồn gốc", "CENTRAL (do Trung ương quy định) hoặc LOCAL (do địa phương quy định). Trống: LOCAL." },
				{ "Đối tượng thực hiện", "Công dân Việt Nam; Người nước ngoài; Tổ chức; Cơ quan nhà nước (cách nhau bằng ;)." },
				{ "Thời hạn", "Bắt buộc. Số ngày (hoặc giờ) làm việc, 0–365." },
				{ "Đơn vị thời hạn", "Bắt buộc. WORKING_DAY (ngày làm việc) hoặc WORKING_HOUR (giờ làm việc)." },
				{ "Trực tuyến", "FULL (toàn trình), PARTIAL (một phần) hoặc NONE. Trống: NONE." },
				{ "Lý do trực tuyến một phần", "Bắt buộc khi Trực tuyến là PARTIAL: lý do được công bố." },
				{ "Phí", "Mỗi khoản một dòng: Tên | số tiền (đồng) | Nơi hưởng = tỷ lệ; Nơi hưởng = tỷ lệ. Phần phân "
						+ "chia có thể bỏ; nếu có thì tổng tỷ lệ bằng 100. Ví dụ: Phí hợp pháp hóa lãnh sự | 30000 | "
						+ "Bộ Ngoại giao = 20; Sở Ngoại vụ = 10; Ngân sách nhà nước = 70" },
				{ "Thành phần hồ sơ", "Mỗi giấy tờ một dòng: Mã | Tên | bản chính / bản sao chứng thực / bản sao | số bản | "
						+ "bắt buộc / nếu có. Ví dụ: TK | Tờ khai | bản chính | 1 | bắt buộc" },
				{ "Liên thông", "có / không. Trống: không." },
				{ "Các bước liên thông", "Chỉ khi Liên thông là có; ít nhất hai dòng: Cơ quan | số ngày làm việc. Tổng "
						+ "số ngày bằng Thời hạn. Ví dụ: Sở Ngoại vụ tỉnh Hà Tĩnh | 2 và Cục Lãnh sự | 3" },
				{ "Quy trình nội bộ", "Mỗi bước một dòng: Tên bước | vai trò | số ngày. Vai trò: RECEPTION_OFFICER, "
						+ "PROCESSING_OFFICER, DEPARTMENT_HEAD, AGENCY_HEAD, … Tổng số ngày bằng Thời hạn." },
				{ "Loại kết quả", "PAPER (bản giấy) hoặc ELECTRONIC (bản điện tử). Trống: PAPER." },
				{ "Tên kết quả", "Ví dụ: Hộ chiếu ngoại giao." },
				{ "Căn cứ pháp lý", "Các văn bản, mỗi văn bản một dòng." },
				{ "Nơi nộp", "Ví dụ: Trung tâm Phục vụ hành chính công tỉnh." },
				{ "Một cửa", "có / không: thực hiện theo cơ chế một cửa, một cửa liên thông. Trống: có." },
				{ "4 tại chỗ", "có / không: tiếp nhận, thẩm định, phê duyệt, trả kết quả tại chỗ. Trống: không." },
				{ "Hiệu lực từ", "Bắt buộc. Ngày dạng yyyy-MM-dd, ví dụ 2025-07-01." },
				{ "Trạng thái", "DRAFT (dự thảo) hoặc PUBLISHED (đã công bố). Trống: PUBLISHED." },
				{ "Số quyết định công bố", "Ghi chú số quyết định nếu chưa nhập quyết định vào hệ thống." } };
	}

	/** An XLSX cell holds at most 32,767 characters; a longer text is cut there with a mark instead of failing. */
	static String fitsACell(String text) {
		int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
