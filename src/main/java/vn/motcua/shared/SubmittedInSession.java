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
		submitted(request.getSession(true)).put(id, lookupKey);
	}

	/** The lookup key of something created in this session, or {@code null}. */
	public static @Nullable String recall(HttpServletRequest request, String id) {
		HttpSession session = request.getSession(false);
		return session == null ? null : submitted(session).get(id);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> submitted(HttpSession session) {
		synchronized (SubmittedInSession.class) {
			Object map = session.getAttribute(KEY);
			if (map == null) {
				map = new ConcurrentHashMap<String, String>();
				session.setAttribute(KEY, map);
			}
			return (Map<String, String>) map;
		}
	}
}
