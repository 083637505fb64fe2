package vn.motcua.outbox;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.InvalidInputException;

/**
 * Where a message goes: a kind, which names the {@link Deliverer} that sends it ({@code PORTAL}, {@code PEER}), and
 * for some kinds a target within it (the peer's code). Written {@code KIND} or {@code KIND:target}.
 */
public record Destination(String kind, @Nullable String target) {

	public Destination {
		if (kind.isBlank() || !kind.matches("[A-Z][A-Z0-9_-]{0,39}")) {
			throw new InvalidInputException("destination", "Loại đích không hợp lệ: " + kind);
		}
		if (target != null && (target.isBlank() || target.length() > 79)) {
			throw new InvalidInputException("destination", "Đích không hợp lệ: " + target);
		}
	}

	public static Destination of(String kind) {
		return new Destination(kind, null);
	}

	public static Destination of(String kind, String target) {
		return new Destination(kind, target);
	}

	/** Reads {@code KIND} or {@code KIND:target}. */
	public static Destination parse(String text) {
		int colon = text.indexOf(':');
		return colon < 0 ? of(text) : of(text.substring(0, colon), text.substring(colon + 1));
	}

	@Override
	public String toString() {
		return target == null ? kind : kind + ":" + target;
	}
}
