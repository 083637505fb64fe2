package archfixture.reader;

import archfixture.owner.ThingChanged;
import org.springframework.context.event.EventListener;

/**
 * Fixture for ArchitectureRulesTests: reacts to another module's event inside the publisher's transaction, with a
 * plain {@code @EventListener} instead of an {@code @ApplicationModuleListener}.
 */
class EagerListener {

	@EventListener
	void on(ThingChanged changed) {
	}
}
