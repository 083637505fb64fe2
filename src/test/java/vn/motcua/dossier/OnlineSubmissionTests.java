package vn.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;
import vn.motcua.shared.OneTimeForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.OneTimeToken.token;

/** A citizen submits online without signing in; the desk accepts and the legal time starts then. */
@MotCuaTest
class OnlineSubmissionTests {

	static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	@Autowired
	MockMvc mvc;

	@Autowired
	OneTimeForms forms;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCitizenSubmitsWithScansAndTheDeskAcceptsIt() throws Exception {
		mvc.perform(get("/nop-truc-tuyen/HN.000001")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Đề án tổ chức hội nghị")));
		mvc.perform(multipart("/nop-truc-tuyen/HN.000001")
			.file(new MockMultipartFile("file_CV", "cong-van.png", "image/png", PNG))
			.file(new MockMultipartFile("file_DA", "de-an.png", "image/png", PNG))
			.param("fullName", "Công ty TNHH Hội Thảo")
			.param("phone", "0912345000")
			.with(token(forms))
			.with(csrf()))
			.andExpect(redirectedUrlPattern("/nop-truc-tuyen/da-nop/*"));
		String code = jdbc.sql("select code from dossier where applicant_name = 'Công ty TNHH Hội Thảo'").query(String.class).single();
		mvc.perform(get("/api/v1/dossiers/" + code).with(httpBasic("motcua", "MotCua@2026")))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.nationalStatus").value(1))
			.andExpect(jsonPath("$.components.length()").value(2))
			.andExpect(jsonPath("$.components[0].digitised").value(true));
		mvc.perform(post("/api/v1/dossiers/" + code + "/actions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"ACCEPT\"}")
			.with(httpBasic("motcua", "MotCua@2026")))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.appointmentAt").isNotEmpty());
	}

	@Test
	void aMissingRequiredScanOrAForbiddenFileIsRefusedAndNothingIsStored() throws Exception {
		long before = jdbc.sql("select count(*) from dossier").query(Long.class).single();
		long filesBefore = jdbc.sql("select count(*) from stored_file").query(Long.class).single();
		mvc.perform(multipart("/nop-truc-tuyen/HN.000001")
			.file(new MockMultipartFile("file_CV", "cong-van.png", "image/png", PNG))
			.param("fullName", "Thiếu Đề Án").param("phone", "0912")
			.with(token(forms))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cần tải lên")));
		mvc.perform(multipart("/nop-truc-tuyen/HN.000001")
			.file(new MockMultipartFile("file_CV", "virus.pdf", "application/pdf", "MZ\u0090\u0000 not a pdf".getBytes()))
			.file(new MockMultipartFile("file_DA", "de-an.png", "image/png", PNG))
			.param("fullName", "Tệp Xấu").param("phone", "0912")
			.with(token(forms))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Loại tệp không được chấp nhận")));
		assertThat(jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from stored_file").query(Long.class).single()).isEqualTo(filesBefore);
	}

	@Test
	void theSameFormSentTwiceCreatesOneDossierAndBothAnswersShowIt() throws Exception {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletRequest page = new MockHttpServletRequest();
		page.setSession(session);
		String once = forms.issue(page);
		String[] answers = new String[2];
		for (int i = 0; i < 2; i++) {
			answers[i] = mvc.perform(multipart("/nop-truc-tuyen/HN.000001")
				.file(new MockMultipartFile("file_CV", "cong-van.png", "image/png", PNG))
				.file(new MockMultipartFile("file_DA", "de-an.png", "image/png", PNG))
				.param("fullName", "Bấm Hai Lần").param("phone", "0912345001")
				.param(OneTimeForms.PARAMETER, once)
				.session(session)
				.with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
		}
		assertThat(answers[1]).isEqualTo(answers[0]).startsWith("/nop-truc-tuyen/da-nop/");
		assertThat(jdbc.sql("select count(*) from dossier where applicant_name = 'Bấm Hai Lần'").query(Long.class).single())
			.isEqualTo(1);
		mvc.perform(get(answers[0]).session(session)).andExpect(content().string(containsString("Mã tra cứu")));
		// without a token issued by the page, nothing is created and the form says why
		mvc.perform(multipart("/nop-truc-tuyen/HN.000001")
			.file(new MockMultipartFile("file_CV", "cong-van.png", "image/png", PNG))
			.file(new MockMultipartFile("file_DA", "de-an.png", "image/png", PNG))
			.param("fullName", "Không Có Mã").param("phone", "0912345002")
			.param(OneTimeForms.PARAMETER, "forged")
			.with(csrf()))
			.andExpect(redirectedUrl("/nop-truc-tuyen/HN.000001"))
			.andExpect(flash().attribute("error", OneTimeForms.EXPIRED));
		assertThat(jdbc.sql("select count(*) from dossier where applicant_name = 'Không Có Mã'").query(Long.class).single())
			.isZero();
	}
}
