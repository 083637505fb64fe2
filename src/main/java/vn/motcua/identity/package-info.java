/**
 * Identity and organisation: agencies and their hierarchy, fields, staff accounts and roles, sign-in (form login,
 * HTTP Basic for the API, our short-lived API tokens ({@link vn.motcua.identity.ApiTokens}), optional OIDC login and
 * bearer tokens), web sessions kept in PostgreSQL ({@link vn.motcua.identity.SessionStore}), account lock after
 * repeated failures, and the
 * {@link vn.motcua.shared.CurrentActor} that scopes every query to the caller's agency subtree.
 * <p>
 * Glossary:
 * <ul>
 * <li>cơ quan, đơn vị = {@link vn.motcua.identity.Agency}; cấp tỉnh / cấp xã = level PROVINCE / COMMUNE;
 * mã định danh = {@code identifierCode} (the unit code in dossier codes, e.g. 000.00.20.H36)</li>
 * <li>lĩnh vực = {@link vn.motcua.identity.Field}</li>
 * <li>người dùng, tài khoản = {@link vn.motcua.identity.UserAccount}; vai trò = role; khóa tài khoản = lock</li>
 * <li>mã truy cập = API token ({@link vn.motcua.identity.ApiTokens}); phiên đăng nhập = web session</li>
 * </ul>
 * Other modules read agencies, fields and staff through {@link vn.motcua.identity.AgencyDirectory},
 * {@link vn.motcua.identity.FieldDirectory} and {@link vn.motcua.identity.StaffDirectory} (read-only, no password
 * data); the tables behind them ({@code Agencies}, {@code Fields}, {@code UserAccounts}) are package-private, and
 * changes go through the {@code *Management} services. Events: none. Writes are recorded in the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tài khoản và tổ chức")
@org.jspecify.annotations.NullMarked
package vn.motcua.identity;
