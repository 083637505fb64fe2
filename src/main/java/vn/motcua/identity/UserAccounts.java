package vn.motcua.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PagedQuery;
import vn.motcua.shared.PageResult;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnameseText;

/** The staff accounts and their roles. */
@Repository
class UserAccounts {

	private static final String SELECT = """
			select u.*, coalesce(array(select r.role from user_role r where r.user_id = u.id), '{}') as roles,
			       u.password_changed_at is null and u.password_hash is not null as must_change
			from app_user u""";

	private final JdbcClient jdbc;

	private final IdentityCache cache;

	UserAccounts(JdbcClient jdbc, IdentityCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	public Optional<UserAccount> findByUsername(String username) {
		return jdbc.sql(SELECT + " where lower(u.username) = lower(?)")
			.param(username)
			.query(UserAccounts::map)
			.optional();
	}

	public long count() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	/**
	 * A page of accounts, filtered by name or username ignoring diacritics; {@code agencies} {@code null} means all.
	 */
	public PageResult<UserAccount> search(@Nullable Collection<UUID> agencies, @Nullable String q, PageRequest page) {
		StringBuilder where = new StringBuilder(" where 1=1");
		List<Object> params = new ArrayList<>();
		if (agencies != null) {
			where.append(" and u.agency_id = any(?)");
			params.add(agencies.toArray(UUID[]::new));
		}
		if (q != null && !q.isBlank()) {
			where.append(" and (f_unaccent(lower(u.full_name)) like ? or lower(u.username) like ?)");
			String like = "%" + VietnameseText.fold(q) + "%";
			params.add(like);
			params.add(like);
		}
		return new PagedQuery("select count(*) from app_user u" + where,
				SELECT + where + " order by u.full_name collate \"vi-x-icu\", u.username", params)
			.run(jdbc, page, UserAccounts::map);
	}

	/** A page of the enabled holders of a role in some agencies, optionally filtered by name or username. */
	PageResult<UserAccount> holdersOf(String role, Collection<UUID> agencies, @Nullable String q, PageRequest page) {
		StringBuilder where = new StringBuilder(
				" where u.enabled and u.agency_id = any(?) and exists (select 1 from user_role r where r.user_id = u.id and r.role = ?)");
		List<Object> params = new ArrayList<>();
		params.add(agencies.toArray(UUID[]::new));
		params.add(role);
		if (q != null && !q.isBlank()) {
			where.append(" and (f_unaccent(lower(u.full_name)) like ? or lower(u.username) like ?)");
			String like = "%" + VietnameseText.fold(q) + "%";
			params.add(like);
			params.add(like);
		}
		return new PagedQuery("select count(*) from app_user u" + where,
				SELECT + where + " order by u.full_name collate \"vi-x-icu\", u.username", params)
			.run(jdbc, page, UserAccounts::map);
	}

	/**
	 * What a sign-in needs of an account, read in one statement: the account, its password hash, and whether that
	 * password is still the generated one (the rule is {@code must_change} in {@link #SELECT}).
	 */
	record SignIn(UserAccount account, @Nullable String passwordHash, boolean passwordChangeRequired) {
	}

	Optional<SignIn> forSignIn(String username) {
		return jdbc.sql(SELECT + " where lower(u.username) = lower(?)")
			.param(username)
			.query((rs, row) -> new SignIn(map(rs, row), rs.getString("password_hash"), rs.getBoolean("must_change")))
			.optional();
	}

	Optional<String> passwordHash(String username) {
		return jdbc.sql("select password_hash from app_user where lower(username) = lower(?)")
			.param(username)
			.query(String.class)
			.optional();
	}

	void insert(UserAccount user, @Nullable String passwordHash) {
		cache.changed();
		jdbc.sql("""
				insert into app_user (id, username, full_name, email, password_hash, agency_id, enabled,
				                      password_changed_at)
				values (?, ?, ?, ?, ?, ?, ?, now())""")
			.params(user.id(), user.username(), user.fullName(), user.email(), passwordHash, user.agencyId(),
					user.enabled())
			.update();
		saveRoles(user);
	}

	void update(UserAccount user) {
		cache.changed();
		jdbc.sql("update app_user set full_name = ?, email = ?, agency_id = ?, enabled = ? where id = ?")
			.params(user.fullName(), user.email(), user.agencyId(), user.enabled(), user.id())
			.update();
		jdbc.sql("delete from user_role where user_id = ?").param(user.id()).update();
		saveRoles(user);
	}

	/** Whether the account still has a password the system generated (never chosen by a person). */
	boolean passwordChangeRequired(String username) {
		return forSignIn(username).map(SignIn::passwordChangeRequired).orElse(false);
	}

	/** Marks the password as generated: it must be changed at the first sign-in. */
	void requirePasswordChange(UUID id) {
		jdbc.sql("update app_user set password_changed_at = null where id = ?").param(id).update();
	}

	void updatePassword(UUID id, String passwordHash) {
		jdbc.sql("update app_user set password_hash = ?, password_changed_at = now() where id = ?")
			.params(passwordHash, id)
			.update();
	}

	/** Counts a failed sign-in and locks the account until {@code lockUntil} when the limit is reached. */
	void recordFailedLogin(String username, int maxFailures, Instant lockUntil) {
		jdbc.sql("""
				update app_user set failed_logins = failed_logins + 1,
				       locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
				where lower(username) = lower(?)""")
			.params(maxFailures, OffsetDateTime.ofInstant(lockUntil, ZoneOffset.UTC), username)
			.update();
	}

	void recordSuccessfulLogin(String username, Instant at) {
		jdbc.sql("""
				update app_user set failed_logins = 0, locked_until = null, last_login_at = ?
				where lower(username) = lower(?)
				  and (failed_logins > 0 or last_login_at is null or last_login_at < now() - interval '1 minute')""")
			.params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), username)
			.update();
	}

	void unlock(UUID id) {
		jdbc.sql("update app_user set failed_logins = 0, locked_until = null where id = ?").param(id).update();
	}

	private void saveRoles(UserAccount user) {
		for (String role : user.roles()) {
			jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(user.id(), role).update();
		}
	}

	static UserAccount map(ResultSet rs, int row) throws SQLException {
		Array array = rs.getArray("roles");
		List<String> roles = array == null ? List.of() : Arrays.asList((String[]) array.getArray());
		LinkedHashSet<String> ordered = new LinkedHashSet<>();
		Roles.ALL.stream().filter(roles::contains).forEach(ordered::add);
		OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
		OffsetDateTime lastLogin = rs.getObject("last_login_at", OffsetDateTime.class);
		return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("full_name"),
				rs.getString("email"), rs.getObject("agency_id", UUID.class), ordered, rs.getBoolean("enabled"),
				rs.getInt("failed_logins"), lockedUntil == null ? null : lockedUntil.toInstant(),
				lastLogin == null ? null : lastLogin.toInstant());
	}
}
