package tw.gov.quality.plan;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;

/** How often something recurs: a recurring 完成期限, or the period a numeric target counts over. */
public enum Frequency {

	WEEKLY("每週", 52), MONTHLY("每月", 12), BIMONTHLY("隔月", 6), QUARTERLY("每季", 4), HALF_YEARLY("每半年", 2),
	YEARLY("每年", 1);

	private final String label;

	private final int timesPerYear;

	Frequency(String label, int timesPerYear) {
		this.label = label;
		this.timesPerYear = timesPerYear;
	}

	public String label() {
		return label;
	}

	public int timesPerYear() {
		return timesPerYear;
	}

	/** Reads a label as written in a plan workbook: 每年, 年, 每月, 月, 每周 … */
	public static Optional<Frequency> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace('周', '週');
		return Arrays.stream(values())
			.filter(frequency -> frequency.label.equals(folded) || frequency.label.substring(1).equals(folded))
			.findFirst();
	}

}
