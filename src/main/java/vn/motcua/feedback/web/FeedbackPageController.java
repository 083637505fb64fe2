package vn.motcua.feedback.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackCommands.ActionCommand;
import vn.motcua.feedback.FeedbackKind;
import vn.motcua.feedback.FeedbackManagement;
import vn.motcua.feedback.FeedbackQueries;
import vn.motcua.feedback.FeedbackQueries.Filter;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.feedback.Satisfaction;
import vn.motcua.identity.FieldDirectory;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PageRequest;

/** Staff pages: the feedback inbox (hộp phản ánh), intake by phone, letter, e-mail or at the desk, and the detail. */
@Controller
@RequestMapping("/pakn")
class FeedbackPageController {

	private final FeedbackManagement management;

	private final FeedbackQueries queries;

	private final FieldDirectory fields;

	FeedbackPageController(FeedbackManagement management, FeedbackQueries queries, FieldDirectory fields) {
		this.management = management;
		this.queries = queries;
		this.fields = fields;
	}

	/** The filters of the list page, kept in the links. */
	record PageFilter(@Nullable String inbox, @Nullable String status, @Nullable String kind,
			@Nullable String fieldCode, @Nullable String channel, @Nullable String q, @Nullable LocalDate from,
			@Nullable LocalDate to) {
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String inbox,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String fieldCode,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		PageFilter filter = new PageFilter(blankToNull(inbox), blankToNull(status), blankToNull(kind),
				blankToNull(fieldCode), blankToNull(channel), blankToNull(q), from, to);
		try {
			model.addAttribute("result", queries.search(new Filter(filter.status(), filter.kind(), filter.fieldCode(),
					filter.channel(), filter.inbox(), filter.q(), from, to), PageRequest.of(page, 50)));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("result", queries.search(new Filter(null, null, null, null, null, null, null, null),
					PageRequest.of(0, 50)));
		}
		model.addAttribute("filter", filter);
		model.addAttribute("counts", queries.inboxCounts());
		model.addAttribute("statuses", FeedbackStatus.values());
		model.addAttribute("kinds", FeedbackKind.values());
		model.addAttribute("channels", FeedbackChannel.values());
		model.addAttribute("fields", fields.findAll());
		return "feedback/list";
	}

	@GetMapping("/tiep-nhan")
	String intakeForm(Model model) {
		return intake(model, FeedbackForm.forDesk());
	}

	private String intake(Model model, FeedbackForm form) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", FeedbackKind.values());
		model.addAttribute("channels", List.of(FeedbackChannel.PHONE, FeedbackChannel.LETTER, FeedbackChannel.EMAIL,
				FeedbackChannel.DIRECT, FeedbackChannel.PORTAL));
		model.addAttribute("fields", fields.findAll().stream().filter(f -> f.active()).toList());
		return "feedback/intake";
	}

	@PostMapping("/tiep-nhan")
	String receive(@ModelAttribute("form") FeedbackForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			Feedback feedback = management.intake(form.intake(), null).feedback();
			redirect.addFlashAttribute("message", "Đã tiếp nhận phản ánh " + feedback.number()
					+ ". Mã tra cứu để báo cho người phản ánh: " + feedback.lookupKey());
			return "redirect:/pakn/" + feedback.number();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(new InvalidInputException(ex.errors()
				.stream()
				.map(p -> new InvalidInputException.FieldProblem(FeedbackForm.pageField(p.field()), p.message()))
				.toList()), result);
			return intake(model, form);
		}
		catch (ForbiddenException ex) {
			result.reject("forbidden", ex.getMessage());
			return intake(model, form);
		}
	}

	@GetMapping("/{number}")
	String detail(@PathVariable String number, Model model) {
		Feedback feedback = management.visible(number);
		model.addAttribute("feedback", queries.view(feedback, false));
		model.addAttribute("actions", management.allowedActions(feedback));
		model.addAttribute("kinds", FeedbackKind.values());
		model.addAttribute("satisfactions", Satisfaction.values());
		model.addAttribute("fields", fields.findAll().stream().filter(f -> f.active()).toList());
		return "feedback/detail";
	}

	@PostMapping("/{number}/thao-tac")
	String act(@PathVariable String number, @RequestParam String action,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable Boolean inScope,
			@RequestParam(required = false) @Nullable String fieldCode,
			@RequestParam(required = false) @Nullable String target,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String answer,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String satisfaction, RedirectAttributes redirect) {
		try {
			Feedback feedback = management.act(number, new ActionCommand(action, kind, inScope, fieldCode, target,
					reason, answer, note, satisfaction));
			redirect.addFlashAttribute("message",
					"Đã thực hiện. Phản ánh đang ở trạng thái \"" + feedback.status().label() + "\".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionError", ex.errors().get(0).message());
			redirect.addFlashAttribute("actionField", ex.errors().get(0).field());
			redirect.addFlashAttribute("lastAction", action);
		}
		catch (ConflictException | ForbiddenException ex) {
			redirect.addFlashAttribute("actionError", ex.getMessage());
		}
		return "redirect:/pakn/" + number;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
