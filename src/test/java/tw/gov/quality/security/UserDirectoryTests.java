package tw.gov.quality.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The users in configuration are checked at start-up, with a reason an administrator can act on. */
class UserDirectoryTests {

	static final String HASH = "$2a$04$j4KQzcHaH96WYxobPHMuzuxxMiGcvpvi/pMm02v/jIi39oH3P1M2K";

	static final OfficeRegistry OFFICES = new OfficeRegistry(List.of(new Office("MOJ", "法務部", null, Office.Contact.NONE),
			new Office("MOJ-AEA", "法務部行政執行署", "MOJ", Office.Contact.NONE),
			new Office("AEA-TPE", "臺北分署", "MOJ-AEA", Office.Contact.NONE)));

	private static UserDirectory directory(List<SecurityProperties.User> users, List<SecurityProperties.User> demo,
			String... profiles) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profiles);
		return new UserDirectory(new SecurityProperties(users, demo, "admin"), OFFICES, null, environment);
	}

	private static SecurityProperties.User user(String name, String hash, Role role, String office) {
		return new SecurityProperties.User(name, hash, role, office);
	}

	@Test
	void configuredUsersAreFoundWithTheirRoleAndOffice() {
		UserDirectory users = directory(List.of(user("wang", HASH, Role.SUPERVISOR, "MOJ-AEA")), List.of());
		assertThat(users.find("wang")).hasValueSatisfying(found -> {
			assertThat(found.role()).isEqualTo(Role.SUPERVISOR);
			assertThat(found.officeCode()).isEqualTo("MOJ-AEA");
			assertThat(found.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_SUPERVISOR");
			assertThat(found.toString()).doesNotContain(HASH);
		});
	}

	@Test
	void aPasswordInsteadOfAHashStopsTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> directory(List.of(user("wang", "secret123", Role.ADMIN, null)), List.of()))
			.withMessageContaining("wang")
			.withMessageContaining("不是 BCrypt 雜湊值");
	}

	@Test
	void aSupervisorOrOfficeNeedsAKnownOffice() {
		assertThatIllegalStateException()
			.isThrownBy(() -> directory(List.of(user("clerk", HASH, Role.OFFICE, null)), List.of()))
			.withMessageContaining("必須設定 office");
		assertThatIllegalStateException()
			.isThrownBy(() -> directory(List.of(user("clerk", HASH, Role.OFFICE, "NOPE")), List.of()))
			.withMessageContaining("NOPE");
		assertThatIllegalStateException()
			.isThrownBy(() -> directory(List.of(user("clerk", HASH, null, "AEA-TPE")), List.of()))
			.withMessageContaining("未設定 role");
	}

	@Test
	void aUserNameIsUsedOnce() {
		assertThatIllegalStateException()
			.isThrownBy(() -> directory(List.of(user("wang", HASH, Role.ADMIN, null)),
					List.of(user("wang", HASH, Role.OFFICE, "AEA-TPE"))))
			.withMessageContaining("重複");
	}

	@Test
	void demoUsersExistOutsideProductionOnly() {
		List<SecurityProperties.User> demo = List.of(user("admin", HASH, Role.ADMIN, null));
		assertThat(directory(List.of(), demo).configured()).extracting(ConsoleUser::username).containsExactly("admin");
		assertThat(directory(List.of(), demo, "production").configured()).isEmpty();
	}

}
