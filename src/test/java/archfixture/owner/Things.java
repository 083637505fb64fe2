package archfixture.owner;

import org.springframework.stereotype.Repository;

/** Fixture for ArchitectureRulesTests: a repository of the module "owner" (outside vn.motcua, so never scanned). */
@Repository
public class Things {

	public int count() {
		return 0;
	}
}
