-- Short-lived API tokens (mã truy cập) for other systems, issued for a password (HTTP Basic) or by an administrator
-- (issue #15). Only the SHA-256 of a token is stored. A token is valid while it has not expired or been revoked, its
-- account is enabled and not locked, and the account's password hash is the one it was issued under
-- (password_stamp = sha256 of that hash): a password change or reset ends every token of the account at once.
create table api_token (
	id             uuid primary key,
	token_hash     bytea       not null,
	user_id        uuid        not null references app_user (id) on delete cascade,
	password_stamp bytea       not null,
	issued_at      timestamptz not null,
	expires_at     timestamptz not null,
	issued_by      varchar(60) not null,
	revoked_at     timestamptz
);

create unique index api_token_hash_idx on api_token (token_hash);
create index api_token_user_idx on api_token (user_id);
create index api_token_expires_idx on api_token (expires_at);
