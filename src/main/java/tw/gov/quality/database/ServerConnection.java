package tw.gov.quality.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.mariadb.jdbc.Driver;

/** Short JDBC conversations with an embedded server on 127.0.0.1, outside any pool. */
final class ServerConnection {

	/** Connections of other clients: not this one, not the server's own threads. */
	private static final String OTHER_CLIENTS = """
			SELECT COUNT(*) FROM information_schema.PROCESSLIST
			WHERE ID <> CONNECTION_ID()
			  AND COMMAND NOT IN ('Daemon', 'Killed')
			  AND USER NOT IN ('system user', 'event_scheduler', 'unauthenticated user')""";

	private ServerConnection() {
	}

	static String jdbcUrl(int port, String database) {
		return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
	}

	/** Whether a MariaDB server answers on the port within a few seconds. */
	static boolean answers(int port) {
		try (Connection connection = connect(port); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT 1")) {
			return result.next();
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/** How many connections other than this one the server has; 0 if it does not answer. */
	static int otherClients(int port) {
		try (Connection connection = connect(port); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(OTHER_CLIENTS)) {
			return result.next() ? result.getInt(1) : 0;
		}
		catch (SQLException ex) {
			return 0;
		}
	}

	private static Connection connect(int port) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", "root");
		properties.setProperty("password", "");
		properties.setProperty("connectTimeout", "3000");
		properties.setProperty("socketTimeout", "5000");
		// The driver itself, not DriverManager: the caller's class loader may be a nested jar's.
		Connection connection = new Driver().connect(jdbcUrl(port, ""), properties);
		if (connection == null) {
			throw new SQLException("The MariaDB driver did not accept " + jdbcUrl(port, ""));
		}
		return connection;
	}

}
