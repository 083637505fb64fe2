package vn.motcua.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fields (lĩnh vực) as other modules read them. Read-only; the {@code Fields} table stays inside the identity
 * module and changes go through {@link FieldManagement}.
 */
@Component
@Transactional(readOnly = true)
public class FieldDirectory {

	private final Fields fields;

	FieldDirectory(Fields fields) {
		this.fields = fields;
	}

	public Optional<Field> findByCode(String code) {
		return fields.findByCode(code);
	}

	public Optional<Field> findById(UUID id) {
		return fields.findById(id);
	}

	/** All fields, by name in Vietnamese order. */
	public List<Field> findAll() {
		return fields.findAll();
	}
}
