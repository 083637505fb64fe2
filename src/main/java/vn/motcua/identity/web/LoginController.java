package vn.motcua.identity.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Vietnamese sign-in page; Spring Security handles the POST. */
@Controller
class LoginController {

	private final ObjectProvider<ClientRegistrationRepository> oidcClients;

	LoginController(ObjectProvider<ClientRegistrationRepository> oidcClients) {
		this.oidcClients = oidcClients;
	}

	@GetMapping("/dang-nhap")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			Model model) {
		if (error != null) {
			model.addAttribute("error", switch (error) {
				case "unavailable" -> "Hệ thống tạm thời gián đoạn nên chưa kiểm tra được mật khẩu. Vui lòng thử lại sau "
						+ "ít giây.";
				case "oidc" -> "Không đăng nhập được qua hệ thống xác thực tập trung: tài khoản chưa được cấp trong "
						+ "hệ thống Một Cửa.";
				default -> "Tên đăng nhập hoặc mật khẩu không đúng. Sau nhiều lần sai, vui lòng thử lại sau ít phút.";
			});
		}
		model.addAttribute("loggedOut", logout != null);
		model.addAttribute("oidcEnabled", oidcClients.getIfAvailable() != null);
		return "identity/login";
	}
}
