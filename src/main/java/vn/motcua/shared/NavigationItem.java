package vn.motcua.shared;

import java.util.List;

/**
 * An entry of the staff navigation. Each module declares its own entries as beans; the layout shows those whose
 * roles the user has (an empty role list means every signed-in user).
 *
 * @param group the menu group ("Hồ sơ", "Quản trị" ...)
 * @param label the link text in Vietnamese
 * @param href the page path
 * @param order position, smaller first
 * @param roles roles that see the entry, without the {@code ROLE_} prefix
 */
public record NavigationItem(String group, String label, String href, int order, List<String> roles) {
}
