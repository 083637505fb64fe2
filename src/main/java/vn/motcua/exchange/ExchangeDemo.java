package vn.motcua.exchange;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.AgencyManagement;
import vn.motcua.identity.AgencyManagement.AgencyCommand;
import vn.motcua.identity.UserManagement;
import vn.motcua.identity.UserManagement.UserCommand;
import vn.motcua.shared.Roles;
import vn.motcua.shared.SystemTask;

/**
 * Demo data of the exchange ({@code motcua.demo-data=true}): a Ministry-side agency, the Cục Lãnh sự
 * ({@value #MINISTRY_AGENCY}), with a staff account {@code cuclanhsu} (desk and department head) who can take and
 * complete what the province forwards, and, when no peer is configured, a loopback peer: this same application,
 * reached in-process, hosting the Cục Lãnh sự and the Sở Ngoại vụ. A user forwards a passport dossier to
 * {@value #MINISTRY_AGENCY}, the Cục Lãnh sự completes its linked dossier, and the result comes back to the province.
 */
@Component
class ExchangeDemo implements ApplicationModuleInitializer {

	private static final Logger log = LoggerFactory.getLogger(ExchangeDemo.class);

	static final String MINISTRY_AGENCY = "BNG-CLS";

	private final boolean demoData;

	private final boolean loopback;

	private final String demoPassword;

	private final AgencyDirectory agencies;

	private final AgencyManagement agencyManagement;

	private final UserManagement users;

	private final PeerManagement peers;

	private final Peers peerTable;

	ExchangeDemo(@Value("${motcua.demo-data:false}") boolean demoData,
			@Value("${motcua.exchange.demo-loopback:true}") boolean loopback,
			@Value("${motcua.demo-password:MotCua@2026}") String demoPassword, AgencyDirectory agencies,
			AgencyManagement agencyManagement, UserManagement users, PeerManagement peers, Peers peerTable) {
		this.demoData = demoData;
		this.loopback = loopback;
		this.demoPassword = demoPassword;
		this.agencies = agencies;
		this.agencyManagement = agencyManagement;
		this.users = users;
		this.peers = peers;
		this.peerTable = peerTable;
	}

	@Override
	public void initialize() {
		if (!demoData || agencies.findByCode(MINISTRY_AGENCY).isPresent() || !agencies.findByCode("SNV-HT").isPresent()) {
			return;
		}
		SystemTask.run(() -> {
			agencyManagement.create(new AgencyCommand(MINISTRY_AGENCY, "Cục Lãnh sự - Bộ Ngoại giao", "Cục Lãnh sự",
					"G12.26", "MINISTRY", null, "40 Trần Phú, Ba Đình, Hà Nội", null, null, true));
			users.create(new UserCommand("cuclanhsu", "Ngô Thị Mai", "cuclanhsu@mofa.gov.vn", demoPassword,
					MINISTRY_AGENCY, List.of(Roles.RECEPTION_OFFICER, Roles.DEPARTMENT_HEAD), true));
			if (loopback && peerTable.count() == 0) {
				String key = peers.ownIdentity().keys().get(peers.ownIdentity().keys().size() - 1).publicKey();
				peers.save(new PeerManagement.PeerCommand(peers.nodeCode(),
						"Cục Lãnh sự (mô phỏng trong cùng hệ thống)", "loopback:", List.of(MINISTRY_AGENCY, "SNV-HT"),
						true, List.of(new PeerManagement.KeyData(key, null, null))));
			}
		});
		log.info("Demo exchange: agency {} with user 'cuclanhsu', reached through the loopback peer", MINISTRY_AGENCY);
	}
}
