package vn.motcua.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code motcua.limits}: the largest request body read into memory. Multipart uploads are capped by
 * {@code spring.servlet.multipart.*} and go to disk, not to the heap.
 *
 * @param body any JSON, text or other non-multipart body
 * @param importBody the JSON history imports ({@code POST …/import}), where large bodies are legitimate
 */
@ConfigurationProperties("motcua.limits")
public record RequestLimits(@DefaultValue("1MB") DataSize body, @DefaultValue("16MB") DataSize importBody) {

	/** The cap for a request to {@code path}. */
	long bodyLimit(String path) {
		return path.startsWith("/api/v1/") && path.endsWith("/import") ? importBody.toBytes() : body.toBytes();
	}
}
