package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Prints the query plan of biểu II.06a for the report benchmark. */
public final class StatisticsPlan {

	public static void print(JdbcClient jdbc, Collection<UUID> agencies, LocalDate from, LocalDate to) {
		jdbc.sql("explain (analyze, buffers) " + DossierStatistics.ii06aSql())
			.params(DossierStatistics.ii06aParams(agencies, from, to))
			.query(String.class)
			.list()
			.forEach(System.out::println);
	}

	private StatisticsPlan() {
	}
}
