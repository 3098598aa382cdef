package tw.gov.quality.cli;

import java.io.PrintStream;
import java.util.List;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * After {@code demo --serve}: where the console is and who can sign in. The accounts are the demo users of
 * {@code quality.security.demo-users} as configured; their password is the demo password of the README.
 */
@Component
class DemoConsole {

	static final String DEMO_PASSWORD = "demo1234";

	private final Environment environment;

	DemoConsole(Environment environment) {
		this.environment = environment;
	}

	record DemoAccount(String username, String role, String office) {
	}

	void announce(PrintStream out) {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		List<DemoAccount> accounts = Binder.get(environment)
			.bind("quality.security.demo-users", Bindable.listOf(DemoAccount.class))
			.orElse(List.of());
		out.println();
		out.println("主控台已開啟，顯示範例資料：http://localhost:" + port + "/");
		if (environment.matchesProfiles("production") || accounts.isEmpty()) {
			out.println("（production 設定檔沒有範例帳號：請用 quality.security.users 的帳號登入）");
		}
		else {
			out.println("範例帳號（密碼皆為 " + DEMO_PASSWORD + "）：");
			for (DemoAccount account : accounts) {
				out.printf("  %-8s %s%n", account.username(), describe(account));
			}
		}
		out.println("看板：http://localhost:" + port + "/board　下載：http://localhost:" + port + "/downloads");
		out.println("按 Ctrl-C 結束。");
		out.flush();
	}

	private static String describe(DemoAccount account) {
		return switch (account.role() == null ? "" : account.role()) {
			case "ADMIN" -> "管理者：全部機關與所有功能";
			case "SUPERVISOR" -> "上級機關 " + account.office() + "：所屬機關的看板與下載";
			case "OFFICE" -> "機關 " + account.office() + "：自己的範本、回執與紀錄";
			default -> account.role();
		};
	}

}
