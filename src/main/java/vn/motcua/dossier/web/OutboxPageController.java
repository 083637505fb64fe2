package vn.motcua.dossier.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.DossierNotifications;
import vn.motcua.shared.PageRequest;

/** The e-mails to applicants, sent or waiting (the only place to read them when no SMTP server is set). */
@Controller
class OutboxPageController {

	private final DossierNotifications notifications;

	OutboxPageController(DossierNotifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/quan-tri/thu-di")
	String outbox(@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("result", notifications.outbox(PageRequest.of(page, 30)));
		model.addAttribute("mailConfigured", notifications.mailConfigured());
		model.addAttribute("q", null);
		return "dossier/outbox";
	}
}
