package vn.motcua.dossier;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotCuaTest;
import vn.motcua.StatementCounting;
import vn.motcua.dossier.DossierCommands.ActionCommand;
import vn.motcua.dossier.DossierCommands.ApplicantData;
import vn.motcua.dossier.DossierCommands.ComponentData;
import vn.motcua.dossier.DossierCommands.IntakeCommand;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.SystemTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a desk's write costs in statements (issue #15, wave 6): a transition loads the dossier with its history in
 * one statement, writes its row and its new step in one more, then its audit entry, and nothing else for an ordinary
 * dossier; the
 * exchange reads a dossier's link only when the transition says the dossier is linked. An extra read per transition
 * (a second load, a link looked up for every dossier) fails here.
 */
@MotCuaTest
class TransitionStatementsTests {

	@Autowired
	DossierManagement dossiers;

	@Autowired
	Dossiers repository;

	@Test
	void aTransitionTakesThreeStatementsBesideThePortalsSync() {
		SystemTask.run(() -> {
			// once first: the procedure in force and the agency's tree are kept between requests
			act(intake().code(), "ASSIGN", "chuyenvien");
			StatementCounting.Counted<Dossier> intake = StatementCounting.count(this::intake);
			String code = intake.result().code();
			// the day's number, the row, its step, its papers, its audit entry
			assertThat(intake.statements()).isEqualTo(5 + PORTAL_NEW_CODE);
			// ASSIGN also checks the officer's account
			assertThat(act(code, "ASSIGN", "chuyenvien")).isEqualTo(TRANSITION + 1 + PORTAL_NEW_CODE);
			assertThat(act(code, "SUBMIT", null)).isEqualTo(TRANSITION + PORTAL_SAME_CODE);
			assertThat(act(code, "APPROVE", null)).isEqualTo(TRANSITION + PORTAL_SAME_CODE);
			assertThat(act(code, "COMPLETE", null)).isEqualTo(TRANSITION + PORTAL_NEW_CODE);
			assertThat(act(code, "RETURN_RESULT", null)).isEqualTo(TRANSITION + PORTAL_NEW_CODE);
		});
	}

	@Test
	void aStaleCopyIsRefusedAndWritesNoStep() {
		SystemTask.run(() -> {
			String code = intake().code();
			Dossier first = repository.findByCode(code).orElseThrow();
			Dossier stale = repository.findByCode(code).orElseThrow();
			first.assign(java.time.OffsetDateTime.now(), "truongphong", "chuyenvien");
			repository.save(first);
			stale.assign(java.time.OffsetDateTime.now(), "truongphong", "chuyenvien2");
			// the row's update and the step's insert are one statement: the step is not written either
			assertThatThrownBy(() -> repository.save(stale)).isInstanceOf(ConflictException.class)
				.hasMessageContaining("vừa được người khác cập nhật");
			Dossier stored = repository.findByCode(code).orElseThrow();
			assertThat(stored.history()).extracting(DossierEvent::action)
				.containsExactly(DossierAction.RECEIVE, DossierAction.ASSIGN);
			assertThat(stored.assignee()).isEqualTo("chuyenvien");
		});
	}

	Dossier intake() {
		return dossiers.intake(new IntakeCommand("2.002354", "DIRECT",
				new ApplicantData("Nguyễn Văn Đếm", "042090000123", null, null, "Hà Tĩnh", null),
				List.of(new ComponentData("TK", true, 1, List.of(), null, null),
						new ComponentData("QD", true, 1, List.of(), null, null),
						new ComponentData("HC", true, 1, List.of(), null, null)),
				null, null, null, null));
	}

	/** The dossier with its history; its row with its new step (one statement); its audit entry. */
	static final int TRANSITION = 3;

	/**
	 * The national portal's sync (on in the tests' context, {@code motcua.portal.mode=fake}): the dossier's last code
	 * sent, read for update; when the national code changes, that row, the outbox's key and the message.
	 */
	static final int PORTAL_SAME_CODE = 1;

	static final int PORTAL_NEW_CODE = 4;

	int act(String code, String action, String assignee) {
		return StatementCounting.count(() -> dossiers.act(code,
				new ActionCommand(action, null, null, assignee, null, null, null, null))).statements();
	}

}
