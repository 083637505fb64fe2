package vn.motcua.feedback;

import org.jspecify.annotations.Nullable;

/** The person or organisation who sent the feedback (người phản ánh, kiến nghị). */
public record Sender(String name, @Nullable String phone, @Nullable String email, @Nullable String address,
		@Nullable String organisation) {
}
