package tw.gov.quality;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the service reads and writes, relative to the working directory unless absolute.
 *
 * @param plans plan workbooks, one per office and year
 * @param output templates, receipts, reports and reminders
 * @param inbox where offices drop their progress sheets, one folder per office code
 * @param archive every received file, byte for byte, never pruned
 */
@ConfigurationProperties("quality.folders")
public record Folders(@DefaultValue("input-templates/plans") Path plans, @DefaultValue("output") Path output,
		@DefaultValue("inbox") Path inbox, @DefaultValue("archive") Path archive) {
}
