package tw.gov.quality.plan;

/**
 * A numeric target stated by the plan: "年度內至少4次" is 4 次 每年, "每月至少派員打掃該社區公園 2次" is
 * 2 次 每月, "至少種植200株草花" is 200 株 每年.
 */
public record Target(int quantity, String unit, Frequency period) {

	public Target {
		if (quantity <= 0) {
			throw new IllegalArgumentException("目標數量必須大於 0");
		}
	}

	/** What the year adds up to: 2 a month is 24 a year. */
	public int annualQuantity() {
		return quantity * period.timesPerYear();
	}

	/** The cumulative figure an item on pace has reached by the end of the quarter (rounded up). */
	public int expectedByQuarter(int quarter) {
		return (annualQuantity() * quarter + 3) / 4;
	}

	/** 4次/每年 */
	public String label() {
		return period.label() + quantity + unit;
	}

	/** 每月2次（全年24次）: the label, plus what the year adds up to when it is not counted yearly. */
	public String labelWithAnnual() {
		return period.timesPerYear() == 1 ? label() : label() + "（全年" + annualQuantity() + unit + "）";
	}

}
