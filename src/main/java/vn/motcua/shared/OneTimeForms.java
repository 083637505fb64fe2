package vn.motcua.shared;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * One-time form tokens (post/redirect/get with a token): a form that creates something carries a hidden
 * {@value #PARAMETER} issued with the page ({@code ${@oneTimeForms.issue()}}). The first POST with a token runs the
 * handler of a {@link OneTimeForm}; the same token sent again (a double click, the browser resending) runs nothing and
 * is sent where the first one went. A POST without a known token (a forged form, an expired session) is sent back to
 * the form with a message. A handler that shows its form again with errors frees the token, so the corrected form can
 * be sent. Tokens live in the HTTP session, at most {@value #MAX_TOKENS} of them; the session is kept in the database
 * and written as soon as a token is claimed ({@code spring.session.jdbc.flush-mode=immediate}), so a resend that
 * reaches another instance finds it claimed, or where the first POST went.
 */
@Component
public class OneTimeForms implements HandlerInterceptor {

	/** The name of the hidden field. */
	public static final String PARAMETER = "formToken";

	static final int MAX_TOKENS = 50;

	private static final String SESSION_KEY = OneTimeForms.class.getName();

	private static final String REQUEST_KEY = OneTimeForms.class.getName() + ".token";

	private static final String ISSUED = "";

	private static final String CLAIMED = "*";

	/** The POSTs running on this instance, by token: a resend waits for the first one to finish. */
	private static final Map<String, CompletableFuture<String>> RUNNING = new ConcurrentHashMap<>();

	/** The message shown when the form came without a valid token. */
	public static final String EXPIRED = "Biểu mẫu đã hết hạn hoặc đã được gửi; vui lòng kiểm tra và gửi lại.";

	/** A new token for a form on the current page. */
	public String issue() {
		return issue(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
	}

	/** A new token for a form of the given request's session. */
	public String issue(HttpServletRequest request) {
		String token = UUID.randomUUID().toString();
		update(request.getSession(true), tokens -> {
			while (tokens.size() >= MAX_TOKENS) {
				tokens.remove(tokens.keySet().iterator().next());
			}
			tokens.put(token, ISSUED);
		});
		return token;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		if (!"POST".equals(request.getMethod()) || !(handler instanceof HandlerMethod method)
				|| !method.hasMethodAnnotation(OneTimeForm.class)) {
			return true;
		}
		String token = request.getParameter(PARAMETER);
		HttpSession session = request.getSession(false);
		String state = token == null || session == null ? null : tokens(session).get(token);
		if (state == null) {
			String back = formPage(request);
			RequestContextUtils.getOutputFlashMap(request).put("error", EXPIRED);
			RequestContextUtils.saveOutputFlashMap(back, request, response);
			response.sendRedirect(back);
			return false;
		}
		CompletableFuture<String> outcome = new CompletableFuture<>();
		CompletableFuture<String> running = state.equals(ISSUED) ? RUNNING.putIfAbsent(token, outcome) : null;
		if (state.equals(ISSUED) && running == null) {
			update(session, tokens -> tokens.put(token, CLAIMED));
			request.setAttribute(REQUEST_KEY, token);
			return true;
		}
		// sent again: wait for the first POST on this instance, or go where it went (recorded in the session)
		String target = running != null ? await(running, formPage(request))
				: state.equals(CLAIMED) ? formPage(request) : state;
		response.sendRedirect(target);
		return false;
	}

	/** The page the form was on: the referring page of this application, else the address posted to. */
	private static String formPage(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				java.net.URI uri = java.net.URI.create(referer);
				if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null) {
					return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
				}
			}
			catch (IllegalArgumentException ex) {
				// not an address: fall back to the form's own address
			}
		}
		return request.getRequestURI();
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		String token = (String) request.getAttribute(REQUEST_KEY);
		if (token == null) {
			return;
		}
		String name = view == null ? null : view.getViewName();
		if (name != null && name.startsWith("redirect:")) {
			finish(request, token, request.getContextPath() + name.substring("redirect:".length()));
		}
		else {
			finish(request, token, null);
		}
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		String token = (String) request.getAttribute(REQUEST_KEY);
		if (token != null && RUNNING.containsKey(token)) {
			finish(request, token, null);
		}
	}

	/**
	 * The claimed POST is over: with a target, a resend goes there; without one (the form was shown again with
	 * errors, or failed) the token is spent and a waiting resend goes back to the form.
	 */
	private static void finish(HttpServletRequest request, String token, @Nullable String target) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			update(session, tokens -> {
				if (target == null) {
					tokens.remove(token);
				}
				else {
					tokens.put(token, target);
				}
			});
		}
		CompletableFuture<String> running = RUNNING.remove(token);
		if (running != null) {
			running.complete(target == null ? "" : target);
		}
	}

	private static String await(CompletableFuture<String> outcome, String form) {
		try {
			String target = outcome.get(30, TimeUnit.SECONDS);
			return target.isEmpty() ? form : target;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return form;
		}
		catch (ExecutionException | TimeoutException ex) {
			return form;
		}
	}

	private static Map<String, String> tokens(HttpSession session) {
		Object tokens = session.getAttribute(SESSION_KEY);
		return tokens instanceof Tokens known ? known : new Tokens();
	}

	/**
	 * Changes the session's tokens and sets them again, so that a session kept in the database (Spring Session JDBC)
	 * writes the change: its attributes are copies, not shared objects.
	 */
	private static void update(HttpSession session, java.util.function.Consumer<Map<String, String>> change) {
		synchronized (OneTimeForms.class) {
			Tokens tokens = new Tokens();
			tokens.putAll(tokens(session));
			change.accept(tokens);
			session.setAttribute(SESSION_KEY, tokens);
		}
	}

	/** The tokens of one session, oldest first, with their state: issued, claimed or the address a POST went to. */
	private static final class Tokens extends java.util.LinkedHashMap<String, String> {

		private static final long serialVersionUID = 1L;
	}
}
