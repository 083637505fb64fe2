package vn.motcua.system;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.MotCuaTest;
import vn.motcua.dossier.DossierDashboard;
import vn.motcua.reporting.ReportManagement;
import vn.motcua.reporting.ServiceIndex;
import vn.motcua.shared.ReportQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Report queries on a read replica: the "replica" is a second database on the test server, reached by a role that
 * may only read, so a write sent there would fail; the route is told by {@code current_database()}.
 */
@MotCuaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportReplicaTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient primaryJdbc;

	DriverManagerDataSource replica;

	DataSource routed;

	JdbcClient jdbc;

	TransactionTemplate readOnly;

	TransactionTemplate readWrite;

	@BeforeAll
	void aReplicaDatabase() {
		primaryJdbc.sql("drop database if exists motcua_replica_test").update();
		primaryJdbc.sql("create database motcua_replica_test").update();
		primaryJdbc.sql("do $$ begin if not exists (select from pg_roles where rolname = 'replica_reader') then "
				+ "create role replica_reader login password 'doc-thoi'; end if; end $$").update();
		HikariDataSource hikari = (HikariDataSource) dataSource;
		String url = hikari.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/motcua_replica_test$1");
		DriverManagerDataSource owner = new DriverManagerDataSource(url, hikari.getUsername(), hikari.getPassword());
		JdbcClient.create(owner).sql("create table report_probe (n int)").update();
		JdbcClient.create(owner).sql("grant select on report_probe to replica_reader").update();
		replica = new DriverManagerDataSource(url, "replica_reader", "doc-thoi");
		routed = ReportReplica.routing(dataSource, replica);
		jdbc = JdbcClient.create(routed);
		DataSourceTransactionManager transactions = new DataSourceTransactionManager(routed);
		readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		readWrite = new TransactionTemplate(transactions);
	}

	@AfterAll
	void dropReplica() {
		primaryJdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where datname = 'motcua_replica_test'")
			.query()
			.listOfRows();
		primaryJdbc.sql("drop database if exists motcua_replica_test").update();
	}

	String database() {
		return jdbc.sql("select current_database()").query(String.class).single();
	}

	@ReportQuery
	static class Reports {

		String run(java.util.function.Supplier<String> query) {
			return query.get();
		}
	}

	/** A report service as the application sees it: with the advisor that marks report calls. */
	Reports reports() {
		ProxyFactory proxy = new ProxyFactory(new Reports());
		proxy.setProxyTargetClass(true);
		proxy.addAdvisor(ReportReplica.reportQueryMarker());
		return (Reports) proxy.getProxy();
	}

	@Test
	void theReadOnlyTransactionsOfAReportServiceReadTheReplica() {
		assertThat(reports().run(() -> readOnly.execute(status -> database()))).isEqualTo("motcua_replica_test");
	}

	@Test
	void everythingElseGoesToThePrimary() {
		String primary = primaryJdbc.sql("select current_database()").query(String.class).single();
		// a read-only transaction outside a report service (a list page)
		String listPage = readOnly.execute(status -> database());
		assertThat(listPage).isEqualTo(primary);
		// a report service's read-write transaction, and its statements outside any transaction
		assertThat(reports().run(() -> readWrite.execute(status -> database()))).isEqualTo(primary);
		assertThat(reports().run(this::database)).isEqualTo(primary);
	}

	@Test
	void writesNeverReachTheReplica() {
		// a write inside a report service's read-write transaction lands on the primary
		String primary = primaryJdbc.sql("select current_database()").query(String.class).single();
		String wroteOn = reports().run(() -> readWrite.execute(status -> {
			jdbc.sql("create temporary table report_write_probe (n int)").update();
			return database();
		}));
		assertThat(wroteOn).isEqualTo(primary);
		// and the replica's role cannot write at all: a write routed there by mistake would fail, not be lost
		assertThatThrownBy(() -> JdbcClient.create(replica).sql("insert into report_probe values (1)").update())
			.rootCause()
			.hasMessageContaining("permission denied");
	}

	@Test
	void theReportFormsThe766IndexAndTheDashboardAreReportServices() {
		assertThat(ReportManagement.class).hasAnnotation(ReportQuery.class);
		assertThat(ServiceIndex.class).hasAnnotation(ReportQuery.class);
		assertThat(DossierDashboard.class).hasAnnotation(ReportQuery.class);
	}
}
