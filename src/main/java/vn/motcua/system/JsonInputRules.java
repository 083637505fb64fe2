package vn.motcua.system;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import vn.motcua.shared.VietnameseText;

/**
 * What every JSON body must respect before a controller sees it, in one place for every endpoint: no {@code null}
 * inside an array ({@code "fees": [null]}), no control character, NUL or bidirectional override inside a string (see
 * {@link VietnameseText#UNSAFE_CHARACTER_MESSAGE}), nesting at most {@value #MAX_DEPTH} deep. Each refusal is a 400
 * naming the field (ProblemHandler), before anything is stored.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputRules {

	static final int MAX_DEPTH = 40;

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		return builder -> builder.changeDefaultNullHandling(n -> JsonSetter.Value.construct(Nulls.DEFAULT, Nulls.FAIL))
			.addModule(new SimpleModule("motcua-safe-text").addDeserializer(String.class, new SafeText()));
	}

	@Bean
	JsonFactoryBuilderCustomizer shallowJson() {
		return builder -> builder
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
	}

	/** The standard string reading, then the unsafe-character check. */
	static final class SafeText extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (VietnameseText.unsafeCharacter(value) >= 0) {
				return context.reportInputMismatch(this, VietnameseText.UNSAFE_CHARACTER_MESSAGE);
			}
			return value;
		}
	}
}
