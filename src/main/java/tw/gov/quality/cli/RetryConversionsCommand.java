package tw.gov.quality.cli;

import java.io.PrintStream;

import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;
import tw.gov.quality.formats.OfficeConverter;

/**
 * {@code retry-conversions}: an administrator's rerun of the .ods and PDF conversions that timed out. Such a
 * conversion is not tried again on every run while its workbook keeps the same bytes; this forgets those
 * records under the output folder, so the next run that writes there (ingest, consolidation, reminders)
 * converts them again.
 */
@Component
class RetryConversionsCommand implements CliCommand {

	private final OfficeConverter converter;

	private final Folders folders;

	RetryConversionsCommand(OfficeConverter converter, Folders folders) {
		this.converter = converter;
		this.folders = folders;
	}

	@Override
	public CommandSpec spec() {
		return CommandCatalog.RETRY_CONVERSIONS;
	}

	@Override
	public int run(CommandLine commandLine, PrintStream out) {
		int released = converter.releaseHeld(folders.output());
		out.printf("已清除 %d 筆轉檔逾時紀錄；下次收件、彙整或催繳時會重新轉為 .ods／PDF%n", released);
		return 0;
	}

}
