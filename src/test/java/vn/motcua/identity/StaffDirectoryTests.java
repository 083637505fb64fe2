package vn.motcua.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotCuaTest;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;
import vn.motcua.shared.Roles;
import vn.motcua.shared.SystemTask;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Other modules read staff through {@link StaffDirectory}: the holders of a role in an agency come from the database
 * page by page, so the assignment list of a large agency keeps every processing officer (the old in-memory filter of
 * the first 200 accounts lost them), and disabled accounts and other roles stay out.
 */
@MotCuaTest
class StaffDirectoryTests {

	@Autowired
	StaffDirectory staff;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	UserManagement users;

	@Test
	void holdersOfARoleArePagedInTheDatabaseAndNoneIsLost() {
		String suffix = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
		String agency = "NV-" + suffix;
		SystemTask.run(() -> agencies.create(new AgencyManagement.AgencyCommand(agency, "Phòng thử cán bộ " + suffix,
				null, "C." + suffix + ".H36", "COMMUNE", "SNV-HT", null, null, null, true)));
		UUID id = SystemTask.call(() -> agencies.get(agency).id());
		for (int i = 1; i <= 5; i++) {
			create("xl" + i + suffix.toLowerCase(), "Chuyên viên " + i, agency, List.of(Roles.PROCESSING_OFFICER), true);
		}
		create("khoa" + suffix.toLowerCase(), "Chuyên viên bị khóa", agency, List.of(Roles.PROCESSING_OFFICER), false);
		create("tn" + suffix.toLowerCase(), "Cán bộ một cửa", agency, List.of(Roles.RECEPTION_OFFICER), true);

		PageResult<UserAccount> first = staff.holdersOf(Roles.PROCESSING_OFFICER, Set.of(id), null, new PageRequest(0, 2));
		assertThat(first.total()).isEqualTo(5);
		assertThat(first.items()).hasSize(2);
		assertThat(staff.allHoldersOf(Roles.PROCESSING_OFFICER, Set.of(id))).hasSize(5)
			.allMatch(u -> u.startsWith("xl"));
		assertThat(staff.holdersOf(Roles.PROCESSING_OFFICER, Set.of(id), "vien 3", new PageRequest(0, 10)).items())
			.extracting(UserAccount::username)
			.containsExactly("xl3" + suffix.toLowerCase());
	}

	private void create(String username, String name, String agency, List<String> roles, boolean enabled) {
		SystemTask.run(() -> users.create(new UserManagement.UserCommand(username, name, null, "MotCua@2026-x" + username,
				agency, roles, enabled)));
	}
}
