package tw.gov.quality.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The print checks every converted output must pass, on its .ods and its PDF. */
public final class OdfPrint {

	private static final Pattern MASTER = Pattern.compile("<style:master-page .*?</style:master-page>", Pattern.DOTALL);

	private OdfPrint() {
	}

	/**
	 * Every page style A4 landscape; the sheet's header rows repeated on every page; its header text, and
	 * 第 x 頁，共 y 頁 in the footer as page-number and page-count fields.
	 */
	public static void assertPrintGrade(OdfDocument ods, String sheet, String headerText) {
		Matcher master = MASTER.matcher(ods.styles());
		List<String> pages = new ArrayList<>();
		while (master.find()) {
			if (text(master.group()).contains(headerText)) {
				pages.add(master.group());
			}
		}
		assertThat(pages).as("a page style with the header " + headerText).isNotEmpty();
		for (String page : pages) {
			String layout = layout(ods.styles(), attribute(page, "style:page-layout-name"));
			assertThat(Math.round(millimetres(attribute(layout, "fo:page-width"))) + "x"
					+ Math.round(millimetres(attribute(layout, "fo:page-height"))) + " "
					+ attribute(layout, "style:print-orientation")).as("A4 landscape").isEqualTo("297x210 landscape");
			assertThat(page).as("page x of y as fields").contains("<text:page-number").contains("<text:page-count");
			String footer = page.substring(page.indexOf("<style:footer>"), page.indexOf("</style:footer>"));
			assertThat(text(footer)).matches("第 \\d+ 頁，共 \\d+ 頁");
		}
		assertThat(ods.table(sheet)).as("header rows repeated on every page").contains("<table:table-header-rows>");
	}

	private static String layout(String styles, String name) {
		Matcher matcher = Pattern.compile("<style:page-layout style:name=\"" + Pattern.quote(name)
				+ "\"[^>]*>\\s*<style:page-layout-properties ([^>]*)/?>").matcher(styles);
		if (!matcher.find()) {
			throw new AssertionError("no page layout " + name);
		}
		return matcher.group(1);
	}

	/** Every font embedded, a CJK one among them. */
	public static void assertCjkFontsEmbedded(Pdfs pdf) {
		assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue());
		assertThat(pdf.fonts()).anySatisfy(font -> assertThat(font.name()).containsIgnoringCase("CJK"));
	}

	/** The text of an XML fragment: tags dropped, {@code <text:s/>} as a space. */
	static String text(String xml) {
		return xml.replace("<text:s/>", " ").replaceAll("<[^>]+>", "").strip();
	}

	private static String attribute(String attributes, String name) {
		Matcher matcher = Pattern.compile(Pattern.quote(name) + "=\"([^\"]*)\"").matcher(attributes);
		return matcher.find() ? matcher.group(1) : "";
	}

	private static double millimetres(String length) {
		if (length.endsWith("in")) {
			return Double.parseDouble(length.substring(0, length.length() - 2)) * 25.4;
		}
		if (length.endsWith("cm")) {
			return Double.parseDouble(length.substring(0, length.length() - 2)) * 10;
		}
		if (length.endsWith("mm")) {
			return Double.parseDouble(length.substring(0, length.length() - 2));
		}
		return -1;
	}

}
