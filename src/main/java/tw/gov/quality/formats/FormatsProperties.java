package tw.gov.quality.formats;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which formats every output is written in, and the LibreOffice processes that convert them.
 *
 * @param formats {@code xlsx} always; {@code ods} (every output) and {@code pdf} (the consolidated
 * report, review forms, receipts and reminder lists) when LibreOffice is installed
 * @param office the LibreOffice processes
 */
@ConfigurationProperties("quality.output")
public record FormatsProperties(@DefaultValue({ "xlsx", "ods", "pdf" }) List<OutputFormat> formats,
		@DefaultValue Office office) {

	/**
	 * @param home LibreOffice's installation folder (the one holding {@code program/soffice}); empty:
	 * looked for where LibreOffice installs itself ({@code /usr/lib/libreoffice},
	 * {@code /opt/libreoffice*}, {@code C:\Program Files\LibreOffice})
	 * @param processes how many office processes convert at once
	 * @param ports their TCP ports on 127.0.0.1, one per process; empty: free ports chosen at start
	 * @param taskTimeout how long the conversion of a small file may take before its process is killed and
	 * restarted; larger files get {@code taskTimeoutPerMegabyte} more per megabyte, up to {@code maxTaskTimeout}
	 * @param taskTimeoutPerMegabyte added to the timeout per megabyte of the .xlsx, in proportion
	 * @param maxTaskTimeout the longest any conversion may take
	 * @param queueTimeout how long a conversion waits for a free process
	 * @param startTimeout how long an office process may take to start
	 * @param maxTasksPerProcess conversions after which a process is restarted (LibreOffice grows)
	 * @param workDir where the office processes keep their profiles, one folder per process of this service
	 * that started them: the next start stops what a killed one left running ({@link OfficeOwners})
	 */
	public record Office(@DefaultValue("") String home, @DefaultValue("2") int processes,
			@DefaultValue List<Integer> ports, @DefaultValue("2m") Duration taskTimeout,
			@DefaultValue("5m") Duration queueTimeout, @DefaultValue("2m") Duration startTimeout,
			@DefaultValue("200") int maxTasksPerProcess, @DefaultValue("data/office") java.nio.file.Path workDir,
			@DefaultValue("5m") Duration taskTimeoutPerMegabyte, @DefaultValue("60m") Duration maxTaskTimeout) {
	}

}
