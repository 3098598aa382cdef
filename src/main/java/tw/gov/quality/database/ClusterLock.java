package tw.gov.quality.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * A named lock in the shared database (MariaDB's GET_LOCK), held on its own connection for as long
 * as the work runs: two nodes, or the scheduler and an administrator's command, never run the same
 * job at once. The database releases it by itself if the holder dies.
 */
@Component
public class ClusterLock {

	private final DataSource dataSource;

	ClusterLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** A held lock; closing it releases it. */
	public interface Held extends AutoCloseable {

		@Override
		void close();

	}

	/** Takes the lock if nobody holds it; empty if somebody does. */
	public Optional<Held> tryLock(String name) {
		try {
			Connection connection = dataSource.getConnection();
			boolean taken;
			try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
				statement.setString(1, name);
				try (ResultSet result = statement.executeQuery()) {
					taken = result.next() && result.getInt(1) == 1;
				}
			}
			if (!taken) {
				connection.close();
				return Optional.empty();
			}
			return Optional.of(() -> release(connection, name));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not take lock " + name, ex);
		}
	}

	private static void release(Connection connection, String name) {
		try (connection; PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
			statement.setString(1, name);
			statement.execute();
		}
		catch (SQLException ex) {
			// Closing the connection releases the lock as well.
		}
	}

}
