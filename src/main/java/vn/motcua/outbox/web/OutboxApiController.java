package vn.motcua.outbox.web;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.outbox.MessageState;
import vn.motcua.outbox.OutboxEntry;
import vn.motcua.outbox.OutboxManagement;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;

/** The outbox over HTTP, for administrators: list, counts, retry, cancel. */
@RestController
@RequestMapping("/api/v1/outbox")
class OutboxApiController {

	private final OutboxManagement outbox;

	OutboxApiController(OutboxManagement outbox) {
		this.outbox = outbox;
	}

	/**
	 * Messages of the caller's agencies, newest first; {@code state} is WAITING, IN_FLIGHT, DELIVERED, FAILED, DEAD or
	 * CANCELLED, {@code kind} a destination kind (PORTAL, PEER), {@code key} part of an ordering key (a dossier code).
	 */
	@GetMapping
	PageResult<OutboxEntry> list(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String key,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return outbox.list(OutboxFilters.state(state), kind, key, PageRequest.of(page, size));
	}

	/** How many messages of the caller's agencies are in each state. */
	@GetMapping("/counts")
	Map<MessageState, Long> counts() {
		return outbox.counts();
	}

	/** One message, without its payload. */
	@GetMapping("/{id}")
	OutboxEntry find(@PathVariable UUID id) {
		return outbox.find(id);
	}

	/** Sends a failed, dead-lettered or cancelled message again (409 otherwise). */
	@PostMapping("/{id}/retry")
	OutboxEntry retry(@PathVariable UUID id) {
		return outbox.retry(id);
	}

	/** Cancels a message that is waiting, failed or dead-lettered (409 otherwise). */
	@PostMapping("/{id}/cancel")
	OutboxEntry cancel(@PathVariable UUID id) {
		return outbox.cancel(id);
	}
}
