package vn.motcua.shared.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.InvalidInputException;

/**
 * A code sent as text ({@code "direct"}, {@code " ACCEPT "}) read into its enum: case and surrounding blanks do not
 * matter. An unknown or missing code is a 422 naming the field and every allowed value
 * ("Kênh nộp phải là DIRECT, ONLINE hoặc POSTAL").
 */
public final class EnumInput {

	private EnumInput() {
	}

	/**
	 * The constant named by {@code value}.
	 * @param field the JSON path of the field, for the error list
	 * @param subject what the field is, in Vietnamese ("Kênh nộp", "Thao tác"), to start the message
	 * @throws InvalidInputException if {@code value} names no constant
	 */
	public static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String field, String subject) {
		return read(type, value)
			.orElseThrow(() -> new InvalidInputException(field, subject + " phải là " + allowed(type, List.of())));
	}

	/**
	 * The constant named by {@code value}, among those {@code among} only (a field that takes a subset of an enum).
	 */
	@SafeVarargs
	public static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String field, String subject,
			E... among) {
		List<E> allowed = List.of(among);
		return read(type, value).filter(allowed::contains)
			.orElseThrow(() -> new InvalidInputException(field, subject + " phải là " + allowed(type, allowed)));
	}

	/** The constant named by {@code value}, if any; for callers that treat an unknown code their own way. */
	public static <E extends Enum<E>> Optional<E> read(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String name = value.trim().toUpperCase(Locale.ROOT);
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
	}

	/** "A, B hoặc C": the allowed names in declaration order. */
	static <E extends Enum<E>> String allowed(Class<E> type, List<E> among) {
		List<String> names = (among.isEmpty() ? Arrays.asList(type.getEnumConstants()) : among).stream()
			.map(Enum::name)
			.toList();
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " hoặc " + names.get(names.size() - 1);
	}
}
