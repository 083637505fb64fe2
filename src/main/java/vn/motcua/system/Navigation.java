package vn.motcua.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.motcua.shared.NavigationItem;

/**
 * The staff menu, assembled from the {@link NavigationItem} beans of every module and filtered by the roles of
 * the signed-in user. Templates call {@code ${@navigation.groups()}}.
 */
@Component("navigation")
class Navigation {

	private final List<NavigationItem> items;

	Navigation(List<NavigationItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	/** The visible entries grouped by menu group, groups in the order of their first entry. */
	public List<Group> groups() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getPrincipal())) {
			return List.of();
		}
		Map<String, List<NavigationItem>> groups = new LinkedHashMap<>();
		for (NavigationItem item : items) {
			if (visible(item, authentication)) {
				groups.computeIfAbsent(item.group(), g -> new ArrayList<>()).add(item);
			}
		}
		String active = groups.values()
			.stream()
			.flatMap(List::stream)
			.map(NavigationItem::href)
			.filter(this::isActive)
			.max(Comparator.comparingInt(String::length))
			.orElse(null);
		return groups.entrySet()
			.stream()
			.map(e -> new Group(e.getKey(),
					e.getValue().stream().map(item -> new Entry(item, item.href().equals(active))).toList()))
			.toList();
	}

	/** Whether the current request is on the entry's page or below it. */
	boolean isActive(String href) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		String path = attributes.getRequest().getRequestURI().substring(attributes.getRequest().getContextPath().length());
		return !"/".equals(href) && (path.equals(href) || path.startsWith(href + "/"));
	}

	private static boolean visible(NavigationItem item, Authentication authentication) {
		return item.roles().isEmpty() || authentication.getAuthorities()
			.stream()
			.anyMatch(a -> item.roles().contains(a.getAuthority().replaceFirst("^ROLE_", "")));
	}

	/** A menu group and its entries. */
	public record Group(String name, List<Entry> entries) {
	}

	/** A menu entry and whether it is the current page. */
	public record Entry(NavigationItem item, boolean active) {
	}
}
