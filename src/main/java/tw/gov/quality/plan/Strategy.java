package tw.gov.quality.plan;

import java.util.List;

/** 實施要項: one of the five strategies a plan is organised by, titled in the plan's own words. */
public record Strategy(int number, String title) {

	private static final List<String> NUMERALS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");

	/** 一、提升服務品質，深化服務績效 */
	public String label() {
		return numeral(number) + "、" + title;
	}

	public static String numeral(int number) {
		return (number >= 1 && number <= NUMERALS.size()) ? NUMERALS.get(number - 1) : String.valueOf(number);
	}

}
