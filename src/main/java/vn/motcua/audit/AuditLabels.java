package vn.motcua.audit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;

/**
 * The audit log's words in Vietnamese, from one place ({@code audit/labels.properties}): what was done and to what
 * kind of record. A code without a label is shown as it is, so a new action is visible rather than hidden.
 */
public final class AuditLabels {

	private static final Properties LABELS = load();

	private AuditLabels() {
	}

	/** "Tiếp nhận", "Trình duyệt" …: the label of {@code action} on a record of {@code entityType}. */
	public static String action(String entityType, String action) {
		String specific = LABELS.getProperty(entityType + "." + action);
		return specific != null ? specific : LABELS.getProperty("action." + action, action);
	}

	/** "Hồ sơ", "Người dùng" …: the kind of record in Vietnamese. */
	public static String entity(String entityType) {
		return LABELS.getProperty("entity." + entityType, entityType);
	}

	/** Every kind of record with its label, for the filter of the audit page. */
	public static Map<String, String> entities() {
		Map<String, String> entities = new LinkedHashMap<>();
		LABELS.stringPropertyNames()
			.stream()
			.filter(key -> key.startsWith("entity."))
			.map(key -> key.substring(7))
			.sorted((a, b) -> entity(a).compareTo(entity(b)))
			.forEach(type -> entities.put(type, entity(type)));
		return entities;
	}

	private static Properties load() {
		Properties labels = new Properties();
		try (Reader in = new InputStreamReader(new ClassPathResource("audit/labels.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			labels.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read audit/labels.properties", ex);
		}
		return labels;
	}
}
