package vn.motcua.dossier;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.motcua.MotCuaTest;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The dossier list costs a fixed number of statements, whatever the page size (no N+1). */
@MotCuaTest
class DossierStatementsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	CurrentActor actor;

	@Autowired
	Clock clock;

	final AtomicInteger statements = new AtomicInteger();

	final DossierReadCache cache = new DossierReadCache();

	DossierQueries countingQueries() {
		DataSource counting = new DelegatingDataSource(dataSource) {
			@Override
			public Connection getConnection() throws java.sql.SQLException {
				Connection real = super.getConnection();
				return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
						new Class<?>[] { Connection.class }, (proxy, method, args) -> {
							if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
								statements.incrementAndGet();
							}
							try {
								return method.invoke(real, args);
							}
							catch (InvocationTargetException ex) {
								throw ex.getCause();
							}
						});
			}
		};
		JdbcClient jdbc = JdbcClient.create(counting);
		return new DossierQueries(jdbc, new Dossiers(jdbc), actor, clock, cache, java.time.Duration.ofMinutes(1));
	}

	@Test
	void aPageOfViewsAndTheInboxCountersTakeAFixedNumberOfStatements() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("motcua", null,
					List.of(new SimpleGrantedAuthority("ROLE_RECEPTION_OFFICER"))));
		try {
			DossierQueries queries = countingQueries();
			var small = queries.search(DossierQueries.Filter.none(), new PageRequest(0, 2));
			var large = queries.search(DossierQueries.Filter.none(), new PageRequest(0, 30));
			assertThat(large.items()).hasSizeGreaterThan(small.items().size());

			statements.set(0);
			queries.views(small.items());
			int forSmall = statements.get();
			statements.set(0);
			List<DossierView> views = queries.views(large.items());
			assertThat(views).hasSameSizeAs(large.items());
			assertThat(statements.get()).isEqualTo(forSmall).isLessThanOrEqualTo(2);

			statements.set(0);
			// the desk officer's inboxes: chờ tiếp nhận, đến hạn hôm nay, quá hạn, chờ công dân bổ sung, chờ trả kết quả
			List<DossierQueries.InboxCount> counts = queries.inboxCounts();
			assertThat(counts).hasSize(5);
			assertThat(statements).hasValue(1);
			// the next page counts nothing: the counts are kept until a dossier changes
			statements.set(0);
			assertThat(queries.inboxCounts()).isEqualTo(counts);
			assertThat(statements).hasValue(0);
			cache.dossierChanged(new DossierTransitioned(java.util.UUID.randomUUID(), "X", java.util.UUID.randomUUID(),
					DossierAction.RECEIVE, DossierStatus.SUBMITTED, DossierStatus.RECEIVED,
					java.time.OffsetDateTime.now(clock), "motcua", false));
			assertThat(queries.inboxCounts()).isEqualTo(counts);
			assertThat(statements).hasValue(1);

			// a list's total is kept the same way: the next page of the same list counts nothing, until a change
			var overdue = new DossierQueries.Filter(null, null, null, null, null, null, null, null, "OVERDUE");
			long total = queries.search(overdue, new PageRequest(0, 2)).total();
			statements.set(0);
			assertThat(queries.search(overdue, new PageRequest(0, 2)).total()).isEqualTo(total);
			int listed = statements.get();
			cache.dossierChanged(new DossierTransitioned(java.util.UUID.randomUUID(), "X", java.util.UUID.randomUUID(),
					DossierAction.RECEIVE, DossierStatus.SUBMITTED, DossierStatus.RECEIVED,
					java.time.OffsetDateTime.now(clock), "motcua", false));
			statements.set(0);
			assertThat(queries.search(overdue, new PageRequest(0, 2)).total()).isEqualTo(total);
			assertThat(statements).hasValue(listed + 1);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
