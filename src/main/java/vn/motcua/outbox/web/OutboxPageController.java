package vn.motcua.outbox.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.outbox.MessageState;
import vn.motcua.outbox.OutboxManagement;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PageRequest;

/** The outbox page (hàng đợi gửi đi) for administrators: messages by state and destination, retry and cancel. */
@Controller("outgoingQueuePageController")
@RequestMapping("/quan-tri/hang-doi")
class OutboxPageController {

	private final OutboxManagement outbox;

	OutboxPageController(OutboxManagement outbox) {
		this.outbox = outbox;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		MessageState filter = null;
		try {
			filter = OutboxFilters.state(state);
		}
		catch (InvalidInputException e) {
			model.addAttribute("stateError", "Trạng thái không hợp lệ, đang hiện mọi trạng thái");
		}
		model.addAttribute("state", filter == null ? "" : filter.name());
		model.addAttribute("kind", kind == null ? "" : kind.trim());
		model.addAttribute("q", q == null ? "" : q.trim());
		model.addAttribute("states", MessageState.values());
		model.addAttribute("counts", outbox.counts());
		model.addAttribute("result", outbox.list(filter, kind, q, PageRequest.of(page == null || page < 0 ? 0 : page, 30)));
		return "outbox/queue";
	}

	@PostMapping("/{id}/gui-lai")
	String retry(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(() -> outbox.retry(id), "Đã đưa tin trở lại hàng đợi; tin sẽ được gửi theo thứ tự.", redirect);
	}

	@PostMapping("/{id}/huy")
	String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(() -> outbox.cancel(id), "Đã hủy tin; tin sau cùng hồ sơ sẽ được gửi tiếp.", redirect);
	}

	private String act(Runnable action, String done, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/quan-tri/hang-doi";
	}
}
