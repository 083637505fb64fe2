package vn.motcua.catalogue;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.shared.NavigationItem;

/** The catalogue's menu entries: the staff catalogue and decisions, and the public search (also useful to staff). */
@Configuration(proxyBeanMethods = false)
class CatalogueNavigation {

	@Bean
	NavigationItem catalogueMenu() {
		return new NavigationItem("Tiện ích", "Thủ tục hành chính", "/thu-tuc", 790, List.of());
	}

	@Bean
	NavigationItem catalogueAdminMenu() {
		return new NavigationItem("Kiểm soát TTHC", "Danh mục thủ tục", "/quan-tri/thu-tuc", 600, List.of());
	}

	@Bean
	NavigationItem publicationDecisionMenu() {
		return new NavigationItem("Kiểm soát TTHC", "Quyết định công bố", "/quan-tri/quyet-dinh-cong-bo", 610,
				List.of());
	}
}
