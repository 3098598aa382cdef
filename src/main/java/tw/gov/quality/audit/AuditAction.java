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

	static final Map<String, String> LABELS = Map.of(INGEST, "立即收件", CONSOLIDATE, "重新彙整", RESTART,
			"重新啟動批次", RECOVER, "標記中斷批次為失敗", REINGEST, "重新收件", EXTEND, "准予延期", DOWNLOAD, "下載檔案",
			INITIAL_ADMIN, "建立初始管理者");

	private AuditAction() {
	}

	public static String label(String action) {
		return LABELS.getOrDefault(action, action);
	}

}
