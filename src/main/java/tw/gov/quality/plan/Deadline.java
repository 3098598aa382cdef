package tw.gov.quality.plan;

import java.time.LocalDate;

/** 完成期限 parsed into what the deadline and pace checks need. Every variant keeps the text as written. */
public sealed interface Deadline {

	String text();

	/** A fixed month or day ("96年4月", "12月", "９６年１１月", "107年6月30日"): due at its last day. */
	record Fixed(String text, LocalDate due) implements Deadline {
	}

	/** A recurring duty (每週, 每月/按月, 隔月, 每季/按季, 每半年, 每年). */
	record Recurring(String text, Frequency frequency) implements Deadline {
	}

	/** Ongoing work with no end date (經常辦理, 賡續辦理, 即時辦理 …). */
	record Continuous(String text) implements Deadline {
	}

	/** The plan gives no 完成期限 for the item. */
	record None() implements Deadline {

		@Override
		public String text() {
			return "";
		}

	}

	/** Text the parser does not understand: kept verbatim and reported, never guessed. */
	record Unrecognized(String text) implements Deadline {
	}

}
