package tw.gov.quality.progress;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** 執行狀態: the template's drop-down values, and the synonyms offices type instead. */
public enum ItemStatus {

	COMPLETED("已完成", "完成"), IN_PROGRESS("執行中", "辦理中", "進行中"), ONGOING("持續辦理", "經常辦理", "賡續辦理", "常態辦理"),
	NOT_STARTED("未開始", "未辦理", "尚未辦理"), NOT_APPLICABLE("不適用", "N/A", "NA", "無");

	private final String label;

	private final List<String> synonyms;

	ItemStatus(String label, String... synonyms) {
		this.label = label;
		this.synonyms = List.of(synonyms);
	}

	/** The label the template's drop-down offers. */
	public String label() {
		return label;
	}

	/** Reads a status ignoring spaces, line breaks, full-width forms and letter case; empty otherwise. */
	public static Optional<ItemStatus> parse(String text) {
		String key = Texts.compact(text).toUpperCase(Locale.ROOT);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		for (ItemStatus status : values()) {
			if (status.label.equals(key) || status.synonyms.contains(key)) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

}
