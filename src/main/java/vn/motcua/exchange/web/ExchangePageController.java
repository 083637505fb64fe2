package vn.motcua.exchange.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.exchange.ExchangeManagement;
import vn.motcua.exchange.MessageLog;
import vn.motcua.exchange.Peer;
import vn.motcua.exchange.PeerManagement;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.PageRequest;

/**
 * The administrator's exchange page (/quan-tri/lien-thong): this deployment's code and public keys to hand to the
 * other side, the trusted peers (add, edit, keys), and the message log with its integrity check. Also the "Chặng
 * liên thông" panel a dossier page loads.
 */
@Controller
class ExchangePageController {

	private final PeerManagement peers;

	private final MessageLog log;

	private final ExchangeManagement exchange;

	ExchangePageController(PeerManagement peers, MessageLog log, ExchangeManagement exchange) {
		this.peers = peers;
		this.log = log;
		this.exchange = exchange;
	}

	@GetMapping("/quan-tri/lien-thong")
	String page(@RequestParam(required = false) @Nullable Integer page, Model model) {
		return show(model, PeerForm.empty(), page);
	}

	@PostMapping("/quan-tri/lien-thong")
	String create(@ModelAttribute("form") PeerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (peers.exists(form.code())) {
			result.rejectValue("code", "exists", "Đã có hệ thống đối tác mã " + form.code());
			return show(model, form, null);
		}
		return FormErrors.attempt(result, () -> {
			Peer peer = peers.save(form.command(Optional.empty()));
			redirect.addFlashAttribute("message", "Đã thêm hệ thống đối tác " + peer.name());
			return "redirect:/quan-tri/lien-thong";
		}, () -> show(model, form, null));
	}

	@GetMapping("/quan-tri/lien-thong/doi-tac/{code}")
	String edit(@PathVariable String code, Model model) {
		Peer peer = peers.get(code);
		model.addAttribute("form", PeerForm.of(peer));
		model.addAttribute("peer", peer);
		return "exchange/peer-form";
	}

	/** The code is the peer's own, whatever the form sent. */
	@PostMapping("/quan-tri/lien-thong/doi-tac/{code}")
	String update(@PathVariable String code, @ModelAttribute("form") PeerForm sent, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Peer before = peers.get(code);
		PeerForm form = sent.withCode(before.code());
		return FormErrors.attempt(result, () -> {
			Peer peer = peers.save(form.command(Optional.of(before)));
			redirect.addFlashAttribute("message", "Đã lưu hệ thống đối tác " + peer.name());
			return "redirect:/quan-tri/lien-thong";
		}, () -> {
			FormErrors.show(model, result, form);
			model.addAttribute("peer", before);
			return "exchange/peer-form";
		});
	}

	@PostMapping("/quan-tri/lien-thong/khoa-moi")
	String rotate(RedirectAttributes redirect) {
		peers.rotateOwnKey();
		redirect.addFlashAttribute("message",
				"Đã tạo khóa ký mới; gửi khóa công khai mới cho các hệ thống đối tác trước khi bỏ khóa cũ");
		return "redirect:/quan-tri/lien-thong";
	}

	@PostMapping("/quan-tri/lien-thong/kiem-tra")
	String verify(Model model) {
		model.addAttribute("verification", log.verify());
		return show(model, PeerForm.empty(), null);
	}

	/** The "Chặng liên thông" panel of a dossier page (loaded by htmx); nothing when the dossier was not exchanged. */
	@GetMapping("/lien-thong/ho-so/{code}")
	String otherLeg(@PathVariable String code, Model model) {
		model.addAttribute("leg", exchange.otherLeg(code).orElse(null));
		return "exchange/leg :: leg";
	}

	private String show(Model model, PeerForm form, @Nullable Integer page) {
		model.addAttribute("identity", peers.ownIdentity());
		model.addAttribute("peers", peers.list());
		model.addAttribute("form", form);
		model.addAttribute("log", log.page(null, PageRequest.of(page, 30)));
		model.addAttribute("q", null);
		return "exchange/peers";
	}
}
