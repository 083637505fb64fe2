/**
 * Shared kernel: value types and conventions every module uses. Kept tiny on purpose.
 * <p>
 * Contents: {@link vn.motcua.shared.VietnameseText} (NFC normalisation, diacritic folding),
 * {@link vn.motcua.shared.Roles} (role names and authorisation expressions),
 * {@link vn.motcua.shared.CurrentActor} (who is calling and which agencies they may see),
 * the domain exceptions that the web layer turns into RFC 9457 problems, {@link vn.motcua.shared.PageResult}
 * and {@link vn.motcua.shared.NavigationItem}; {@link vn.motcua.shared.FormErrors} (page forms: validate, run, show the
 * messages beside the fields); the interfaces a module implements for another one's figures:
 * {@link vn.motcua.shared.ReportSource} (report forms), {@link vn.motcua.shared.IndexSource} (Decision 766
 * indicators) and {@link vn.motcua.shared.PortalSyncSource} (dossiers the national portal holds, indicator 1.4,
 * answered by the portal module); {@link vn.motcua.shared.ReadCache} (the one way rows read from the database are
 * kept between requests, and forgotten when they change). The sub-package {@code workflow} is the kit that dossiers and feedback share
 * (reference numbers per day, lookup keys, history import, enum codes, the e-mail rule).
 * <p>
 * Glossary: cơ quan = agency; lĩnh vực = field; người dùng = user; vai trò = role; nhật ký = audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dùng chung", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package vn.motcua.shared;
