package vn.motcua.identity.web;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.Field;
import vn.motcua.identity.FieldManagement.FieldCommand;

/** The field (lĩnh vực) form, as typed; the service validates its command. An unticked box is {@code false}. */
record FieldForm(@Nullable String code, @Nullable String name, @Nullable Boolean active) {

	/** A blank form for a new, active field. */
	static FieldForm empty() {
		return new FieldForm(null, null, true);
	}

	static FieldForm of(Field field) {
		return new FieldForm(field.code(), field.name(), field.active());
	}

	/** The command for the field {@code code} (an edit page sends no code of its own). */
	FieldCommand command(@Nullable String code) {
		return new FieldCommand(code, name, Boolean.TRUE.equals(active));
	}
}
