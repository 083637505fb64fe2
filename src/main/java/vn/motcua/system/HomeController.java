package vn.motcua.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: a public landing page for citizens, a workspace overview for staff. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}
}
