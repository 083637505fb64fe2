package vn.motcua;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import vn.motcua.catalogue.CatalogueLabels;

/**
 * What a page template reads besides its model, for {@code @WebMvcTest} slices of page controllers: the menu, the
 * caller's agency and name (layout), the catalogue's labels, and a fixed clock
 * (2026-03-02 10:00 in Vietnam). Imported by {@link PageSlice}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PageSliceLayout {

	@Bean
	Clock clock() {
		return Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);
	}

	@Bean
	Object navigation() {
		return new Object() {
			public List<Object> groups() {
				return List.of();
			}
		};
	}

	@Bean
	Object currentAgency() {
		return new Object() {
			public String name() {
				return "Sở Ngoại vụ";
			}
		};
	}

	@Bean
	Object staffNames() {
		return new Object() {
			public String of(String username) {
				return username;
			}
		};
	}

	@Bean
	CatalogueLabels catalogueLabels() {
		return new CatalogueLabels();
	}
}
