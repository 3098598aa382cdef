package tw.gov.quality.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user of the console or the API.
 *
 * @param officeCode for a SUPERVISOR the root of the subtree it supervises, for an OFFICE its own
 * office, for an ADMIN {@code null} or the office it works for (informational)
 */
public record ConsoleUser(String username, String passwordHash, Role role, String officeCode) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** Never print the hash. */
	@Override
	public String toString() {
		return "ConsoleUser[" + username + ", " + role + (officeCode == null ? "" : ", " + officeCode) + "]";
	}

}
