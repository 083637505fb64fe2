package vn.motcua.dossier;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.motcua.MotCuaModuleTest;
import vn.motcua.dossier.DossierCommands.ActionCommand;
import vn.motcua.dossier.DossierCommands.ApplicantData;
import vn.motcua.dossier.DossierCommands.ComponentData;
import vn.motcua.dossier.DossierCommands.IntakeCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier module on its own (a Spring Modulith module test: the module, the modules it depends on and the
 * {@code system} module for the embedded PostgreSQL; neither the portal nor the exchange is started), its events seen
 * with {@link Scenario}: a desk intake publishes {@link DossierTransitioned}; a supplement request publishes
 * {@link ApplicantToBeNotified}, and the module's own {@code @ApplicationModuleListener}
 * ({@link DossierNotifications}) writes the applicant's e-mail to {@code notification_outbox} after the step commits.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "system")
@MotCuaModuleTest
class DossierModuleTests {

	/** Hộ chiếu ngoại giao, công vụ: a procedure of the demo catalogue, received at the Sở Ngoại vụ Hà Tĩnh. */
	static final String PROCEDURE = "2.002352";

	@Autowired
	DossierManagement dossiers;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("motcua")
	void aDeskIntakePublishesTheReceipt(Scenario scenario) {
		scenario.stimulate(() -> dossiers.intake(intake("Nguyễn Văn Mô Đun", null)))
			.andWaitForEventOfType(DossierTransitioned.class)
			.matching(e -> e.action() == DossierAction.RECEIVE)
			.toArriveAndVerify((event, dossier) -> {
				assertThat(event.code()).isEqualTo(dossier.code());
				assertThat(event.dossierId()).isEqualTo(dossier.id());
				assertThat(event.agencyId()).isEqualTo(dossier.agencyId());
				assertThat(event.to()).isEqualTo(DossierStatus.RECEIVED);
				assertThat(event.by()).isEqualTo("motcua");
			});
	}

	@Test
	@WithUserDetails("motcua")
	void aSupplementRequestAnnouncesTheStepAndTheApplicantToBeNotified(Scenario scenario) {
		Dossier received = dossiers.intake(intake("Trần Thị Sự Kiện", "su.kien@example.vn"));
		scenario.stimulate(() -> dossiers.act(received.code(), supplementRequest("Thiếu ảnh 4x6")))
			.andWaitForEventOfType(ApplicantToBeNotified.class)
			// the intake's own notice (accepted) was published before the stimulus: this one is the request's
			.matching(e -> e.code().equals(received.code()) && e.action() == DossierAction.REQUEST_SUPPLEMENT)
			.toArriveAndVerify((event, dossier) -> {
				assertThat(event.dossierId()).isEqualTo(received.id());
				assertThat(event.to()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT).isEqualTo(dossier.status());
			});
	}

	@Test
	@WithUserDetails("motcua")
	void theApplicantIsWrittenToAfterTheSupplementRequestCommits(Scenario scenario) {
		Dossier received = dossiers.intake(intake("Lê Văn Thư Báo", "thu.bao@example.vn"));
		scenario.stimulate(() -> dossiers.act(received.code(), supplementRequest("Thiếu văn bản cử đi công tác")))
			.andWaitForStateChange(() -> mails(received.id(), "cần bổ sung"), mails -> !mails.isEmpty())
			.andVerify((mails, dossier) -> {
				assertThat(mails).singleElement().satisfies(mail -> {
					assertThat(mail.recipient()).isEqualTo("thu.bao@example.vn");
					assertThat(mail.subject()).isEqualTo("Hồ sơ " + dossier.code() + " cần bổ sung, hoàn thiện");
					assertThat(mail.body()).startsWith("Kính gửi Ông/Bà Lê Văn Thư Báo")
						.contains("Thiếu văn bản cử đi công tác")
						.contains("/tra-cuu?code=" + dossier.code());
				});
			});
	}

	record Mail(String recipient, String subject, String body) {
	}

	/** The e-mails of one dossier whose subject contains {@code subject}. */
	private List<Mail> mails(UUID dossierId, String subject) {
		return jdbc.sql("select recipient, subject, body from notification_outbox where dossier_id = ? and subject like ?")
			.params(dossierId, "%" + subject + "%")
			.query(Mail.class)
			.list();
	}

	private static IntakeCommand intake(String name, String email) {
		return new IntakeCommand(PROCEDURE, "DIRECT",
				new ApplicantData(name, "042090000001", "0912345678", email, "Thạch Hà, Hà Tĩnh", null),
				List.of(new ComponentData("TK", true, 1, null, null, null),
						new ComponentData("QD", true, 1, null, null, null),
						new ComponentData("ANH", true, 2, null, null, null)),
				null, null, null, null);
	}

	private static ActionCommand supplementRequest(String reason) {
		return new ActionCommand("REQUEST_SUPPLEMENT", reason, null, null, null, null, null, null, null, null, null);
	}
}
