/**
 * Status sync with the national public-service portal (Cổng Dịch vụ công quốc gia, Cổng DVCQG): every change of a
 * dossier's national status code (1 Mới đăng ký … 10 Đã trả kết quả, DOMAIN.md §2.4, mapped once in
 * {@link vn.motcua.dossier.DossierStatus#nationalCode()}) is enqueued in the dossier's own transaction to the outbox
 * destination {@code PORTAL}, keyed by dossier code, and delivered in order through a {@link vn.motcua.portal.PortalAdapter}:
 * the HTTP adapter ({@code motcua.portal.mode=http}, docs/portal.md) or the in-process fake portal
 * ({@code fake}, for tests and the demo). {@code off} sends nothing.
 * <p>
 * Glossary: Cổng DVC quốc gia = national portal; đồng bộ = sync; mã trạng thái = status code; cổng giả lập = fake
 * portal.
 * <p>
 * Events consumed: {@link vn.motcua.dossier.DossierTransitioned}, synchronously, inside the publishing transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Đồng bộ Cổng DVC quốc gia")
@org.jspecify.annotations.NullMarked
package vn.motcua.portal;
