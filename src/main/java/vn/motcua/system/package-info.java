/**
 * The running system: the embedded PostgreSQL, web conventions (NFC input, RFC 9457 problems, OpenAPI), the page
 * layout and the home page. Other modules plug their navigation entries into the layout as
 * {@link vn.motcua.shared.NavigationItem} beans.
 * <p>
 * Glossary: trang chủ = home page; cơ sở dữ liệu nhúng = embedded database; lỗi = error.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hệ thống")
@org.jspecify.annotations.NullMarked
package vn.motcua.system;
