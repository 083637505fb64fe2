package vn.motcua.shared;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * be sent. Tokens live in the HTTP session, at most {@value #MAX_TOKENS} of them.
 */
@Component
public class OneTimeForms implements HandlerInterceptor {

	/** The name of the hidden field. */
	public static final String PARAMETER = "formToken";

	static final int MAX_TOKENS = 50;

	private static final String SESSION_KEY = OneTimeForms.class.getName();

	private static final String REQUEST_KEY = OneTimeForms.class.getName() + ".token";

	/** The message shown when the form came without a valid token. */
	public static final String EXPIRED = "Biểu mẫu đã hết hạn hoặc đã được gửi; vui lòng kiểm tra và gửi lại.";

	/** A new token for a form on the current page. */
	public String issue() {
		return issue(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
	}

	/** A new token for a form of the given request's session. */
	public String issue(HttpServletRequest request) {
		Map<String, Submission> tokens = tokens(request.getSession(true));
		String token = UUID.randomUUID().toString();
		synchronized (tokens) {
			while (tokens.size() >= MAX_TOKENS) {
				tokens.remove(tokens.keySet().iterator().next());
			}
			tokens.put(token, new Submission());
		}
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
		Submission submission = token == null || session == null ? null : tokens(session).get(token);
		if (submission == null) {
			String back = formPage(request);
			RequestContextUtils.getOutputFlashMap(request).put("error", EXPIRED);
			RequestContextUtils.saveOutputFlashMap(back, request, response);
			response.sendRedirect(back);
			return false;
		}
		if (submission.claimed.compareAndSet(false, true)) {
			request.setAttribute(REQUEST_KEY, token);
			return true;
		}
		response.sendRedirect(submission.await(formPage(request)));
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
		Submission submission = claimedBy(request);
		if (submission == null) {
			return;
		}
		String name = view == null ? null : view.getViewName();
		if (name != null && name.startsWith("redirect:")) {
			submission.outcome.complete(request.getContextPath() + name.substring("redirect:".length()));
		}
		else {
			release(request, submission);
		}
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		Submission submission = claimedBy(request);
		if (submission != null && !submission.outcome.isDone()) {
			release(request, submission);
		}
	}

	private static @Nullable Submission claimedBy(HttpServletRequest request) {
		String token = (String) request.getAttribute(REQUEST_KEY);
		HttpSession session = request.getSession(false);
		return token == null || session == null ? null : tokens(session).get(token);
	}

	/** The form was shown again (errors) or failed: the token is spent, a waiting resend goes back to the form. */
	private static void release(HttpServletRequest request, Submission submission) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			tokens(session).remove((String) request.getAttribute(REQUEST_KEY));
		}
		submission.outcome.complete("");
	}

	private static Map<String, Submission> tokens(HttpSession session) {
		Object tokens = session.getAttribute(SESSION_KEY);
		if (tokens == null) {
			synchronized (OneTimeForms.class) {
				tokens = session.getAttribute(SESSION_KEY);
				if (tokens == null) {
					tokens = new Tokens();
					session.setAttribute(SESSION_KEY, tokens);
				}
			}
		}
		return (Tokens) tokens;
	}

	/** The tokens of one session, oldest first. */
	private static final class Tokens extends java.util.LinkedHashMap<String, Submission> {

		@Override
		public synchronized Submission get(Object key) {
			return super.get(key);
		}

		@Override
		public synchronized Submission put(String key, Submission value) {
			return super.put(key, value);
		}

		@Override
		public synchronized Submission remove(Object key) {
			return super.remove(key);
		}
	}

	/** One issued form: whether a POST has claimed it and where that POST went. */
	private static final class Submission {

		final AtomicBoolean claimed = new AtomicBoolean();

		final CompletableFuture<String> outcome = new CompletableFuture<>();

		String await(String form) {
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
	}
}
