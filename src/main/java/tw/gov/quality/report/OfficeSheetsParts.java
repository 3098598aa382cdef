package tw.gov.quality.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tw.gov.quality.spreadsheet.StreamedSheet;

/**
 * The front workbook's parts that list its sheets, extended by the office sheets {@link OfficeSheetsPackage}
 * wrote: the workbook (sheets, print titles and areas), its relationships and the content types.
 *
 * @param sheetNames the office sheets' names, in order
 * @param printed how each office sheet prints, in the same order
 */
record OfficeSheetsParts(List<String> sheetNames, List<OfficeSheet.Printed> printed) {

	private static final String SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

	private static final String SHEET_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

	private static final Pattern RELATIONSHIP_PREFIX = Pattern
		.compile("xmlns:(\\w+)=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"");

	/** The workbook part with the office sheets listed after the front's, and their print titles and areas. */
	String workbook(String xml, int frontSheets) {
		Matcher prefix = RELATIONSHIP_PREFIX.matcher(xml);
		if (!prefix.find()) {
			throw new IllegalStateException("The workbook part declares no relationship namespace");
		}
		StringBuilder sheets = new StringBuilder();
		StringBuilder titles = new StringBuilder();
		for (int i = 0; i < sheetNames.size(); i++) {
			String name = sheetNames.get(i);
			sheets.append("<sheet name=\"")
				.append(StreamedSheet.escapeXml(name))
				.append("\" sheetId=\"")
				.append(1000 + i)
				.append("\" ")
				.append(prefix.group(1))
				.append(":id=\"")
				.append(relationship(i + 1))
				.append("\"/>");
			OfficeSheet.Printed print = printed.get(i);
			if (print.titled()) {
				titles.append(StreamedSheet.printTitles(frontSheets + i, name, OfficeSheet.HEADER_ROW, OfficeSheet.HEADER_ROW));
			}
			titles.append(StreamedSheet.printArea(frontSheets + i, name, print.lastColumn(), print.lastRow()));
		}
		String withSheets = insertBefore(xml, "</sheets>", sheets.toString());
		if (titles.isEmpty()) {
			return withSheets;
		}
		if (withSheets.contains("</definedNames>")) {
			return insertBefore(withSheets, "</definedNames>", titles.toString());
		}
		return withSheets.replace("</sheets>", "</sheets><definedNames>" + titles + "</definedNames>");
	}

	/** The workbook's relationships part with one to each office sheet. */
	String relationships(String xml) {
		return insertBefore(xml, "</Relationships>", officeRelationships());
	}

	/** The content types part with each office sheet's. */
	String contentTypes(String xml) {
		return insertBefore(xml, "</Types>", officeTypes());
	}

	private String officeRelationships() {
		StringBuilder rels = new StringBuilder();
		for (int i = 1; i <= sheetNames.size(); i++) {
			rels.append("<Relationship Id=\"")
				.append(relationship(i))
				.append("\" Target=\"")
				.append(part(i).substring("xl/".length()))
				.append("\" Type=\"")
				.append(SHEET_RELATION)
				.append("\"/>");
		}
		return rels.toString();
	}

	private String officeTypes() {
		StringBuilder types = new StringBuilder();
		for (int i = 1; i <= sheetNames.size(); i++) {
			types.append("<Override PartName=\"/").append(part(i)).append("\" ContentType=\"").append(SHEET_TYPE).append("\"/>");
		}
		return types.toString();
	}

	/** The part an office sheet is written to, the first being 1. */
	static String part(int office) {
		return "xl/worksheets/office" + office + ".xml";
	}

	private static String relationship(int office) {
		return "rIdOffice" + office;
	}

	private static String insertBefore(String xml, String closing, String inserted) {
		int at = xml.lastIndexOf(closing);
		if (at < 0) {
			throw new IllegalStateException("No " + closing + " in a workbook part");
		}
		return xml.substring(0, at) + inserted + xml.substring(at);
	}

}
