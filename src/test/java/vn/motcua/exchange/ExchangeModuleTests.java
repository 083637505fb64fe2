package vn.motcua.exchange;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.MotCuaModuleTest;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommands.ActionCommand;
import vn.motcua.dossier.DossierCommands.ApplicantData;
import vn.motcua.dossier.DossierCommands.ComponentData;
import vn.motcua.dossier.DossierCommands.IntakeCommand;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTransitioned;
import vn.motcua.outbox.Destination;
import vn.motcua.outbox.OutboxManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exchange module with the modules it depends on (dossier, outbox, identity, document and theirs; a Spring
 * Modulith module test on the embedded PostgreSQL of the {@code system} module), seen with {@link Scenario}: a
 * {@code FORWARD} of a dossier to the Cục Lãnh sự, which the demo's loopback peer hosts, publishes
 * {@link DossierTransitioned}, and {@link ExchangeOutgoing} writes in the same transaction the signed-to-be
 * {@code FORWARD} message to the peer's outbox destination and the origin link; a FORWARD to an agency no peer hosts
 * is recorded only.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "system")
@MotCuaModuleTest
class ExchangeModuleTests {

	@Autowired
	DossierManagement dossiers;

	@Autowired
	OutboxManagement outbox;

	@Autowired
	PeerManagement peers;

	@Autowired
	Links links;

	@Autowired
	JsonMapper json;

	@Test
	@WithUserDetails("motcua")
	void aForwardToAnAgencyAPeerHostsIsQueuedForThatPeer(Scenario scenario) {
		Dossier received = dossiers.intake(passport("Lê Văn Liên Thông"));
		Destination peer = Destination.of(OutboxPeerQueue.KIND, peers.nodeCode());
		scenario.stimulate(() -> dossiers.act(received.code(), forward(ExchangeDemo.MINISTRY_AGENCY, "Chuyển Cục Lãnh sự")))
			.andWaitForStateChange(() -> outbox.ofKey(peer, received.code()), messages -> !messages.isEmpty())
			.andVerify((messages, forwarded) -> {
				assertThat(forwarded.status()).isEqualTo(DossierStatus.FORWARDED);
				assertThat(messages).singleElement().satisfies(entry -> {
					assertThat(entry.destination()).isEqualTo("PEER:" + peers.nodeCode());
					assertThat(entry.label()).isEqualTo("Chuyển liên thông hồ sơ " + received.code() + " đến BNG-CLS");
				});
				ExchangeMessage message = json.readValue(outbox.payload(messages.get(0).id()).orElseThrow(),
						ExchangeMessage.class);
				assertThat(message.messageId()).isEqualTo(messages.get(0).id());
				assertThat(message.kind()).isEqualTo(ExchangeMessage.FORWARD);
				assertThat(message.to()).isEqualTo(peers.nodeCode());
				assertThat(message.forward()).isNotNull().satisfies(f -> {
					assertThat(f.originCode()).isEqualTo(received.code());
					assertThat(f.originAgency()).isEqualTo("SNV-HT");
					assertThat(f.targetAgency()).isEqualTo("BNG-CLS");
					assertThat(f.procedureCode()).isEqualTo("2.002352");
					assertThat(f.applicant().fullName()).isEqualTo("Lê Văn Liên Thông");
					assertThat(f.papers()).extracting(ExchangeMessage.Paper::code).containsExactly("TK", "QD", "ANH");
					// the procedure's last inter-agency leg: 3 working days at the ministry
					assertThat(f.legWorkingDays()).isEqualTo(3);
					assertThat(f.note()).isEqualTo("Chuyển Cục Lãnh sự");
				});
				assertThat(links.find(Links.ORIGIN, received.code())).hasValueSatisfying(link -> {
					assertThat(link.peerCode()).isEqualTo(peers.nodeCode());
					assertThat(link.otherAgency()).isEqualTo("BNG-CLS");
				});
			});
	}

	@Test
	@WithUserDetails("motcua")
	void aForwardToAnAgencyNoPeerHostsIsRecordedOnly(Scenario scenario) {
		Dossier received = dossiers.intake(passport("Hoàng Thị Giấy Tay"));
		scenario.stimulate(() -> dossiers.act(received.code(), forward("STP-HT", "Chuyển Sở Tư pháp bằng bản giấy")))
			.andWaitForEventOfType(DossierTransitioned.class)
			.matching(e -> e.code().equals(received.code()) && e.action() == DossierAction.FORWARD)
			.toArriveAndVerify((event, forwarded) -> {
				assertThat(forwarded.forwardedTo()).isEqualTo("STP-HT");
				assertThat(outbox.ofKey(Destination.of(OutboxPeerQueue.KIND, peers.nodeCode()), received.code()))
					.isEmpty();
				assertThat(links.find(Links.ORIGIN, received.code())).isEmpty();
			});
	}

	private static IntakeCommand passport(String name) {
		return new IntakeCommand("2.002352", "DIRECT",
				new ApplicantData(name, "038190005678", "0987654321", null, null, null),
				List.of(new ComponentData("TK", true, 1, null, null, null),
						new ComponentData("QD", true, 1, null, null, null),
						new ComponentData("ANH", true, 2, null, null, null)),
				null, null, null, null);
	}

	private static ActionCommand forward(String agencyCode, String note) {
		return new ActionCommand("FORWARD", null, note, null, agencyCode, null, null, null, null, null, null);
	}
}
