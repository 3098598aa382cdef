package tw.gov.quality.audit;

import java.util.Map;

/** The audited actions and their names in the console. */
public final class AuditAction {

	public static final String INGEST = "INGEST";

	public static final String CONSOLIDATE = "CONSOLIDATE";

	public static final String RESTART = "RESTART";

	public static final String RECOVER = "RECOVER";

	public static final String REINGEST = "REINGEST";

	public static final String EXTEND = "EXTEND";

	public static final String DOWNLOAD = "DOWNLOAD";

	public static final String INITIAL_ADMIN = "INITIAL_ADMIN";

	/** A page, API call or actuator endpoint refused to the caller's role or office. */
	public static final String ACCESS = "ACCESS";

	/** A sign-in that failed (wrong password, unknown user, locked). */
	public static final String LOGIN_FAILED = "LOGIN_FAILED";

	/** An administrator lifted a sign-in lock. */
	public static final String UNLOCK = "UNLOCK";

	/** A file sent into an inbox folder through the console or the API. */
	public static final String UPLOAD = "UPLOAD";

	static final Map<String, String> LABELS = Map.ofEntries(Map.entry(INGEST, "立即收件"),
			Map.entry(CONSOLIDATE, "重新彙整"), Map.entry(RESTART, "重新啟動批次"), Map.entry(RECOVER, "標記中斷批次為失敗"),
			Map.entry(REINGEST, "重新收件"), Map.entry(EXTEND, "准予延期"), Map.entry(DOWNLOAD, "下載檔案"),
			Map.entry(INITIAL_ADMIN, "建立初始管理者"), Map.entry(ACCESS, "拒絕存取"), Map.entry(LOGIN_FAILED, "登入失敗"),
			Map.entry(UNLOCK, "解除登入鎖定"), Map.entry(UPLOAD, "上傳檔案"));

	private AuditAction() {
	}

	public static String label(String action) {
		return LABELS.getOrDefault(action, action);
	}

}
