package tw.gov.quality.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the nodes that share one database and one inbox divide the work.
 *
 * @param nodeId this node's name in claims and locks (default: host name and process id); must differ
 * between nodes
 * @param claimLease how long a claim on an inbox file or a submission holds without its holder
 * finishing it: a node killed while it holds a claim leaves the file to another node after this long.
 * Longer than the time to copy the largest file and to read one chunk of submissions.
 */
@ConfigurationProperties("quality.cluster")
public record ClusterProperties(@DefaultValue("") String nodeId, @DefaultValue("2m") Duration claimLease) {

	public ClusterProperties {
		if (nodeId == null || nodeId.isBlank()) {
			nodeId = defaultNodeId();
		}
		if (claimLease == null || claimLease.isNegative() || claimLease.isZero()) {
			throw new IllegalArgumentException("quality.cluster.claim-lease must be positive");
		}
	}

	private static String defaultNodeId() {
		String host;
		try {
			host = java.net.InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException ex) {
			host = "localhost";
		}
		String id = host + ":" + ProcessHandle.current().pid();
		return id.length() > 100 ? id.substring(0, 100) : id;
	}

}
