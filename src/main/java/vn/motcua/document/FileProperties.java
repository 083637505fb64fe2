package vn.motcua.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code motcua.files}. The folder is {@code motcua.file-store} (default
 * {@code <motcua.data-dir>/files}); see {@link DocumentConfiguration}.
 *
 * @param maxSize the largest upload; larger ones are refused with 413. Keep
 * {@code spring.servlet.multipart.max-file-size} at the same value (application.properties derives it from this one)
 */
@ConfigurationProperties("motcua.files")
record FileProperties(@DefaultValue("20MB") DataSize maxSize) {
}
