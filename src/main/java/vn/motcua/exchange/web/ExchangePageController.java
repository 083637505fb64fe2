package vn.motcua.exchange.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import vn.motcua.exchange.PeerManagement.KeyData;
import vn.motcua.exchange.PeerManagement.PeerCommand;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.InvalidInputException;
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

	/** The peer form; agencies comma-separated, one public key per line. */
	public static class PeerForm {

		private String code = "";

		private String name = "";

		private String baseUrl = "";

		private String agencies = "";

		private String keys = "";

		private boolean active = true;

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getBaseUrl() {
			return baseUrl;
		}

		public void setBaseUrl(String baseUrl) {
			this.baseUrl = baseUrl;
		}

		public String getAgencies() {
			return agencies;
		}

		public void setAgencies(String agencies) {
			this.agencies = agencies;
		}

		public String getKeys() {
			return keys;
		}

		public void setKeys(String keys) {
			this.keys = keys;
		}

		public boolean isActive() {
			return active;
		}

		public void setActive(boolean active) {
			this.active = active;
		}
	}

	@GetMapping("/quan-tri/lien-thong")
	String page(@RequestParam(required = false) @Nullable Integer page, Model model) {
		return show(model, new PeerForm(), page);
	}

	@PostMapping("/quan-tri/lien-thong")
	String create(@ModelAttribute("form") PeerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (peers.exists(form.getCode())) {
			result.rejectValue("code", "exists", "Đã có hệ thống đối tác mã " + form.getCode());
			return show(model, form, null);
		}
		try {
			Peer peer = peers.save(command(form, Optional.empty()));
			redirect.addFlashAttribute("message", "Đã thêm hệ thống đối tác " + peer.name());
			return "redirect:/quan-tri/lien-thong";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		return show(model, form, null);
	}

	@GetMapping("/quan-tri/lien-thong/doi-tac/{code}")
	String edit(@PathVariable String code, Model model) {
		Peer peer = peers.get(code);
		PeerForm form = new PeerForm();
		form.setCode(peer.code());
		form.setName(peer.name());
		form.setBaseUrl(peer.baseUrl());
		form.setAgencies(String.join(", ", peer.agencies()));
		form.setKeys(String.join("\n", peer.keys().stream().map(Peer.PeerKey::publicKey).toList()));
		form.setActive(peer.active());
		model.addAttribute("form", form);
		model.addAttribute("peer", peer);
		return "exchange/peer-form";
	}

	@PostMapping("/quan-tri/lien-thong/doi-tac/{code}")
	String update(@PathVariable String code, @ModelAttribute("form") PeerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Peer before = peers.get(code);
		form.setCode(before.code());
		try {
			Peer peer = peers.save(command(form, Optional.of(before)));
			redirect.addFlashAttribute("message", "Đã lưu hệ thống đối tác " + peer.name());
			return "redirect:/quan-tri/lien-thong";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		model.addAttribute("peer", before);
		return "exchange/peer-form";
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
		return show(model, new PeerForm(), null);
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

	/** Keys typed again keep the validity they had; new ones are valid from now. */
	private static PeerCommand command(PeerForm form, Optional<Peer> before) {
		List<KeyData> keys = new ArrayList<>();
		for (String line : form.getKeys() == null ? new String[0] : form.getKeys().split("\\R")) {
			String key = line.strip();
			if (key.isEmpty()) {
				continue;
			}
			Optional<Peer.PeerKey> known = before.flatMap(p -> p.keys().stream().filter(k -> k.publicKey().equals(key)).findFirst());
			keys.add(new KeyData(key, known.map(k -> k.validFrom().atOffset(java.time.ZoneOffset.UTC)).orElse(null),
					known.map(Peer.PeerKey::validUntil).map(u -> u.atOffset(java.time.ZoneOffset.UTC)).orElse(null)));
		}
		List<String> agencies = Arrays.stream(form.getAgencies() == null ? new String[0] : form.getAgencies().split("[,;\\s]+"))
			.filter(a -> !a.isBlank())
			.toList();
		return new PeerCommand(form.getCode(), form.getName(), form.getBaseUrl(), agencies, form.isActive(), keys);
	}
}
