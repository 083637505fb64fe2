package vn.motcua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.MotCuaTest;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.shared.SystemTask;
import vn.motcua.shared.UnsupportedMediaTypeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/files}: uploads sniffed by content, capped, hashed; nothing stored when refused; downloads only for
 * the owner agency's users; version chains; and the Java API's all-or-nothing storage.
 */
@MotCuaTest
class FileApiTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FileContents contents;

	@Autowired
	FileStore files;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	TransactionTemplate transactions;

	long rows() {
		return jdbc.sql("select count(*) from stored_file").query(Long.class).single();
	}

	long filesOnDisk() throws IOException {
		if (!Files.isDirectory(contents.root())) {
			return 0;
		}
		try (Stream<Path> walk = Files.walk(contents.root())) {
			return walk.filter(Files::isRegularFile).count();
		}
	}

	ResultActions upload(String user, String name, String declaredType, byte[] bytes) throws Exception {
		return mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", name, declaredType, bytes))
			.with(httpBasic(user, PASSWORD)));
	}

	static String id(MvcResult result) throws IOException {
		return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
	}

	@Nested
	class Upload {

		void uploadsAs(String name, byte[] bytes, String expectedType) throws Exception {
			MvcResult result = upload("motcua", name, "application/octet-stream", bytes)
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", startsWith("/api/v1/files/")))
				.andExpect(jsonPath("$.mediaType").value(expectedType))
				.andExpect(jsonPath("$.sha256").value(SampleFiles.sha256(bytes)))
				.andExpect(jsonPath("$.size").value(bytes.length))
				.andExpect(jsonPath("$.name").value(name))
				.andExpect(jsonPath("$.version").value(1))
				.andExpect(jsonPath("$.agencyCode").value("SNV-HT"))
				.andExpect(jsonPath("$.uploadedBy").value("motcua"))
				.andExpect(jsonPath("$.generated").value(false))
				.andReturn();
			mvc.perform(get("/api/v1/files/" + id(result) + "/content").with(httpBasic("motcua", PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(content().contentType(expectedType))
				.andExpect(content().bytes(bytes));
		}

		@Test
		void aPdfIsAccepted() throws Exception {
			uploadsAs("Tờ khai.pdf", SampleFiles.pdf(), "application/pdf");
		}

		@Test
		void aPngIsAccepted() throws Exception {
			uploadsAs("ảnh.png", SampleFiles.png(), "image/png");
		}

		@Test
		void aJpegIsAccepted() throws Exception {
			uploadsAs("chân dung.jpg", SampleFiles.jpeg(), "image/jpeg");
		}

		@Test
		void aDocxIsAccepted() throws Exception {
			uploadsAs("Đơn đề nghị.docx", SampleFiles.docx(), ContentSniffer.DOCX);
		}

		@Test
		void anXlsxIsAccepted() throws Exception {
			uploadsAs("Danh sách đại biểu.xlsx", SampleFiles.xlsx(), ContentSniffer.XLSX);
		}

		@Test
		void theTypeComesFromTheContentNotTheNameOrTheDeclaredType() throws Exception {
			upload("motcua", "scan.pdf", "application/pdf", SampleFiles.png()).andExpect(status().isCreated())
				.andExpect(jsonPath("$.mediaType").value("image/png"))
				.andExpect(jsonPath("$.name").value("scan.pdf.png"));
		}

		@Test
		void anExecutableNamedPdfIsRefusedAndNothingIsStored() throws Exception {
			long rows = rows();
			long onDisk = filesOnDisk();
			upload("motcua", "scan.pdf", "application/pdf", SampleFiles.exe())
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.title").value("Loại tệp không được chấp nhận"))
				.andExpect(jsonPath("$.detectedType", startsWith("application/x-")))
				.andExpect(jsonPath("$.accepted[0]").value("application/pdf"));
			assertThat(rows()).isEqualTo(rows);
			assertThat(filesOnDisk()).isEqualTo(onDisk);
		}

		@Test
		void aTextFileIsRefused() throws Exception {
			long onDisk = filesOnDisk();
			upload("motcua", "ghi-chu.pdf", "application/pdf", SampleFiles.text())
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(jsonPath("$.detectedType").value("text/plain"));
			assertThat(filesOnDisk()).isEqualTo(onDisk);
		}

		@Test
		void aFileOverTheCapIsRefusedWith413() throws Exception {
			long rows = rows();
			long onDisk = filesOnDisk();
			byte[] tooLarge = new byte[(int) files.maxSize() + 1];
			byte[] pdf = SampleFiles.pdf();
			System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
			upload("motcua", "lon.pdf", "application/pdf", tooLarge).andExpect(status().isContentTooLarge())
				.andExpect(jsonPath("$.title").value("Tệp quá lớn"))
				.andExpect(jsonPath("$.limit").value(20 * 1024 * 1024));
			assertThat(rows()).isEqualTo(rows);
			assertThat(filesOnDisk()).isEqualTo(onDisk);
		}

		@Test
		void anEmptyFileIsRefusedWith422() throws Exception {
			upload("motcua", "rong.pdf", "application/pdf", new byte[0]).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("file"));
		}

		@Test
		void withoutTheFilePartTheRequestIsBad() throws Exception {
			mvc.perform(multipart("/api/v1/files").param("x", "1").with(httpBasic("motcua", PASSWORD)))
				.andExpect(status().isBadRequest());
		}

		@Test
		void withoutCredentialsTheUploadAnswers401() throws Exception {
			long rows = rows();
			mvc.perform(multipart("/api/v1/files")
				.file(new MockMultipartFile("file", "a.pdf", "application/pdf", SampleFiles.pdf())))
				.andExpect(status().isUnauthorized());
			assertThat(rows()).isEqualTo(rows);
		}

		@Test
		void theNameIsKeptInNfcWithoutItsFolders() throws Exception {
			String nfd = Normalizer.normalize("C:\\Hồ sơ\\Giấy phép hội thảo.pdf", Normalizer.Form.NFD);
			upload("motcua", nfd, "application/pdf", SampleFiles.pdf()).andExpect(status().isCreated())
				.andExpect(jsonPath("$.name").value("Giấy phép hội thảo.pdf"));
		}

		@Test
		void aSystemAdministratorWithoutAnAgencyNamesTheOwner() throws Exception {
			upload("admin", "a.pdf", "application/pdf", SampleFiles.pdf()).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("agencyCode"));
			mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", "a.pdf", null, SampleFiles.pdf()))
				.param("agencyCode", "STP-HT")
				.with(httpBasic("admin", PASSWORD)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.agencyCode").value("STP-HT"));
		}

		@Test
		void anAgencyTheCallerCannotSeeCannotOwnTheUpload() throws Exception {
			mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", "a.pdf", null, SampleFiles.pdf()))
				.param("agencyCode", "STP-HT")
				.with(httpBasic("motcua", PASSWORD))).andExpect(status().isUnprocessableContent());
		}

		@Test
		void theUploadIsAudited() throws Exception {
			String id = id(upload("motcua", "a.pdf", null, SampleFiles.pdf()).andReturn());
			assertThat(jdbc.sql("select action from audit_entry where entity_type = 'StoredFile' and entity_key = ?")
				.param(id)
				.query(String.class)
				.list()).containsExactly("UPLOAD");
		}
	}

	@Nested
	class Download {

		@Test
		void theNameIsEncodedAndTheBrowserMayNotGuessTheType() throws Exception {
			byte[] pdf = SampleFiles.pdf();
			String id = id(upload("motcua", "Giấy tiếp nhận.pdf", null, pdf).andReturn());
			mvc.perform(get("/api/v1/files/" + id + "/content").with(httpBasic("xem", PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString("attachment")))
				.andExpect(header().string("Content-Disposition",
						containsString("filename*=UTF-8''Gi%E1%BA%A5y%20ti%E1%BA%BFp%20nh%E1%BA%ADn.pdf")))
				.andExpect(header().stringValues("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("ETag", containsString(SampleFiles.sha256(pdf))));
		}

		@Test
		void anotherAgencysUserGets404() throws Exception {
			String id = id(upload("motcua", "mat.pdf", null, SampleFiles.pdf()).andReturn());
			mvc.perform(get("/api/v1/files/" + id).with(httpBasic("quantri.stp", PASSWORD)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/files/" + id + "/content").with(httpBasic("quantri.stp", PASSWORD)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/files/" + id + "/versions").with(httpBasic("quantri.stp", PASSWORD)))
				.andExpect(status().isNotFound());
			mvc.perform(multipart("/api/v1/files/" + id + "/versions")
				.file(new MockMultipartFile("file", "b.pdf", null, SampleFiles.pdf()))
				.with(httpBasic("quantri.stp", PASSWORD))).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/files/" + id).with(httpBasic("admin", PASSWORD))).andExpect(status().isOk());
		}

		@Test
		void anUnknownFileIs404AndABadIdIs400() throws Exception {
			mvc.perform(get("/api/v1/files/" + UUID.randomUUID()).with(httpBasic("motcua", PASSWORD)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/files/khong-phai-uuid").with(httpBasic("motcua", PASSWORD)))
				.andExpect(status().isBadRequest());
		}
	}

	@Nested
	class Versions {

		@Test
		void aNewVersionKeepsTheOldOneAndTheChainIsLinear() throws Exception {
			byte[] first = SampleFiles.pdf();
			byte[] second = SampleFiles.docx();
			String v1 = id(upload("motcua", "Đề án.pdf", null, first).andReturn());
			String v2 = id(mvc.perform(multipart("/api/v1/files/" + v1 + "/versions")
				.file(new MockMultipartFile("file", "Đề án (sửa).docx", null, second))
				.with(httpBasic("chuyenvien", PASSWORD)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.version").value(2))
				.andExpect(jsonPath("$.previousId").value(v1))
				.andExpect(jsonPath("$.mediaType").value(ContentSniffer.DOCX))
				.andExpect(jsonPath("$.agencyCode").value("SNV-HT"))
				.andExpect(jsonPath("$.uploadedBy").value("chuyenvien"))
				.andReturn());
			mvc.perform(get("/api/v1/files/" + v1).with(httpBasic("motcua", PASSWORD)))
				.andExpect(jsonPath("$.replacedBy").value(v2));
			mvc.perform(get("/api/v1/files/" + v1 + "/content").with(httpBasic("motcua", PASSWORD)))
				.andExpect(content().bytes(first));
			mvc.perform(get("/api/v1/files/" + v2 + "/versions").with(httpBasic("motcua", PASSWORD)))
				.andExpect(jsonPath("$.length()").value(2))
				.andExpect(jsonPath("$[0].id").value(v1))
				.andExpect(jsonPath("$[1].id").value(v2));
			mvc.perform(multipart("/api/v1/files/" + v1 + "/versions")
				.file(new MockMultipartFile("file", "x.pdf", null, SampleFiles.pdf()))
				.with(httpBasic("motcua", PASSWORD)))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.state").value("REPLACED"));
		}

		@Test
		void aVersionIsSniffedLikeAnUpload() throws Exception {
			String v1 = id(upload("motcua", "a.pdf", null, SampleFiles.pdf()).andReturn());
			long onDisk = filesOnDisk();
			mvc.perform(multipart("/api/v1/files/" + v1 + "/versions")
				.file(new MockMultipartFile("file", "a.pdf", "application/pdf", SampleFiles.exe()))
				.with(httpBasic("motcua", PASSWORD))).andExpect(status().isUnsupportedMediaType());
			assertThat(filesOnDisk()).isEqualTo(onDisk);
		}
	}

	@Nested
	class JavaApi {

		UUID demoAgency() {
			return agencies.findByCode("SNV-HT").orElseThrow().id();
		}

		@Test
		void aGeneratedFileSkipsSniffingButIsHashed() throws IOException {
			byte[] bytes = "Sổ theo dõi hồ sơ".getBytes(StandardCharsets.UTF_8);
			StoredFile file = SystemTask
				.call(() -> files.storeGenerated(bytes, "Sổ theo dõi", "text/csv; charset=UTF-8", demoAgency()));
			assertThat(file.generated()).isTrue();
			assertThat(file.mediaType()).isEqualTo("text/csv;charset=utf-8");
			assertThat(file.sha256()).isEqualTo(SampleFiles.sha256(bytes));
			assertThat(file.uploadedBy()).isEqualTo("system");
			try (InputStream in = SystemTask.call(() -> files.open(file.id()))) {
				assertThat(in.readAllBytes()).isEqualTo(bytes);
			}
			StoredFile again = SystemTask.call(() -> files.storeGeneratedVersion(file.id(), SampleFiles.pdf(),
					"Giấy tiếp nhận", "application/pdf"));
			assertThat(again.version()).isEqualTo(2);
			assertThat(again.name()).isEqualTo("Giấy tiếp nhận.pdf");
		}

		@Test
		void anUploadThroughTheJavaApiIsSniffedToo() {
			assertThatThrownBy(() -> SystemTask.call(
					() -> files.store(new ByteArrayInputStream(SampleFiles.exe()), "scan.pdf", demoAgency())))
				.isInstanceOf(UnsupportedMediaTypeException.class);
		}

		@Test
		void whenTheCallersTransactionRollsBackTheBytesGoToo() throws IOException {
			long rows = rows();
			long onDisk = filesOnDisk();
			StoredFile stored = SystemTask.call(() -> transactions.execute(status -> {
				StoredFile file = files.store(new ByteArrayInputStream(SampleFiles.pdf()), "a.pdf", demoAgency());
				assertThat(contents.exists(jdbc.sql("select storage_key from stored_file where id = ?")
					.param(file.id())
					.query(String.class)
					.single())).isTrue();
				status.setRollbackOnly();
				return file;
			}));
			assertThat(stored).isNotNull();
			assertThat(rows()).isEqualTo(rows);
			assertThat(filesOnDisk()).isEqualTo(onDisk);
		}

		@Test
		void theJavaApiNeedsASignedInCaller() {
			assertThatThrownBy(() -> files.get(UUID.randomUUID()))
				.isInstanceOf(org.springframework.security.core.AuthenticationException.class);
		}
	}
}
