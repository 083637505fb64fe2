package vn.motcua.control.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.control.ControlCommands.TicketCommand;
import vn.motcua.control.DeskQueue;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;

/** The one-stop desk's queue (xếp hàng, gọi số) and its waiting times. */
@Controller
@RequestMapping("/kiem-soat/quay-mot-cua")
class DeskPageController {

	private final DeskQueue desk;

	private final Clock clock;

	DeskPageController(DeskQueue desk, Clock clock) {
		this.desk = desk;
		this.clock = clock;
	}

	@GetMapping
	String desk(@RequestParam(name = "ngay", required = false) @Nullable @DateTimeFormat(
			iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		var visits = desk.ofDay(null, day);
		model.addAttribute("visits", visits);
		model.addAttribute("zone", vn.motcua.shared.VietnamTime.ZONE);
		model.addAttribute("day", day != null ? day : vn.motcua.shared.VietnamTime.today(clock));
		model.addAttribute("average", visits.stream()
			.map(v -> v.waitMinutes())
			.filter(java.util.Objects::nonNull)
			.mapToDouble(Double::doubleValue)
			.average()
			.orElse(Double.NaN));
		return "control/desk";
	}

	@PostMapping
	String take(@RequestParam(required = false) @Nullable String purpose, RedirectAttributes redirect) {
		try {
			var visit = desk.take(new TicketCommand(null, purpose, null));
			redirect.addFlashAttribute("message", "Đã cấp số " + visit.ticketNumber());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/kiem-soat/quay-mot-cua";
	}

	@PostMapping("/{id}/goi")
	String call(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			var visit = desk.call(id, null);
			redirect.addFlashAttribute("message", "Mời số " + visit.ticketNumber() + " đến quầy");
		}
		catch (ConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/kiem-soat/quay-mot-cua";
	}

	@PostMapping("/{id}/xong")
	String serve(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			var visit = desk.serve(id, null);
			redirect.addFlashAttribute("message", "Đã phục vụ xong số " + visit.ticketNumber());
		}
		catch (ConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/kiem-soat/quay-mot-cua";
	}
}
