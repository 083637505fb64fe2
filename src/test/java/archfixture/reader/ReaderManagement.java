package archfixture.reader;

import java.time.LocalDate;
import java.time.ZoneId;

import archfixture.owner.Hidden;
import archfixture.owner.Things;

/**
 * Fixture for ArchitectureRulesTests: breaks every rule once — reads another module's repository and an unpublished
 * type, has a public method with neither @PreAuthorize nor @NoRoleRequired, reads the time without a Clock and
 * names a zone.
 */
public class ReaderManagement {

	private final Things things = new Things();

	public int open() {
		return things.count() + new Hidden().hashCode();
	}

	LocalDate today() {
		return LocalDate.now(ZoneId.of("UTC"));
	}

	long millis() {
		return System.currentTimeMillis();
	}
}
