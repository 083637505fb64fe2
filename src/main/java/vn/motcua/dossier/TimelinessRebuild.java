package vn.motcua.dossier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, derives the stored timeliness rows ({@link TimelinessModel}) of dossiers stored before the model or whose
 * rows a migration cleared because the rules changed, from their histories, in batches of one transaction each.
 */
@Component
@Order(0)
class TimelinessRebuild implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TimelinessRebuild.class);

	private final Dossiers dossiers;

	private final TransactionTemplate transactions;

	private final DossierReadCache cache;

	TimelinessRebuild(Dossiers dossiers, TransactionTemplate transactions, DossierReadCache cache) {
		this.dossiers = dossiers;
		this.transactions = transactions;
		this.cache = cache;
	}

	@Override
	public void run(ApplicationArguments args) {
		rebuild();
	}

	/** Rebuilds every stale row; the number rebuilt. */
	int rebuild() {
		int total = 0;
		Integer done;
		do {
			done = transactions.execute(status -> dossiers.rebuildTimeliness(500));
			total += done == null ? 0 : done;
		}
		while (done != null && done > 0);
		if (total > 0) {
			cache.clear();
			log.info("Timeliness rebuilt from the history of {} dossiers", total);
		}
		return total;
	}
}
