package vn.motcua.catalogue;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.shared.NavigationItem;

/** The catalogue's menu entry (the public search, also useful to staff). */
@Configuration(proxyBeanMethods = false)
class CatalogueNavigation {

	@Bean
	NavigationItem catalogueMenu() {
		return new NavigationItem("Tiện ích", "Thủ tục hành chính", "/thu-tuc", 790, List.of());
	}
}
