package vn.motcua.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure of the database itself (down, restarting, no free connection in time) from everything else. Such a
 * failure becomes HTTP 503 with {@code Retry-After}, never 401 (the password was not checked) nor 500.
 */
public final class DatabaseOutage {

	/** Title and detail of the 503 problem, in Vietnamese. */
	public static final String TITLE = "Hệ thống tạm thời gián đoạn";

	public static final String DETAIL = "Cơ sở dữ liệu tạm thời không phản hồi. Vui lòng thử lại sau ít giây.";

	/** Seconds a client should wait before trying again. */
	public static final int RETRY_AFTER_SECONDS = 5;

	private DatabaseOutage() {
	}

	/** Whether this exception or one of its causes says the database could not be reached. */
	public static boolean isCause(@Nullable Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
					|| t instanceof RecoverableDataAccessException || t instanceof QueryTimeoutException
					|| t instanceof CannotCreateTransactionException || t instanceof java.sql.SQLTransientConnectionException
					|| t instanceof java.sql.SQLNonTransientConnectionException || isConnectionState(t)) {
				return true;
			}
			// a commit or rollback that failed in the driver: the connection broke under the transaction
			if (t instanceof TransactionSystemException failed && (failed.getCause() instanceof java.sql.SQLException
					|| isCause(failed.getApplicationException()))) {
				return true;
			}
		}
		return false;
	}

	/** SQLState class 08 (connection exception) and 57P01–57P03 (server shutting down or starting). */
	private static boolean isConnectionState(Throwable t) {
		if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
			String state = sql.getSQLState();
			return state.startsWith("08") || state.startsWith("57P");
		}
		return false;
	}
}
