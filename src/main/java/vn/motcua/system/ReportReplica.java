package vn.motcua.system;

import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.shared.ReportQuery;

/**
 * Report queries on a read replica, by configuration: with {@code motcua.reporting.datasource.url} (and
 * {@code .username}, {@code .password}) set, the read-only transactions of {@link ReportQuery} services (the report
 * forms, the 766 index, the dashboard) take their connection from the replica; everything else, and every write,
 * from the primary. Unset, nothing changes: one data source.
 * <p>
 * How: the application's data source is wrapped in a {@link LazyConnectionDataSourceProxy} over a routing data
 * source. The proxy fetches the real connection at the first statement, when the transaction's read-only flag is
 * known; the route is the replica only when that flag is set and the call came through a {@link ReportQuery}
 * service (a thread-local set around the call, outside its transaction).
 */
@Configuration(proxyBeanMethods = false)
class ReportReplica {

	private static final ThreadLocal<Boolean> REPORTING = new ThreadLocal<>();

	enum Route {
		PRIMARY, REPLICA
	}

	/** Marks calls to {@link ReportQuery} services, before their transaction starts. */
	@Bean
	static Advisor reportQueryMarker() {
		MethodInterceptor marker = invocation -> {
			Boolean before = REPORTING.get();
			REPORTING.set(Boolean.TRUE);
			try {
				return invocation.proceed();
			}
			finally {
				if (before == null) {
					REPORTING.remove();
				}
				else {
					REPORTING.set(before);
				}
			}
		};
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(ReportQuery.class, true),
				marker);
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}

	@Bean
	@ConditionalOnProperty("motcua.reporting.datasource.url")
	static BeanPostProcessor reportsOnReplica(Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!"dataSource".equals(beanName) || !(bean instanceof DataSource primary)) {
					return bean;
				}
				HikariDataSource replica = new HikariDataSource();
				replica.setPoolName("reporting-replica");
				replica.setJdbcUrl(environment.getRequiredProperty("motcua.reporting.datasource.url"));
				replica.setUsername(environment.getProperty("motcua.reporting.datasource.username"));
				replica.setPassword(environment.getProperty("motcua.reporting.datasource.password"));
				replica.setMaximumPoolSize(environment.getProperty("motcua.reporting.datasource.maximum-pool-size",
						Integer.class, 5));
				replica.setReadOnly(true);
				return routing(primary, replica);
			}
		};
	}

	/** The data source that sends the read-only transactions of report services to {@code replica}. */
	static DataSource routing(DataSource primary, DataSource replica) {
		AbstractRoutingDataSource routing = new AbstractRoutingDataSource() {
			@Override
			protected Object determineCurrentLookupKey() {
				return route();
			}
		};
		routing.setTargetDataSources(Map.of(Route.PRIMARY, primary, Route.REPLICA, replica));
		routing.setDefaultTargetDataSource(primary);
		routing.afterPropertiesSet();
		return new Routed(routing, primary, replica);
	}

	/** The wrapped data source; closing it closes both pools (the primary's bean declares a close method). */
	static final class Routed extends LazyConnectionDataSourceProxy implements AutoCloseable {

		private final DataSource primary;

		private final DataSource replica;

		Routed(DataSource routing, DataSource primary, DataSource replica) {
			super(routing);
			this.primary = primary;
			this.replica = replica;
		}

		@Override
		public void close() throws Exception {
			for (DataSource each : new DataSource[] { replica, primary }) {
				if (each instanceof AutoCloseable closeable) {
					closeable.close();
				}
			}
		}
	}

	/** Where a connection fetched now goes. */
	static Route route() {
		return Boolean.TRUE.equals(REPORTING.get()) && TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? Route.REPLICA : Route.PRIMARY;
	}
}
