package vn.motcua.identity;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.motcua.identity.AgencyManagement.AgencyCommand;
import vn.motcua.identity.FieldManagement.FieldCommand;
import vn.motcua.identity.UserManagement.UserCommand;
import vn.motcua.shared.Roles;
import vn.motcua.shared.SystemTask;

/**
 * At start-up: creates the first system administrator from {@code MOTCUA_ADMIN_PASSWORD} when there is no account
 * (or, without it and without demo data, with a generated password printed once to the log, to be changed at the first
 * sign-in),
 * and, with {@code motcua.demo-data=true} and an empty database, a demo Sở Ngoại vụ with its province, a second
 * department, a commune, the foreign-affairs fields and one account for every role. Everything goes through the
 * application services, so it is validated and audited like any other write.
 */
@Component
class IdentityStartup implements ApplicationModuleInitializer {

	private static final Logger log = LoggerFactory.getLogger(IdentityStartup.class);

	/** The demo agency other modules attach their demo data to. */
	static final String DEMO_AGENCY = "SNV-HT";

	private final AgencyManagement agencies;

	private final FieldManagement fields;

	private final UserManagement users;

	private final Agencies agencyTable;

	private final SecurityProperties properties;

	private final boolean demoData;

	private final String demoPassword;

	IdentityStartup(AgencyManagement agencies, FieldManagement fields, UserManagement users, Agencies agencyTable,
			SecurityProperties properties, @Value("${motcua.demo-data:false}") boolean demoData,
			@Value("${motcua.demo-password:MotCua@2026}") String demoPassword) {
		this.agencies = agencies;
		this.fields = fields;
		this.users = users;
		this.agencyTable = agencyTable;
		this.properties = properties;
		this.demoData = demoData;
		this.demoPassword = demoPassword;
	}

	@Override
	public void initialize() {
		SystemTask.run(() -> {
			if (StringUtils.hasText(properties.adminPassword()) && users.bootstrapAdmin(properties.adminPassword())) {
				log.info("Created the first system administrator 'admin' from MOTCUA_ADMIN_PASSWORD");
			}
			if (demoData && agencyTable.count() == 0) {
				createDemo();
				log.warn("Demo data created: accounts use the demo password; set motcua.demo-data=false in production");
			}
			String generated = generatedPassword();
			if (users.bootstrapAdminWithGeneratedPassword(generated)) {
				log.warn("""

						==================================================================
						 First administrator created: user 'admin', password {}
						 Shown only this once and stored only hashed; it must be changed
						 at the first sign-in. (Set MOTCUA_ADMIN_PASSWORD to choose one.)
						==================================================================""", generated);
			}
		});
	}

	/** 20 random letters and digits (at least one of each, as the password policy wants). */
	static String generatedPassword() {
		String letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
		String digits = "23456789";
		java.security.SecureRandom random = new java.security.SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 18; i++) {
			String from = letters + digits;
			password.append(from.charAt(random.nextInt(from.length())));
		}
		password.insert(random.nextInt(password.length()), letters.charAt(random.nextInt(letters.length())));
		password.insert(random.nextInt(password.length()), digits.charAt(random.nextInt(digits.length())));
		return password.toString();
	}

	private void createDemo() {
		agencies.create(new AgencyCommand("UBND-HT", "Ủy ban nhân dân tỉnh Hà Tĩnh", "UBND tỉnh Hà Tĩnh",
				"000.00.00.H36", "PROVINCE", null, "Số 01 đường Nguyễn Tất Thành, phường Thành Sen, tỉnh Hà Tĩnh",
				"0239 3855 555", "ubnd@hatinh.gov.vn", true));
		agencies.create(new AgencyCommand(DEMO_AGENCY, "Sở Ngoại vụ tỉnh Hà Tĩnh", "Sở Ngoại vụ", "000.00.20.H36",
				"PROVINCE", "UBND-HT", "Số 02 đường Nguyễn Chí Thanh, phường Thành Sen, tỉnh Hà Tĩnh",
				"0239 3690 118", "songoaivu@hatinh.gov.vn", true));
		agencies.create(new AgencyCommand("STP-HT", "Sở Tư pháp tỉnh Hà Tĩnh", "Sở Tư pháp", "000.00.15.H36",
				"PROVINCE", "UBND-HT", "Số 108 đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh", "0239 3856 402",
				"sotuphap@hatinh.gov.vn", true));
		agencies.create(new AgencyCommand("XA-THANHSEN", "Ủy ban nhân dân phường Thành Sen", "UBND phường Thành Sen",
				"000.25.19.H36", "COMMUNE", "UBND-HT", "Phường Thành Sen, tỉnh Hà Tĩnh", null, null, true));
		fields.create(new FieldCommand("DOI_NGOAI", "Lĩnh vực đối ngoại", true));
		fields.create(new FieldCommand("HOI_NGHI", "Hội nghị, hội thảo quốc tế", true));
		fields.create(new FieldCommand("LANH_SU", "Lãnh sự", true));
		fields.create(new FieldCommand("HO_TICH", "Hộ tịch", true));
		if (users.bootstrapAdmin(demoPassword)) {
			log.info("Created demo system administrator 'admin'");
		}
		demoUser("quantri", "Nguyễn Văn An", DEMO_AGENCY, Roles.AGENCY_ADMIN);
		demoUser("motcua", "Trần Thị Bình", DEMO_AGENCY, Roles.RECEPTION_OFFICER);
		demoUser("chuyenvien", "Lê Văn Cường", DEMO_AGENCY, Roles.PROCESSING_OFFICER);
		demoUser("truongphong", "Phạm Thị Dung", DEMO_AGENCY, Roles.DEPARTMENT_HEAD);
		demoUser("giamdoc", "Hoàng Văn Đức", DEMO_AGENCY, Roles.AGENCY_HEAD);
		demoUser("kiemsoat", "Võ Thị Hạnh", DEMO_AGENCY, Roles.CONTROL_OFFICER);
		demoUser("xem", "Đặng Văn Khoa", DEMO_AGENCY, Roles.VIEWER);
		demoUser("quantri.stp", "Bùi Thị Lan", "STP-HT", Roles.AGENCY_ADMIN);
	}

	private void demoUser(String username, String fullName, String agency, String role) {
		users.create(new UserCommand(username, fullName, username.replace(".", "-") + "@hatinh.gov.vn", demoPassword,
				agency, List.of(role), true));
	}
}
