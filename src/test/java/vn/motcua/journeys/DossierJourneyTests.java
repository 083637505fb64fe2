package vn.motcua.journeys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierQueries.Filter;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.SystemTask;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier workflow as people do it in the browser: a citizen submits online with PDFs, refreshes the confirmation,
 * follows the dossier, sends a requested supplement, downloads the electronic result and rates; the desk opens the
 * citizen's PDF and accepts it; a head assigns, an officer asks for a supplement and submits, the head approves after
 * confirming, the result is completed with a file and returned. And the desk's own intake: with every paper (Mẫu 01),
 * and with a required paper missing (Mẫu 02 offered instead of accepting).
 */
@JourneyTest
class DossierJourneyTests extends BrowserJourney {

	private static final String PROCEDURE = "2.002352";

	@Autowired
	DossierQueries queries;

	@Test
	void aCitizenSubmitsOnlineAndStaffTakeTheDossierToItsResult() throws IOException {
		citizenJourney(1280, 900, true);
	}

	@Test
	void theSameCitizenJourneyOnA390PixelPhone() throws IOException {
		citizenJourney(390, 844, false);
	}

	/**
	 * @param staffInBrowser whether the staff steps are taken in the browser too (the desktop run), or by the same
	 * application services (the phone run, which is about the citizen's pages)
	 */
	private void citizenJourney(int width, int height, boolean staffInBrowser) throws IOException {
		window(width, height);
		String name = "Trần Thị Hành " + UUID.randomUUID().toString().substring(0, 6);
		open("/thu-tuc/" + PROCEDURE);
		step("thu-tuc");
		page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Nộp hồ sơ trực tuyến")).first().click();
		assertThat(text()).contains("Nộp hồ sơ trực tuyến");
		assertAccessible();

		// every missing field is shown at once
		submitButton("Nộp hồ sơ").click();
		page.waitForLoadState();
		step("loi-tat-ca-truong");
		Locator errors = page.locator("p.error");
		assertThat(errors.count()).isGreaterThanOrEqualTo(5);
		assertThat(text()).contains("Cần họ tên người nộp", "Cần số điện thoại hoặc thư điện tử",
				"Cần tải lên bản chụp hoặc bản điện tử của \"Ảnh 4x6 cm");

		page.getByLabel("Họ và tên").fill(name);
		page.getByLabel("Số CCCD / hộ chiếu").fill("042190001234");
		page.getByLabel("Điện thoại").fill("0912345678");
		page.getByLabel("Địa chỉ").fill("Phường Trần Phú, Hà Tĩnh");
		page.locator("#file_TK").setInputFiles(pdf("to-khai.pdf", "To khai " + name));
		page.locator("#file_QD").setInputFiles(pdf("quyet-dinh.pdf", "Quyet dinh cu di cong tac"));
		page.locator("#file_ANH").setInputFiles(pdf("anh.pdf", "Anh 4x6"));
		step("dien-du");
		submitButton("Nộp hồ sơ").click();
		page.waitForURL(Pattern.compile(".*/nop-truc-tuyen/da-nop/.*"));
		String code = page.locator("#dossier-code").innerText().trim();
		String key = page.locator("#lookup-key").innerText().trim();
		step("da-nop");
		page.reload();
		step("tai-lai-trang-xac-nhan");
		assertThat(page.locator("#dossier-code").innerText()).isEqualTo(code);
		assertThat(dossiersOf(name)).as("a refresh creates nothing").isEqualTo(1);

		// the citizen sees "waiting for the desk", not "received"
		lookup(code, key);
		step("tra-cuu-cho-tiep-nhan");
		assertThat(text()).contains("Mới đăng ký", "Nộp hồ sơ trực tuyến (chờ tiếp nhận)");

		if (staffInBrowser) {
			as("motcua");
			open("/");
			assertThat(page.locator("#inbox-TO_ACCEPT").innerText()).containsPattern("\\d+");
			page.locator("#inbox-TO_ACCEPT").click();
			step("hop-viec-cho-tiep-nhan");
			open("/ho-so/" + code);
			step("ho-so-truc-tuyen");
			Locator file = page.locator("a.paper-file").first();
			APIResponse opened = context.request().get(url(file.getAttribute("href")));
			assertThat(opened.headers().get("content-type")).isEqualTo("application/pdf");
			assertThat(opened.headers().get("content-disposition")).startsWith("inline");
			assertThat(pdfText(opened.body())).contains(ascii("To khai " + name));
			submitButton("Tiếp nhận hồ sơ trực tuyến").click();
			page.waitForLoadState();
			step("da-tiep-nhan");
			assertThat(text()).contains("Đã tiếp nhận");

			as("truongphong");
			open("/ho-so/" + code);
			assertThat(stepLinks()).contains("Phân công", "Xin lỗi, hẹn lại").doesNotContain("Phê duyệt");
			link("Phân công").click();
			page.getByLabel("Chuyên viên xử lý").selectOption("chuyenvien");
			assertAccessible();
			step("phan-cong");
			submitButton("Phân công").click();
			page.waitForLoadState();
			assertThat(text()).contains("Đang xử lý", "chuyenvien");

			as("chuyenvien");
			open("/ho-so/" + code);
			step("chuyen-vien-mo-ho-so");
			link("Yêu cầu bổ sung").click();
			assertThat(page.locator("label[for=overrideReason]").innerText())
				.isEqualTo("Lý do (khi yêu cầu bổ sung lần hai hoặc quá 3 ngày làm việc)");
			assertThat(page.locator("#assignee").count()).as("only the step's own fields").isZero();
			page.getByLabel("Nội dung cần bổ sung, hoàn thiện").fill("Ảnh 4x6 cm chưa rõ mặt; đề nghị nộp lại ảnh.");
			step("yeu-cau-bo-sung");
			submitButton("Yêu cầu bổ sung").click();
			page.waitForLoadState();
			assertThat(text()).contains("Chờ bổ sung");
		}
		else {
			staff("ACCEPT", code, null, null);
			staff("ASSIGN", code, null, "chuyenvien");
			staff("REQUEST_SUPPLEMENT", code, "Ảnh 4x6 cm chưa rõ mặt; đề nghị nộp lại ảnh.", null);
		}

		// the citizen sends the supplement online
		citizen(width, height);
		lookup(code, key);
		assertThat(text()).contains("Chờ bổ sung", "Ảnh 4x6 cm chưa rõ mặt");
		page.locator("#file_ANH").setInputFiles(pdf("anh-moi.pdf", "Anh moi " + name));
		step("gui-bo-sung");
		submitButton("Gửi hồ sơ bổ sung").click();
		page.waitForLoadState();
		step("da-gui-bo-sung");
		assertThat(text()).contains("Đã gửi hồ sơ bổ sung");

		String result = "Ket qua ho so " + code;
		if (staffInBrowser) {
			as("motcua");
			open("/ho-so/" + code);
			assertThat(page.locator("a.paper-file").count()).as("the citizen's new scan is there").isEqualTo(4);
			submitButton("Nhận hồ sơ bổ sung").click();
			page.waitForLoadState();
			step("nhan-bo-sung");
			assertThat(text()).contains("Đang xử lý");

			as("chuyenvien");
			open("/ho-so/" + code);
			link("Trình duyệt").click();
			page.getByLabel("Ghi chú (không bắt buộc)").fill("Đủ điều kiện cấp hộ chiếu.");
			submitButton("Trình duyệt").click();
			page.waitForLoadState();
			assertThat(text()).contains("Chờ phê duyệt");

			as("truongphong");
			open("/");
			assertThat(page.locator("#inbox-TO_APPROVE")).isNotNull();
			page.locator("#inbox-TO_APPROVE").click();
			step("hop-viec-cho-phe-duyet");
			assertThat(text()).contains(code);
			open("/ho-so/" + code);
			link("Phê duyệt").click();
			step("xac-nhan-phe-duyet");
			assertThat(text()).contains("Xác nhận phê duyệt hồ sơ " + code, "không hoàn tác");
			submitButton("Xác nhận phê duyệt").click();
			page.waitForLoadState();
			assertThat(text()).contains("Đã phê duyệt");
			link("Hoàn thành").click();
			page.getByLabel("Kết quả số hóa").setInputFiles(pdf("ket-qua.pdf", result));
			step("hoan-thanh");
			submitButton("Hoàn thành").click();
			page.waitForLoadState();
			assertThat(text()).contains("Đã xử lý xong", "mở tệp kết quả");

			as("motcua");
			open("/ho-so/" + code);
			submitButton("Ghi nhận thu").click();
			page.waitForLoadState();
			link("Trả kết quả").click();
			step("xac-nhan-tra-ket-qua");
			submitButton("Xác nhận trả kết quả").click();
			page.waitForLoadState();
			step("da-tra-ket-qua");
			assertThat(text()).contains("Đã trả kết quả");
		}
		else {
			staff("SUPPLEMENT_RECEIVED", code, null, null);
			staff("SUBMIT", code, null, null);
			staff("APPROVE", code, null, null);
			SystemTask.run(() -> {
				UUID file = files.store(new java.io.ByteArrayInputStream(pdfBytes(result)), "ket-qua.pdf",
						management.visible(code).agencyId()).id();
				management.act(code, new vn.motcua.dossier.DossierCommands.ActionCommand("COMPLETE", null, null, null,
						null, null, null, null, file));
			});
			SystemTask.run(() -> management.pay(code,
					new vn.motcua.dossier.DossierCommands.PaymentCommand(200_000L, "CASH", null)));
			staff("RETURN_RESULT", code, null, null);
		}

		// the citizen downloads the electronic result and rates
		citizen(width, height);
		lookup(code, key);
		step("tra-cuu-co-ket-qua");
		Download download = page.waitForDownload(() -> page.locator("#result-download").click());
		byte[] downloaded = Files.readAllBytes(download.path());
		assertThat(new String(downloaded, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(pdfText(downloaded)).contains(result);
		page.getByLabel("Rất hài lòng").check();
		submitButton("Gửi đánh giá").click();
		page.waitForLoadState();
		step("da-danh-gia");
		assertThat(text()).contains("Cảm ơn Ông/Bà đã đánh giá");
	}

	@Test
	void theDeskReceivesWithPapersAndAsksForTheMissingOne() throws IOException {
		as("motcua");
		String name = "Lê Văn Quầy " + UUID.randomUUID().toString().substring(0, 6);
		open("/ho-so/tiep-nhan");
		page.locator("#procedureCode").selectOption(PROCEDURE);
		page.locator("#papers table").waitFor();
		page.getByLabel("Họ và tên").fill(name);
		page.getByLabel("Điện thoại").fill("0987654321");
		page.getByLabel("Tên cơ quan, tổ chức").fill("Công ty TNHH Hồng Lĩnh Xanh");
		page.getByLabel("Người đại diện theo pháp luật").fill("Phan Đình Phùng");
		page.getByLabel("Mã số thuế").fill("30012345");
		submitButton("Tiếp nhận, hẹn trả (Mẫu 01)").click();
		page.waitForLoadState();
		step("ma-so-thue-sai");
		assertThat(text()).contains("Mã số thuế gồm 10 chữ số");
		page.getByLabel("Mã số thuế").fill("3001234567");
		tickPaper("Tờ khai đề nghị cấp hộ chiếu");
		tickPaper("Văn bản cử đi công tác");
		tickPaper("Ảnh 4x6 cm");
		page.locator("input[type=file][name='papers[0].scan']").setInputFiles(pdf("to-khai.pdf", "To khai quay " + name));
		step("tiep-nhan-du-giay-to");
		// a double click sends the form twice: one dossier
		submitButton("Tiếp nhận, hẹn trả (Mẫu 01)").dblclick();
		page.waitForURL(Pattern.compile(".*/ho-so/[^/]+-\\d{6}-\\d{4}$"));
		page.waitForLoadState();
		step("da-tiep-nhan");
		String code = page.url().substring(page.url().lastIndexOf('/') + 1);
		assertThat(text()).contains("Đã tiếp nhận hồ sơ " + code);
		assertThat(page.locator("#applicant-organisation").innerText()).contains("Công ty TNHH Hồng Lĩnh Xanh",
				"3001234567", "Phan Đình Phùng");
		assertThat(dossiersOf(name)).as("a double click creates one dossier").isEqualTo(1);
		assertThat(page.locator("a.paper-file").count()).isEqualTo(1);
		String mau01 = pdfText(context.request().get(url("/ho-so/" + code + "/mau/MAU01")).body());
		assertThat(mau01).contains(code, "Tờ khai đề nghị cấp hộ chiếu", "Ảnh 4x6 cm");

		// a required paper missing: Mẫu 02 is offered instead of accepting
		String second = name + " bổ sung";
		open("/ho-so/tiep-nhan?procedureCode=" + PROCEDURE);
		page.getByLabel("Họ và tên").fill(second);
		page.getByLabel("Điện thoại").fill("0987654322");
		tickPaper("Tờ khai đề nghị cấp hộ chiếu");
		tickPaper("Ảnh 4x6 cm");
		submitButton("Tiếp nhận, hẹn trả (Mẫu 01)").click();
		page.waitForLoadState();
		step("thieu-giay-to");
		assertThat(page.locator("#missing-papers").innerText()).contains("Văn bản cử đi công tác");
		assertThat(page.locator("#reason").inputValue()).contains("Văn bản cử đi công tác");
		assertThat(dossiersOf(second)).isZero();
		assertAccessible();
		submitButton("Yêu cầu bổ sung (Mẫu 02)").click();
		page.waitForURL(Pattern.compile(".*/ho-so/[^/]+-\\d{6}-\\d{4}$"));
		step("mau-02");
		String incomplete = page.url().substring(page.url().lastIndexOf('/') + 1);
		assertThat(text()).contains("Chờ bổ sung", "Mẫu 02");
		assertThat(pdfText(context.request().get(url("/ho-so/" + incomplete + "/mau/MAU02")).body()))
			.contains(incomplete, "Văn bản cử đi công tác");
	}

	@Test
	void anApologyIsOfferedOnlyBeforeTheAppointment() {
		var overdue = SystemTask.call(() -> queries.search(new Filter(null, null, null, null, null, null, null, null,
				"OVERDUE"), PageRequest.of(0, 50)).items())
			.stream()
			.filter(d -> !d.apologised() && vn.motcua.dossier.DossierAction.APOLOGISE.allowedFrom(d.status()))
			.findFirst();
		assertThat(overdue).as("the demo data has an overdue dossier in processing").isPresent();
		as("truongphong");
		open("/ho-so/" + overdue.get().code());
		step("ho-so-qua-han");
		assertThat(text()).contains("Quá hạn");
		assertThat(stepLinks()).doesNotContain("Xin lỗi, hẹn lại");
		assertThat(page.locator("a[href$='/mau/MAU04']").count()).isZero();
	}

	// ---- helpers -----------------------------------------------------------------------------------------------

	@Autowired
	vn.motcua.dossier.DossierManagement management;

	@Autowired
	vn.motcua.document.FileStore files;

	/** A fresh context of this size; pages of a loaded two-core CI machine get more time than the default. */
	private void window(int width, int height) {
		resize(width, height);
		page.setDefaultTimeout(30_000);
		page.setDefaultNavigationTimeout(60_000);
	}

	private void as(String user) {
		window(1280, 900);
		signIn(user);
	}

	private void citizen(int width, int height) {
		window(width, height);
	}

	private void staff(String action, String code, String reason, String assignee) {
		SystemTask.run(() -> management.act(code, new vn.motcua.dossier.DossierCommands.ActionCommand(action, reason,
				null, assignee, null, null, null, null)));
	}

	private void lookup(String code, String key) {
		open("/tra-cuu");
		page.getByLabel("Mã hồ sơ").fill(code);
		page.getByLabel("Mã tra cứu").fill(key);
		submitButton("Tra cứu").click();
		page.waitForLoadState();
	}

	private void tickPaper(String name) {
		page.locator("#papers tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(name))
			.locator("input[type=checkbox][name$='.present']")
			.check();
	}

	private long dossiersOf(String applicant) {
		return SystemTask.call(() -> queries.search(new Filter(null, null, null, null, null, null, null, applicant, null),
				PageRequest.of(0, 10)).total());
	}

	private List<String> stepLinks() {
		return page.locator("section[aria-labelledby=steps-title] .actions").locator("a, button").allInnerTexts();
	}

	private Locator link(String name) {
		return page.locator("section[aria-labelledby=steps-title]")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator submitButton(String name) {
		return page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private String text() {
		return page.locator("main").innerText();
	}

	private static FilePayload pdf(String fileName, String content) throws IOException {
		return new FilePayload(fileName, "application/pdf", pdfBytes(content));
	}

	/** A one-page PDF with the given line of (ASCII) text. */
	private static byte[] pdfBytes(String content) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage pdfPage = new PDPage();
			document.addPage(pdfPage);
			try (PDPageContentStream stream = new PDPageContentStream(document, pdfPage)) {
				stream.beginText();
				stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				stream.newLineAtOffset(72, 700);
				stream.showText(ascii(content));
				stream.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String ascii(String text) {
		return java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
