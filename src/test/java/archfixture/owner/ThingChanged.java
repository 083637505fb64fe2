package archfixture.owner;

/** Fixture for ArchitectureRulesTests: an event of the module "owner". */
public record ThingChanged(String code) {
}
