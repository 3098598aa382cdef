package tw.gov.quality.cli;

import java.util.List;
import java.util.Optional;

import static tw.gov.quality.cli.OptionSpec.optional;
import static tw.gov.quality.cli.OptionSpec.required;

/**
 * Every command the program knows, with its options: the one description the help prints and the
 * arguments are checked against, before Spring, the database or any folder is touched.
 */
final class CommandCatalog {

	private static final OptionSpec YEAR = required("year", OptionKind.YEAR, "民國年 107 或西元年 2018");

	private static final OptionSpec QUARTER = required("quarter", OptionKind.QUARTER, "1 到 4，也可寫 第2季、Q2");

	private static final OptionSpec AS_OF = optional("as-of", OptionKind.DATE_TIME,
			"以這個時刻（臺北時間）計算，預設為現在；只寫日期表示當天 23:59:59");

	static final CommandSpec SERVE = CommandSpec.of("serve",
			"啟動服務：網頁主控台與 API（server.port，預設 8080）及排程（每五分鐘收件，每日期限檢查、催繳與彙整）；不加任何指令也一樣", "");

	static final CommandSpec DEMO = CommandSpec.of("demo",
			"以範例資料在 demo/ 資料夾（自己的資料庫）跑一次完整的季報流程", "--serve",
			optional("serve", OptionKind.FLAG, "跑完後開啟網頁主控台瀏覽範例結果（按 Ctrl-C 結束）"));

	static final CommandSpec TEMPLATES = CommandSpec.of("templates", "產生各機關本季的進度回報範本",
			"--year=107 --quarter=2", YEAR, QUARTER, optional("office", OptionKind.OFFICE, "只產生這個機關的範本"));

	static final CommandSpec INGEST = CommandSpec.of("ingest", "收取收件匣中的進度回報檔，檢查後存檔並產生回執", "");

	static final CommandSpec CHECK_DEADLINES = CommandSpec.of("check-deadlines", "檢查各機關準時、逾期、未繳並記錄",
			"--year=107 --quarter=2 --as-of=2018-07-11T09:00", YEAR, QUARTER, AS_OF);

	static final CommandSpec EXTEND = CommandSpec.of("extend", "准予一個機關延期繳交（留有紀錄）",
			"--office=AEA-TPE --year=107 --quarter=2 --until=2018-07-20 --reason=系統故障 --by=王科長",
			required("office", OptionKind.OFFICE, "延期的機關"), YEAR, QUARTER,
			required("until", OptionKind.DATE_TIME, "延至何時（只寫日期表示當天 23:59:59）"),
			required("reason", OptionKind.TEXT, "延期原因"), required("by", OptionKind.TEXT, "核准人"));

	static final CommandSpec CONSOLIDATE = CommandSpec.of("consolidate", "產生各上級機關的執行成果報告與審查意見表",
			"--year=107 --quarter=2", YEAR, QUARTER,
			optional("supervisor", OptionKind.SUPERVISOR, "只彙整這個上級機關"), AS_OF);

	static final CommandSpec RUN = CommandSpec.of("run", "一次完成本季的收件、期限檢查、彙整與催繳",
			"--year=107 --quarter=2", YEAR, QUARTER, AS_OF);

	static final CommandSpec REMIND = CommandSpec.of("remind", "寄送截止前提醒、逾期催繳及上級機關通知（每階段只寄一次）",
			"--year=107 --quarter=2", YEAR, QUARTER, AS_OF);

	static final CommandSpec HASH_PASSWORD = CommandSpec.of("hash-password",
			"輸入密碼（不顯示），印出設定檔 quality.security.users 使用的 BCrypt 雜湊值", "");

	static final CommandSpec HELP = new CommandSpec("help", "顯示說明；加上指令名稱顯示該指令的選項與範例", List.of(), "[指令]",
			"templates");

	static final CommandSpec VERSION = CommandSpec.of("version", "顯示版本與建置時間", "");

	static final CommandSpec RETRY_CONVERSIONS = CommandSpec.of("retry-conversions",
			"重新嘗試曾逾時而暫停的 .ods／PDF 轉檔（檔案未變更時不會每次重試）：下次收件、彙整或催繳時再轉", "");

	static final List<CommandSpec> ALL = List.of(SERVE, DEMO, TEMPLATES, INGEST, CHECK_DEADLINES, EXTEND, CONSOLIDATE, RUN,
			REMIND, RETRY_CONVERSIONS, HASH_PASSWORD, HELP, VERSION);

	private CommandCatalog() {
	}

	static Optional<CommandSpec> find(String name) {
		return ALL.stream().filter(spec -> spec.name().equals(name)).findFirst();
	}

	/** The whole usage: every command with what it does and one example. */
	static String help(String version) {
		StringBuilder text = new StringBuilder();
		text.append("服務品質執行計畫 季進度彙報 ").append(version).append("\n\n");
		text.append("用法：").append(CommandSpec.PROGRAM).append(" <指令> [--選項=值 ...]\n");
		text.append("請在放有 config/ 與 input-templates/ 的資料夾執行。年度可寫民國年（107）或西元年（2018）；季別 1 到 4、第2季、Q2。\n\n");
		text.append("指令：\n");
		int width = ALL.stream().mapToInt(spec -> spec.name().length()).max().orElse(0);
		for (CommandSpec spec : ALL) {
			text.append("  ").append(spec.name()).append(" ".repeat(width - spec.name().length() + 2)).append(spec.summary()).append('\n');
			text.append("  ").append(" ".repeat(width + 2)).append("例：").append(spec.example()).append('\n');
		}
		text.append('\n');
		text.append("各指令的選項：").append(CommandSpec.PROGRAM).append(" help <指令>\n");
		text.append("Spring 設定可加在任何指令後，例如 --server.port=9090、--spring.profiles.active=production。\n");
		text.append("結束代碼：0 完成；1 執行失敗（stderr 一行說明原因）；2 指令或選項有誤。記錄檔：logs/quality-progress.log\n");
		return text.toString();
	}

}
