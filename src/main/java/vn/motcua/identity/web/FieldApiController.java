package vn.motcua.identity.web;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.identity.Field;
import vn.motcua.identity.FieldManagement;
import vn.motcua.identity.FieldManagement.FieldCommand;

/** Fields (lĩnh vực) over HTTP. */
@RestController
@RequestMapping("/api/v1/fields")
class FieldApiController {

	private final FieldManagement fields;

	FieldApiController(FieldManagement fields) {
		this.fields = fields;
	}

	/** A field as clients see it. */
	record FieldView(String code, String name, boolean active) {
		static FieldView of(Field field) {
			return new FieldView(field.code(), field.name(), field.active());
		}
	}

	/** Every field, ordered by name. */
	@GetMapping
	List<FieldView> list() {
		return fields.all().stream().map(FieldView::of).toList();
	}

	/** One field by code. */
	@GetMapping("/{code}")
	FieldView get(@PathVariable String code) {
		return FieldView.of(fields.get(code));
	}

	/** Creates a field; 409 when the code is taken. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	FieldView create(@Valid @RequestBody FieldCommand command) {
		return FieldView.of(fields.create(command));
	}

	/** Renames or deactivates a field; the code stays. */
	@PutMapping("/{code}")
	FieldView update(@PathVariable String code, @Valid @RequestBody FieldCommand command) {
		return FieldView.of(fields.update(code, command));
	}
}
