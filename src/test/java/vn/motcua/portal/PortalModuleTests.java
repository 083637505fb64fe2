package vn.motcua.portal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.MotCuaModuleTest;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommands.ApplicantData;
import vn.motcua.dossier.DossierCommands.ComponentData;
import vn.motcua.dossier.DossierCommands.IntakeCommand;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTransitioned;
import vn.motcua.outbox.OutboxEntry;
import vn.motcua.outbox.OutboxManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal module with the modules it depends on (a Spring Modulith module test on the embedded PostgreSQL of the
 * {@code system} module), seen with {@link Scenario}: a {@link DossierTransitioned} published by the dossier module
 * is turned by {@link PortalSync}, inside the publishing transaction, into an outbox message for destination
 * {@code PORTAL}, keyed by the dossier code, carrying the national status code and its name.
 * <p>
 * The portal only listens to the dossier module, and Spring Modulith does not bootstrap a module a test's module
 * merely listens to: the outbox (and audit) come with {@code ALL_DEPENDENCIES}; the dossier module, which the second
 * test drives, and the modules it needs (identity, which audit needs too, calendar, catalogue, document) are extra
 * includes, like {@code system}.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "system", "identity", "dossier", "calendar", "catalogue", "document" })
@MotCuaModuleTest
class PortalModuleTests {

	@Autowired
	OutboxManagement outbox;

	@Autowired
	DossierManagement dossiers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void aPublishedTransitionIsQueuedForThePortalWithItsNationalCode(Scenario scenario) {
		String code = "MODULE-" + UUID.randomUUID();
		UUID agency = jdbc.sql("select id from agency where code = 'SNV-HT'").query(UUID.class).single();
		OffsetDateTime at = OffsetDateTime.parse("2026-04-16T10:00:00+07:00");
		// Scenario publishes in a transaction, as the dossier module does: PortalSync is a plain @EventListener
		scenario.publish(new DossierTransitioned(UUID.randomUUID(), code, agency, DossierAction.REQUEST_SUPPLEMENT,
				DossierStatus.RECEIVED, DossierStatus.AWAITING_SUPPLEMENT, at, "motcua", false))
			.andWaitForStateChange(() -> outbox.ofKey(PortalSync.PORTAL, code), messages -> !messages.isEmpty())
			.andVerify(messages -> {
				PortalStatusMessage message = single(messages, "Mã 5 · Yêu cầu bổ sung giấy tờ");
				assertThat(message.dossierCode()).isEqualTo(code);
				assertThat(message.statusCode()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT.nationalCode()).isEqualTo(5);
				assertThat(message.statusName()).isEqualTo("Yêu cầu bổ sung giấy tờ");
				assertThat(message.sequence()).isEqualTo(1);
				assertThat(message.previousStatusCode()).isNull();
				assertThat(message.action()).isEqualTo("REQUEST_SUPPLEMENT");
				assertThat(message.changedAt()).isEqualTo(at);
			});
	}

	@Test
	@WithUserDetails("motcua")
	void aDeskIntakeInTheDossierModuleReachesThePortalQueueWithTheDossier(Scenario scenario) {
		AtomicReference<String> code = new AtomicReference<>("");
		scenario.stimulate(() -> {
			Dossier dossier = dossiers.intake(new IntakeCommand("2.002352", "DIRECT",
					new ApplicantData("Phạm Thị Cổng Quốc Gia", "042090000002", "0912345679", null, null, null),
					List.of(new ComponentData("TK", true, 1, null, null, null),
							new ComponentData("QD", true, 1, null, null, null),
							new ComponentData("ANH", true, 2, null, null, null)),
					null, null, null, null));
			code.set(dossier.code());
			return dossier;
		})
			.andWaitForStateChange(() -> outbox.ofKey(PortalSync.PORTAL, code.get()), messages -> !messages.isEmpty())
			.andVerify((messages, dossier) -> {
				PortalStatusMessage message = single(messages, "Mã 2 · Được tiếp nhận");
				assertThat(message.dossierCode()).isEqualTo(dossier.code());
				assertThat(message.statusCode()).isEqualTo(2);
				assertThat(message.action()).isEqualTo("RECEIVE");
				assertThat(jdbc.sql("select last_status_code from portal_dossier where dossier_code = ?")
					.param(dossier.code())
					.query(Integer.class)
					.single()).isEqualTo(2);
			});
	}

	/** The one message queued, with its label; its JSON body. */
	private PortalStatusMessage single(List<OutboxEntry> messages, String label) {
		assertThat(messages).singleElement().satisfies(entry -> {
			assertThat(entry.destination()).isEqualTo("PORTAL");
			assertThat(entry.label()).isEqualTo(label);
		});
		byte[] body = outbox.payload(messages.get(0).id()).orElseThrow();
		return json.readValue(body, PortalStatusMessage.class);
	}
}
