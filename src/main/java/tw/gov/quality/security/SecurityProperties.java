package tw.gov.quality.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the console and the API ({@code quality.security} in config/application.yml).
 *
 * @param users the accounts: passwords only as BCrypt hashes ({@code hash-password} prints one)
 * @param demoUsers the documented demo accounts of config/application.yml, ignored in the
 * {@code production} profile
 * @param initialAdmin the user name of the administrator generated on a first start without any
 * configured user (its password is printed once on the console, only its hash is stored)
 */
@ConfigurationProperties("quality.security")
record SecurityProperties(@DefaultValue List<User> users, @DefaultValue List<User> demoUsers,
		@DefaultValue("admin") String initialAdmin) {

	/**
	 * @param passwordHash BCrypt ({@code $2a$…}, {@code $2b$…} or {@code $2y$…}), never the password
	 * @param office for a SUPERVISOR the root of the subtree it supervises, for an OFFICE its office
	 */
	public record User(String username, String passwordHash, Role role, String office) {
	}

}
