package vn.motcua.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.document.PdfRenderer;
import vn.motcua.dossier.DossierQueries.Filter;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.Agency;
import vn.motcua.identity.StaffDirectory;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnamTime;

/**
 * The legal forms of Circular 01/2018/TT-VPCP as PDF: Mẫu 01 receipt (with a QR code of the public lookup), 02
 * supplement request, 03 refusal, 04 apology, 05 control sheet (A5), and the register Mẫu 06 (A4) for a date range,
 * also as XLSX.
 */
@Service
public class DossierForms {

	private static final Pattern PROVINCE = Pattern.compile("(?:tỉnh|thành phố)\\s+(.+)$", Pattern.CASE_INSENSITIVE);

	private final DossierManagement management;

	private final DossierQueries queries;

	private final AgencyDirectory agencies;

	private final StaffDirectory users;

	private final PdfRenderer pdf;

	private final ProcedureDirectory procedures;

	private final vn.motcua.calendar.CalendarManagement calendar;

	private final CurrentActor actor;

	private final Clock clock;

	private final String publicUrl;

	DossierForms(DossierManagement management, DossierQueries queries, AgencyDirectory agencies, StaffDirectory users,
			PdfRenderer pdf, CurrentActor actor, Clock clock, ProcedureDirectory procedures,
			vn.motcua.calendar.CalendarManagement calendar,
			@Value("${motcua.public-url:http://localhost:8080}") String publicUrl) {
		this.procedures = procedures;
		this.calendar = calendar;
		this.management = management;
		this.queries = queries;
		this.agencies = agencies;
		this.users = users;
		this.pdf = pdf;
		this.actor = actor;
		this.clock = clock;
		this.publicUrl = publicUrl;
	}

	/** Mẫu 01–05 of a dossier; 409 when the form does not apply to it (no refusal, no apology …). */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public byte[] slip(String code, String form) {
		Dossier dossier = management.visible(code);
		DossierView view = queries.view(dossier);
		Map<String, Object> model = base(dossier.agencyId());
		model.put("d", view);
		model.put("day", VietnamTime.today(clock));
		String f = form == null ? "" : form.trim().toUpperCase(Locale.ROOT);
		switch (f) {
			case "MAU01" -> {
				if (dossier.receivedAt() == null) {
					throw new ConflictException("Hồ sơ " + code + " chưa được tiếp nhận; chưa có giấy tiếp nhận",
							dossier.status().name());
				}
				DossierEvent received = first(dossier, DossierAction.RECEIVE, DossierAction.ACCEPT,
						DossierAction.SUPPLEMENT_RECEIVED, DossierAction.POSTAL_RECEIVED);
				model.put("day", received.at().toLocalDate());
				model.put("officer", fullName(received.by()));
				model.put("book", dossier.receivedAt().getYear());
				model.put("sequence", code.substring(code.length() - 4));
				String lookup = publicUrl + "/tra-cuu?code=" + dossier.code() + "&key=" + dossier.lookupKey();
				model.put("qr", pdf.qrDataUri(lookup));
				model.put("lookupBase", publicUrl + "/tra-cuu");
			}
			case "MAU02" -> reasoned(dossier, model, DossierAction.REQUEST_SUPPLEMENT, "yêu cầu bổ sung");
			case "MAU03" -> reasoned(dossier, model, DossierAction.REFUSE, "từ chối");
			case "MAU04" -> reasoned(dossier, model, DossierAction.APOLOGISE, "xin lỗi, hẹn lại");
			case "MAU05" -> {
				model.put("steps", steps(dossier, view));
				model.put("plan", plan(dossier));
			}
			default -> throw new InvalidInputException("form", "Mẫu phải là MAU01, MAU02, MAU03, MAU04 hoặc MAU05; "
					+ "Mẫu 06 (sổ theo dõi) lấy theo khoảng ngày");
		}
		return pdf.render("dossier/pdf/" + f.toLowerCase(Locale.ROOT), model);
	}

	/** Mẫu 06, the register of dossiers received from {@code from} to {@code to}, as PDF. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public byte[] registerPdf(LocalDate from, LocalDate to) {
		List<DossierView> rows = register(from, to);
		Map<String, Object> model = base(actor.agencyId());
		model.put("rows", rows);
		model.put("from", from);
		model.put("to", to);
		return pdf.render("dossier/pdf/mau06", model);
	}

	/** Mẫu 06 as XLSX. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public byte[] registerXlsx(LocalDate from, LocalDate to) {
		List<DossierView> rows = register(from, to);
		String agencyName = String.valueOf(base(actor.agencyId()).get("agencyName"));
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Sổ theo dõi hồ sơ");
			String[] headers = { "TT", "Mã hồ sơ", "Tên thủ tục hành chính", "Số lượng hồ sơ (bộ)", "Tên cá nhân, tổ chức",
					"Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết", "Ngày nhận", "Ngày hẹn trả",
					"Chuyển hồ sơ đến cơ quan giải quyết", "Ngày có kết quả",
					"Ngày trả kết quả", "Tình trạng" };
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(agencyName.toUpperCase(java.util.Locale.ROOT)
					+ " — SỔ THEO DÕI HỒ SƠ (Mẫu số 06) từ ngày " + from.format(DAY) + " đến ngày " + to.format(DAY));
			Row head = sheet.createRow(1);
			for (int i = 0; i < headers.length; i++) {
				head.createCell(i).setCellValue(headers[i]);
			}
			int r = 2;
			for (DossierView v : rows) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r - 1);
				row.createCell(1).setCellValue(v.code());
				row.createCell(2).setCellValue(v.procedureName());
				row.createCell(3).setCellValue(1);
				row.createCell(4).setCellValue(v.applicant().fullName());
				row.createCell(5).setCellValue((v.applicant().address() == null ? "" : v.applicant().address())
						+ (v.applicant().phone() == null ? "" : ", " + v.applicant().phone()));
				row.createCell(6).setCellValue(agencyName);
				row.createCell(7).setCellValue(text(v.receivedAt()));
				row.createCell(8).setCellValue(text(v.appointmentAt()));
				row.createCell(9).setCellValue(v.forwardedTo() == null ? agencyName : v.forwardedTo());
				row.createCell(10).setCellValue(text(v.completedAt()));
				row.createCell(11).setCellValue(text(v.returnedAt()));
				row.createCell(12).setCellValue(v.statusLabel());
				r++;
			}
			for (int i = 0; i < headers.length; i++) {
				sheet.setColumnWidth(i, (i == 2 || i == 4 || i == 5 || i == 6 ? 36 : 18) * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<DossierView> register(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "Ngày cuối phải sau ngày đầu");
		}
		if (to.toEpochDay() - from.toEpochDay() > 366) {
			throw new InvalidInputException("to", "Sổ theo dõi lấy tối đa một năm mỗi lần");
		}
		List<DossierView> rows = new ArrayList<>();
		int page = 0;
		while (true) {
			var result = queries.search(new Filter(null, null, null, null, null, from, to, null, null),
					new PageRequest(page++, 200));
			rows.addAll(queries.views(result.items()));
			if (!result.hasNext()) {
				break;
			}
		}
		rows.sort((a, b) -> a.code().compareTo(b.code()));
		return rows;
	}

	private void reasoned(Dossier dossier, Map<String, Object> model, DossierAction action, String what) {
		DossierEvent event = dossier.history()
			.stream()
			.filter(e -> e.action() == action)
			.reduce((a, b) -> b)
			.orElseThrow(() -> new ConflictException("Hồ sơ " + dossier.code() + " không có bước " + what,
					dossier.status().name()));
		model.put("reason", event.reason());
		model.put("day", event.at().toLocalDate());
		model.put("officer", fullName(event.by()));
		model.put("number", dossier.code().substring(dossier.code().length() - 4));
	}

	/**
	 * The internal process with each step's own deadline: the working days of the steps so far, counted from the
	 * start of the current cycle (receipt, or the arrival of the supplement).
	 */
	private List<Map<String, Object>> plan(Dossier dossier) {
		List<Map<String, Object>> plan = new ArrayList<>();
		OffsetDateTime start = dossier.history()
			.stream()
			.filter(e -> e.action() == DossierAction.SUPPLEMENT_RECEIVED || e.action() == DossierAction.ACCEPT
					|| e.action() == DossierAction.RECEIVE && e.toStatus() == DossierStatus.RECEIVED)
			.reduce((a, b) -> b)
			.map(DossierEvent::at)
			.orElse(dossier.receivedAt());
		if (start == null) {
			return plan;
		}
		int days = 0;
		for (ProcedureDirectory.StepTerm step : procedures.steps(dossier.procedure().versionId())) {
			days += step.days();
			Map<String, Object> row = new HashMap<>();
			row.put("order", step.order());
			row.put("name", step.name());
			row.put("role", Roles.label(step.role()));
			row.put("days", step.days());
			row.put("due", calendar.deadline(start, vn.motcua.calendar.WorkingDuration.workingDays(days)));
			plan.add(row);
		}
		return plan;
	}

	/** The control sheet's rows: each hand-over between people or units. */
	private List<Map<String, Object>> steps(Dossier dossier, DossierView view) {
		List<Map<String, Object>> steps = new ArrayList<>();
		List<DossierEvent> history = dossier.history();
		for (int i = 0; i < history.size(); i++) {
			DossierEvent e = history.get(i);
			String next = e.target() != null ? (e.action() == DossierAction.ASSIGN ? fullName(e.target()) : e.target())
					: i + 1 < history.size() ? fullName(history.get(i + 1).by()) : "";
			Map<String, Object> step = new HashMap<>();
			step.put("unit", switch (e.action()) {
				case RECEIVE, ACCEPT, SUPPLEMENT_RECEIVED, RETURN_RESULT -> "Bộ phận tiếp nhận và trả kết quả";
				case FORWARD -> "Chuyển cơ quan phối hợp";
				case APPROVE, COMPLETE -> "Lãnh đạo cơ quan";
				default -> "Phòng chuyên môn";
			});
			step.put("from", fullName(e.by()) + " (" + e.action().label() + ")");
			step.put("to", next);
			step.put("at", e.at());
			step.put("result", e.action() == DossierAction.COMPLETE || e.action() == DossierAction.RETURN_RESULT
					? (view.timelinessLabel() == null ? "" : view.timelinessLabel()) : "");
			step.put("note", e.reason() == null ? (e.note() == null ? "" : e.note()) : e.reason());
			steps.add(step);
		}
		return steps;
	}

	private Map<String, Object> base(@Nullable UUID agencyId) {
		Map<String, Object> model = new HashMap<>();
		Agency agency = agencyId == null ? null : agencies.findById(agencyId).orElse(null);
		Agency parent = agency == null || agency.parentId() == null ? null
				: agencies.findById(agency.parentId()).orElse(null);
		model.put("agencyName", agency == null ? "" : agency.name());
		model.put("agencyPhone", agency == null ? null : agency.phone());
		model.put("parentName", parent == null ? null : parent.displayName());
		Matcher province = PROVINCE.matcher(agency == null ? "" : agency.name());
		model.put("place", province.find() ? province.group(1) : "…");
		model.put("officer", fullName(actor.username()));
		return model;
	}

	private String fullName(String username) {
		return users.findByUsername(username).map(u -> u.fullName()).orElse(username);
	}

	private static DossierEvent first(Dossier dossier, DossierAction... actions) {
		List<DossierAction> wanted = List.of(actions);
		return dossier.history()
			.stream()
			.filter(e -> wanted.contains(e.action()) && e.toStatus() != DossierStatus.SUBMITTED
					&& e.toStatus() != DossierStatus.AWAITING_PAPERS)
			.findFirst()
			.orElse(dossier.history().get(0));
	}

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("dd/MM/yyyy");

	private static String text(@Nullable OffsetDateTime time) {
		return time == null ? ""
				: time.atZoneSameInstant(VietnamTime.ZONE).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
	}
}
