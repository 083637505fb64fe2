package vn.motcua.feedback;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.MotCuaTest;
import vn.motcua.shared.OneTimeForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.OneTimeToken.token;

/** The staff and public feedback pages: intake, inbox, detail with its actions, the public form, lookup and answers. */
@MotCuaTest
class FeedbackPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OneTimeForms forms;

	@Autowired
	JdbcClient jdbc;

	long rows() {
		return jdbc.sql("select count(*) from feedback").query(Long.class).single();
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void theDeskRecordsAPhoneCallAndTheControlOfficerClassifiesItOnItsPage() throws Exception {
		mvc.perform(post("/pakn/tiep-nhan").param("channel", "PHONE")
			.param("name", "Lý Thị Yến")
			.param("phone", "0987654321")
			.param("kind", "BEHAVIOUR")
			.param("fieldCode", "DOI_NGOAI")
			.param("content", "Cán bộ một cửa không hướng dẫn thủ tục xin phép xuất cảnh")
			.with(user("motcua").roles("RECEPTION_OFFICER"))
			.with(csrf())).andExpect(redirectedUrlPattern("/pakn/PA-*"));
		String number = jdbc.sql("select number from feedback where sender_name = 'Lý Thị Yến'").query(String.class).single();
		mvc.perform(get("/pakn/" + number).with(user("kiemsoat").roles("CONTROL_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Lý Thị Yến"), containsString("Phân loại"),
					containsString("Quá trình xử lý"), containsString("Đã tiếp nhận"))));
		mvc.perform(get("/pakn/" + number).with(user("motcua").roles("RECEPTION_OFFICER")))
			.andExpect(content().string(allOf(not(containsString(">Phân loại<")), containsString("Từ chối tiếp nhận"))));
		mvc.perform(post("/pakn/" + number + "/thao-tac").param("action", "CLASSIFY")
			.param("kind", "REGULATION")
			.param("inScope", "true")
			.with(user("kiemsoat").roles("CONTROL_OFFICER"))
			.with(csrf())).andExpect(redirectedUrlPattern("/pakn/*"));
		assertThat(jdbc.sql("select status || ' ' || kind from feedback where number = ?").param(number)
			.query(String.class).single()).isEqualTo("CLASSIFIED REGULATION");
		// a missing answer is reported on the page, nothing changes
		mvc.perform(post("/pakn/" + number + "/thao-tac").param("action", "RESOLVE")
			.with(user("chuyenvien").roles("PROCESSING_OFFICER"))
			.with(csrf())).andExpect(redirectedUrlPattern("/pakn/*"));
		assertThat(jdbc.sql("select status from feedback where number = ?").param(number).query(String.class).single())
			.isEqualTo("CLASSIFIED");
		mvc.perform(get("/pakn").param("q", "ly thi yen").with(user("xem").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(number), containsString("Quá hạn"),
					containsString("Sắp đến hạn"))));
		mvc.perform(get("/pakn").param("inbox", "OPEN").param("kind", "REGULATION").param("fieldCode", "DOI_NGOAI")
			.with(user("xem").roles("VIEWER"))).andExpect(content().string(containsString(number)));
		mvc.perform(get("/pakn/" + number).with(user("quantri.stp").roles("AGENCY_ADMIN")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theIntakeFormShowsErrorsBesideTheFieldsAndStoresNothing() throws Exception {
		long before = rows();
		mvc.perform(post("/pakn/tiep-nhan").param("channel", "PHONE")
			.param("name", "")
			.param("phone", "không có")
			.param("kind", "BEHAVIOUR")
			.param("content", "Nội dung")
			.with(user("motcua").roles("RECEPTION_OFFICER"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cần họ tên người phản ánh, kiến nghị")));
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void theReportPagesShowFormIi05aWithItsPrintedFormulas() throws Exception {
		mvc.perform(get("/bao-cao").with(user("kiemsoat").roles("CONTROL_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("II.05a")));
		mvc.perform(get("/bao-cao/II.05a").param("period", "2026").with(user("kiemsoat").roles("CONTROL_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("(3)=(4)+(5)=(6)+(7)"),
					containsString("(8)=(9)+(10)=(11)+(12)"), containsString("(13)=(14)+(15)"),
					containsString("Tên ngành, lĩnh vực có PAKN"))));
	}

	@Test
	void aCitizenSendsFeedbackFollowsItAndReadsPublishedAnswers() throws Exception {
		mvc.perform(get("/phan-anh")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Gửi phản ánh, kiến nghị")));
		MockHttpSession session = new MockHttpSession();
		String sent = mvc.perform(post("/phan-anh").param("agencyCode", "SNV-HT")
			.param("name", "Dương Văn Việt")
			.param("email", "viet@example.vn")
			.param("kind", "REGULATION")
			.param("content", "Đề nghị rút ngắn thời hạn cấp giấy phép tổ chức hội nghị quốc tế")
			.session(session)
			.with(token(forms))
			.with(csrf())
			.with(from("10.3.0.1")))
			.andExpect(redirectedUrlPattern("/phan-anh/da-gui/PA-*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		// the confirmation after the redirect shows the key again on a refresh, and only in the sender's session
		String page = mvc.perform(get(sent).session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã tra cứu")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mvc.perform(get(sent)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/phan-anh/tra-cuu");
		var row = jdbc.sql("select number, lookup_key from feedback where sender_name = 'Dương Văn Việt'")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
		assertThat(page).contains(row[0], row[1]);
		mvc.perform(get("/phan-anh/tra-cuu").param("number", row[0]).param("key", row[1]).with(from("10.3.0.1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã tiếp nhận")));
		mvc.perform(get("/phan-anh/tra-cuu").param("number", row[0]).param("key", "SAIMA123").with(from("10.3.0.1")))
			.andExpect(content().string(containsString("Vui lòng kiểm tra lại")));
		mvc.perform(get("/phan-anh/cong-khai")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Kết quả xử lý phản ánh, kiến nghị đã công khai")));
	}

	@Test
	void thePublicFormRefusesAnonymousFeedbackAndTooManySubmissions() throws Exception {
		long before = rows();
		mvc.perform(post("/phan-anh").param("agencyCode", "SNV-HT")
			.param("name", "Khuyết danh")
			.param("content", "Nội dung")
			.with(token(forms))
			.with(csrf())
			.with(from("10.4.0.1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cần số điện thoại, thư điện tử hoặc địa chỉ")));
		assertThat(rows()).isEqualTo(before);
		for (int i = 0; i < 9; i++) {
			mvc.perform(post("/phan-anh").param("agencyCode", "SNV-HT").param("name", "").with(token(forms)).with(csrf()).with(from("10.4.0.2")));
		}
		mvc.perform(post("/phan-anh").param("agencyCode", "SNV-HT")
			.param("name", "Ngô Thị Thảo")
			.param("phone", "0911222333")
			.param("content", "Nội dung hợp lệ")
			.with(token(forms))
			.with(csrf())
			.with(from("10.4.0.2")))
			.andExpect(redirectedUrlPattern("/phan-anh/da-gui/PA-*"));
		mvc.perform(post("/phan-anh").param("agencyCode", "SNV-HT")
			.param("name", "Ngô Thị Thảo")
			.param("phone", "0911222333")
			.param("content", "Nội dung hợp lệ lần hai")
			.with(token(forms))
			.with(csrf())
			.with(from("10.4.0.2")))
			.andExpect(content().string(containsString("quá nhiều lần")));
		assertThat(rows()).isEqualTo(before + 1);
	}
}
