package vn.motcua.document;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a signed-in person downloads goes through page addresses with the session, never {@code /api/...}, with the
 * same checks as the API: a file of another agency is not found, a report file needs a reader.
 */
@MotCuaTest
class SessionDownloadTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Test
	void aStoredFileIsDownloadedWithTheSessionAndHiddenFromAnotherAgency() throws Exception {
		byte[] pdf = SampleFiles.pdf();
		String body = mvc.perform(multipart("/api/v1/files")
			.file(new MockMultipartFile("file", "Kết quả.pdf", "application/pdf", pdf))
			.with(httpBasic("motcua", PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String id = JsonPath.read(body, "$.id");
		mvc.perform(get("/tep/" + id).with(user("motcua").roles("RECEPTION_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(pdf));
		mvc.perform(get("/tep/" + id).with(user("quantri.stp").roles("AGENCY_ADMIN"))).andExpect(status().isNotFound());
		mvc.perform(get("/tep/" + id)).andExpect(status().is3xxRedirection());
	}

	@Test
	void reportFormsAreDownloadedFromThePageWithTheSession() throws Exception {
		mvc.perform(get("/bao-cao/II.06a/tai-ve").param("period", "2026-Q3").param("format", "xlsx")
			.with(user("kiemsoat").roles("CONTROL_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("Bieu-II.06a-SNV-HT-2026-Q3.xlsx")));
		mvc.perform(get("/bao-cao/II.06a/tai-ve").param("period", "2026-Q3").param("format", "pdf")
			.with(user("kiemsoat").roles("CONTROL_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		mvc.perform(get("/bao-cao/II.06a/tai-ve").param("period", "2026-Q3").param("format", "exe")
			.with(user("kiemsoat").roles("CONTROL_OFFICER")))
			.andExpect(status().isUnprocessableEntity());
	}

	@Test
	void noPageLinksToTheApi() throws Exception {
		mvc.perform(get("/bao-cao/II.06a").param("period", "2026-Q3").with(user("kiemsoat").roles("CONTROL_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/bao-cao/II.06a/tai-ve?")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/api/"))));
	}
}
