package vn.motcua.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * What a citizen created in this browser session (a dossier code or feedback number with its lookup key), so that
 * the confirmation page reached by the redirect after the POST can show the key again on a refresh, and to nobody
 * else.
 */
public final class SubmittedInSession {

	private static final String KEY = SubmittedInSession.class.getName();

	private SubmittedInSession() {
	}

	public static void remember(HttpServletRequest request, String id, String lookupKey) {
		HttpSession session = request.getSession(true);
		synchronized (SubmittedInSession.class) {
			// set again: a session kept in the database stores copies of its attributes, not shared objects
			Map<String, String> submitted = new ConcurrentHashMap<>(submitted(session));
			submitted.put(id, lookupKey);
			session.setAttribute(KEY, submitted);
		}
	}

	/** The lookup key of something created in this session, or {@code null}. */
	public static @Nullable String recall(HttpServletRequest request, String id) {
		HttpSession session = request.getSession(false);
		return session == null ? null : submitted(session).get(id);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> submitted(HttpSession session) {
		Object map = session.getAttribute(KEY);
		return map == null ? Map.of() : (Map<String, String>) map;
	}
}
