package tw.gov.quality.report;

/**
 * How a completion rate reads on the strategy matrix. Each band has a fill for colour prints and a
 * symbol for grayscale ones: the printed copy is what gets signed and forwarded.
 */
enum RateBand {

	HIGH("C6EFCE", "綠", "●", "80% 以上"), MIDDLE("FFEB9C", "黃", "◐", "50% 以上、未滿 80%"),
	LOW("FFC7CE", "紅", "○", "未滿 50%");

	private final String fill;

	private final String colour;

	private final String symbol;

	private final String range;

	RateBand(String fill, String colour, String symbol, String range) {
		this.fill = fill;
		this.colour = colour;
		this.symbol = symbol;
		this.range = range;
	}

	/**
	 * Banded on the whole percentage the cell prints, so that 79.6% (printed 80%) is never shown amber
	 * next to another 80% shown green.
	 */
	static RateBand of(double rate) {
		long percent = Math.round(rate * 100);
		if (percent >= 80) {
			return HIGH;
		}
		return percent >= 50 ? MIDDLE : LOW;
	}

	/** Six hex digits, as XSSFColor reports them. */
	String fill() {
		return fill;
	}

	/** The fill's name in the legend. */
	String colour() {
		return colour;
	}

	String symbol() {
		return symbol;
	}

	String range() {
		return range;
	}

	/** 0%" ●": the number and the symbol in one cell, so sorting and charts still see the number. */
	String numberFormat() {
		return "0%\" " + symbol + "\"";
	}

}
