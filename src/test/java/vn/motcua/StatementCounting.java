package vn.motcua;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Counts the statements the current thread prepares, for the tests that bound the statements of a page
 * ({@code PageStatementsTests}): the pool of {@link MotCuaTest}'s context (still the same {@link HikariDataSource}
 * bean) gets its connections from a driver data source whose connections count {@code prepareStatement},
 * {@code prepareCall} and {@code createStatement} per thread. MockMvc serves a request on the test's thread, so the
 * count of a request is not disturbed by schedulers on other threads.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

	/** Statements prepared on this thread while {@code work} ran, and its result. */
	public static <T> Counted<T> count(Supplier<T> work) {
		int before = COUNT.get()[0];
		T result = work.get();
		return new Counted<>(COUNT.get()[0] - before, result);
	}

	/** A result with the statements it took. */
	public record Counted<T>(int statements, T result) {
	}

	@Bean
	static BeanPostProcessor countStatements() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource hikari && hikari.getDataSource() == null
						&& hikari.getJdbcUrl() != null && !hikari.isRunning()) {
					PGSimpleDataSource driver = new PGSimpleDataSource();
					driver.setURL(hikari.getJdbcUrl());
					driver.setUser(hikari.getUsername());
					driver.setPassword(hikari.getPassword());
					hikari.setDataSource(counting(driver));
				}
				return bean;
			}
		};
	}

	static DataSource counting(DataSource target) {
		return new AbstractDataSource() {
			@Override
			public Connection getConnection() throws SQLException {
				return wrap(target.getConnection());
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return wrap(target.getConnection(username, password));
			}
		};
	}

	static Connection wrap(Connection real) {
		return (Connection) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					String name = method.getName();
					if (name.startsWith("prepare") || name.equals("createStatement")) {
						COUNT.get()[0]++;
					}
					try {
						return method.invoke(real, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}
}
