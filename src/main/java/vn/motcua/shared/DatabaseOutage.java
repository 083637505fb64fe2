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

	/** Where the page for browsers is; it needs nothing from the database (no layout, menus or session). */
	static final String PAGE = "pages/outage.html";

	private DatabaseOutage() {
	}

	/**
	 * Answers a browser's request with 503, {@code Retry-After} and a page of its own. Not the error page: its layout
	 * reads the signed-in user's menus and counters from the database, so rendering it in an outage fails again and
	 * the browser would get the servlet container's English page or a broken response.
	 */
	public static void writePage(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		if (!response.isCommitted()) {
			response.resetBuffer();
		}
		response.setStatus(503);
		response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/html;charset=UTF-8");
		try {
			response.setContentLength(Page.BYTES.length);
			response.getOutputStream().write(Page.BYTES);
		}
		catch (IllegalStateException pageWasWritingText) {
			// the page being rendered had taken the writer, and its encoding with it: write ASCII only
			response.setContentLengthLong(-1);
			response.getWriter().write(Page.TEXT);
		}
		response.flushBuffer();
	}

	/** The page, read once from the class path. */
	private static final class Page {

		static final byte[] BYTES;

		/** The page in ASCII, every other character as a character reference (whatever the writer's encoding). */
		static final String TEXT;

		static {
			try (java.io.InputStream in = DatabaseOutage.class.getClassLoader().getResourceAsStream(PAGE)) {
				if (in == null) {
					throw new IllegalStateException("Missing " + PAGE);
				}
				BYTES = in.readAllBytes();
				StringBuilder ascii = new StringBuilder();
				new String(BYTES, java.nio.charset.StandardCharsets.UTF_8).codePoints()
					.forEach(c -> ascii.append(c < 128 ? Character.toString(c) : "&#" + c + ";"));
				TEXT = ascii.toString();
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
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
