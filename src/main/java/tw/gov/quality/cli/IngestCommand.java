package tw.gov.quality.cli;

import java.io.PrintStream;

import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;
import tw.gov.quality.ingest.IngestResult;

/** {@code ingest}: takes every complete file from the inbox, answers each with a receipt. */
@Component
class IngestCommand implements CliCommand {

	private final QuarterlyRun quarterlyRun;

	private final Folders folders;

	IngestCommand(QuarterlyRun quarterlyRun, Folders folders) {
		this.quarterlyRun = quarterlyRun;
		this.folders = folders;
	}

	@Override
	public CommandSpec spec() {
		return CommandCatalog.INGEST;
	}

	@Override
	public int run(CommandLine commandLine, PrintStream out) throws Exception {
		IngestResult result = quarterlyRun.receive(out);
		if (result.skipped()) {
			throw new CommandException(result.failure() + "，請稍後再試");
		}
		out.printf("%s（收件匣 %s，回執在 %s）%n", result.summary(), folders.inbox(), folders.output().resolve("receipts"));
		result.lines().forEach(out::println);
		if (!result.completed()) {
			throw new CommandException("收件作業未完成（批次執行 #" + result.jobExecutionId() + "，狀態 " + result.status() + "）："
					+ result.failure() + "；重新執行 ingest 會從中斷處繼續");
		}
		if (result.needsAttention()) {
			throw new CommandException(result.unarchived() + " 份檔案無法封存，仍留在收件匣；請依上列原因處理後重新執行 ingest");
		}
		return 0;
	}

}
