package vn.motcua.outbox.web;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import vn.motcua.outbox.MessageState;
import vn.motcua.shared.InvalidInputException;

/** Reads the state filter of the outbox list (page and API). */
final class OutboxFilters {

	private OutboxFilters() {
	}

	static @Nullable MessageState state(@Nullable String state) {
		if (state == null || state.isBlank()) {
			return null;
		}
		return Arrays.stream(MessageState.values())
			.filter(s -> s.name().equals(state.trim()))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("state",
					"Trạng thái phải là một trong " + Arrays.toString(MessageState.values())));
	}
}
