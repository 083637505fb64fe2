package archfixture.owner;

/** Fixture for ArchitectureRulesTests: a public type of "owner" that is not in its published list. */
public class Hidden {
}
