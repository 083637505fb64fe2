package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.shared.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The procedure aggregate guards its status: publish a draft, repeal a published procedure, nothing else. */
class ProcedureTest {

	private static final LocalDate DAY = LocalDate.of(2026, 5, 1);

	private static Procedure procedure(String status) {
		return Procedure.of(version(ProcedureStatus.valueOf(status), WorkingDuration.workingDays(5)));
	}

	static ProcedureVersion version(ProcedureStatus status, WorkingDuration time) {
		return new ProcedureVersion(UUID.randomUUID(), UUID.randomUUID(), "1.001", 1, LocalDate.of(2026, 1, 1),
				"Thủ tục", null, null, UUID.randomUUID(), "SNV", ProcedureLevel.PROVINCE, ProcedureOrigin.CENTRAL, time,
				OnlineMode.NONE, null, ResultType.PAPER, false, null, null, null, List.of(), List.of(), List.of(),
				status, List.of(), List.of(), true, false, null, null, null, null);
	}

	@Test
	void aDraftIsPublished() {
		Procedure p = procedure("DRAFT");
		p.publish();
		assertThat(p.status()).isEqualTo(ProcedureStatus.PUBLISHED);
		assertThat(p.changed()).isTrue();
	}

	@Test
	void aPublishedProcedureIsRepealedFromADay() {
		Procedure p = procedure("PUBLISHED");
		p.moveTo(ProcedureStatus.REPEALED, DAY);
		assertThat(p.status()).isEqualTo(ProcedureStatus.REPEALED);
		assertThat(p.repealedFrom()).isEqualTo(DAY);
	}

	@Test
	void everyOtherMoveIsAConflictNamingTheStatus() {
		assertThatThrownBy(() -> procedure("PUBLISHED").publish()).isInstanceOfSatisfying(ConflictException.class,
				ex -> assertThat(ex.state()).isEqualTo("PUBLISHED"))
			.hasMessage("Không chuyển được thủ tục 1.001 từ PUBLISHED sang PUBLISHED");
		assertThatThrownBy(() -> procedure("DRAFT").repeal(DAY)).hasMessage(
				"Không chuyển được thủ tục 1.001 từ DRAFT sang REPEALED");
		assertThatThrownBy(() -> procedure("REPEALED").moveTo(ProcedureStatus.PUBLISHED, DAY))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> procedure("PUBLISHED").moveTo(ProcedureStatus.DRAFT, DAY))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void aDecisionPublishesADraftRepealsADraftButNeverRevivesARepealedProcedure() {
		Procedure draft = procedure("DRAFT");
		draft.announce();
		assertThat(draft.status()).isEqualTo(ProcedureStatus.PUBLISHED);
		Procedure published = procedure("PUBLISHED");
		published.announce();
		assertThat(published.changed()).isFalse();
		Procedure repealedDraft = procedure("DRAFT");
		repealedDraft.repealByDecision(DAY);
		assertThat(repealedDraft.status()).isEqualTo(ProcedureStatus.REPEALED);
		assertThatThrownBy(() -> procedure("REPEALED").announce()).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> procedure("REPEALED").repealByDecision(DAY)).isInstanceOf(ConflictException.class);
	}
}
