package vn.motcua.identity;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Web sessions in PostgreSQL (Spring Session JDBC, tables of V140), so that several instances behind a load balancer
 * serve one sign-in and a sign-out on one ends it on all.
 * <p>
 * Spring Session marks a session changed on every request, because it sets the last access time, and so writes its
 * row on every request. Here the last access time is passed on only when it moved by at least
 * {@code motcua.sessions.touch-interval} (one minute): a request of a signed-in person reads its session (one
 * select) and writes nothing unless an attribute changed. The price: a session idle for {@code
 * server.servlet.session.timeout} may end up to one interval earlier.
 * <p>
 * Spring Session also reads the session a second time at the end of every request (spring-session#1731: its
 * {@code commitSession} empties its cache, then asks whether the requested session is valid). Here a request reads
 * its session once: the filter keeps what was read for the length of the request ({@link OneReadPerRequest}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	/**
	 * A new session attribute is written with an upsert: requests of one session arriving together (a fresh sign-in
	 * opening several pages, each creating its form token) would otherwise insert the same attribute twice and one
	 * would fail with a duplicate key (a 500). Spring Session's own customizer for PostgreSQL.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer attributesUpserted() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	static BeanPostProcessor coarseSessionTouches(
			@Value("${motcua.sessions.touch-interval:1m}") Duration touchInterval) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository sessions ? new CoarseTouches(sessions, touchInterval)
						: bean;
			}
		};
	}

	/**
	 * Runs around Spring Session's filter (just before it in the chain), so the sessions read during a request are
	 * kept until the request ends. A filter of its own rather than a wrapper of Spring Session's: Boot's filter
	 * registration looks that filter up by its type.
	 */
	@Bean
	FilterRegistrationBean<OneReadPerRequest> oneSessionReadPerRequest() {
		FilterRegistrationBean<OneReadPerRequest> registration = new FilterRegistrationBean<>(new OneReadPerRequest());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		return registration;
	}

	/** Keeps the sessions read during one request (by Spring Session's filter and the application) until it ends. */
	static final class OneReadPerRequest implements Filter {

		/** The sessions read by the request on this thread, by id (a missing one as {@code null}). */
		static final ThreadLocal<@Nullable Map<String, @Nullable Session>> READ = new ThreadLocal<>();

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			if (READ.get() != null) {
				chain.doFilter(request, response);
				return;
			}
			READ.set(new HashMap<>());
			try {
				chain.doFilter(request, response);
			}
			finally {
				READ.remove();
			}
		}
	}

	/** The JDBC session repository whose sessions remember a new last access time only once an interval. */
	static final class CoarseTouches implements FindByIndexNameSessionRepository<Session> {

		private final FindByIndexNameSessionRepository<Session> delegate;

		private final Duration interval;

		@SuppressWarnings("unchecked")
		CoarseTouches(JdbcIndexedSessionRepository delegate, Duration interval) {
			// the repository's session type is package-private; it only ever receives its own sessions back
			this.delegate = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) delegate;
			this.interval = interval;
		}

		@Override
		public Session createSession() {
			return new Touched(delegate.createSession(), interval);
		}

		@Override
		public void save(Session session) {
			delegate.save(session instanceof Touched touched ? touched.session : session);
		}

		@Override
		public @Nullable Session findById(String id) {
			Map<String, @Nullable Session> read = OneReadPerRequest.READ.get();
			if (read != null && read.containsKey(id)) {
				return read.get(id);
			}
			Session session = delegate.findById(id);
			Session touched = session == null ? null : new Touched(session, interval);
			if (read != null) {
				read.put(id, touched);
			}
			return touched;
		}

		@Override
		public void deleteById(String id) {
			Map<String, @Nullable Session> read = OneReadPerRequest.READ.get();
			if (read != null) {
				read.remove(id);
			}
			delegate.deleteById(id);
		}

		@Override
		public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			Map<String, Session> found = new LinkedHashMap<>();
			delegate.findByIndexNameAndIndexValue(indexName, indexValue)
				.forEach((id, session) -> found.put(id, new Touched(session, interval)));
			return found;
		}
	}

	/** A session that passes a new last access time on only when it moved by at least the interval. */
	static final class Touched implements Session {

		final Session session;

		private final Duration interval;

		Touched(Session session, Duration interval) {
			this.session = session;
			this.interval = interval;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(session.getLastAccessedTime(), lastAccessedTime).compareTo(interval) >= 0) {
				session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return session.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return session.getId();
		}

		@Override
		public String changeSessionId() {
			return session.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, @Nullable Object attributeValue) {
			session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return session.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return session.isExpired();
		}
	}
}
