package vn.motcua.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.shared.NotFoundException;

/** Loads every form definition from {@code classpath*:reports/forms/*.json} once. */
@Component
public class FormDefinitions {

	private final List<FormDefinition> forms;

	FormDefinitions(JsonMapper json) {
		List<FormDefinition> loaded = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:reports/forms/*.json")) {
				try (InputStream in = resource.getInputStream()) {
					loaded.add(json.readValue(in, FormDefinition.class));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the report form definitions", ex);
		}
		loaded.sort(Comparator.comparing(FormDefinition::code).thenComparing(FormDefinition::version));
		this.forms = List.copyOf(loaded);
	}

	/** The version of form {@code code} that applies to a period ending on {@code day}. */
	public FormDefinition find(String code, LocalDate day) {
		return forms.stream()
			.filter(f -> f.code().equalsIgnoreCase(code) && f.appliesTo(day))
			.max(Comparator.comparing(FormDefinition::version))
			.orElseThrow(() -> new NotFoundException("Không có biểu mẫu " + code + " áp dụng cho kỳ kết thúc ngày " + day));
	}

	/** Every loaded form, all versions. */
	public List<FormDefinition> all() {
		return forms;
	}
}
