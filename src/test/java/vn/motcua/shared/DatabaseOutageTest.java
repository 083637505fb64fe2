package vn.motcua.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

	@Test
	void aDatabaseThatCannotBeReachedIsAnOutage() {
		CannotGetJdbcConnectionException noConnection = new CannotGetJdbcConnectionException("down",
				new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms"));
		assertThat(DatabaseOutage.isCause(noConnection)).isTrue();
		assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException("no connection", noConnection))).isTrue();
		assertThat(DatabaseOutage.isCause(new SQLException("terminating connection", "57P01"))).isTrue();
		assertThat(DatabaseOutage.isCause(new SQLException("I/O error", "08006"))).isTrue();
		assertThat(DatabaseOutage.isCause(new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed")))).isTrue();
	}

	@Test
	void aUserLookupThatFailedOnTheDatabaseIsAnOutageNotAWrongPassword() {
		assertThat(DatabaseOutage.isCause(new InternalAuthenticationServiceException("lookup failed",
				new CannotGetJdbcConnectionException("down")))).isTrue();
		assertThat(DatabaseOutage.isCause(new BadCredentialsException("wrong password"))).isFalse();
	}

	@Test
	void otherFailuresAreNot() {
		assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate"))).isFalse();
		assertThat(DatabaseOutage.isCause(new SQLException("duplicate key", "23505"))).isFalse();
		assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseOutage.isCause(null)).isFalse();
	}
}
