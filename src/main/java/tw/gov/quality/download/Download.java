package tw.gov.quality.download;

import java.nio.file.Path;

/**
 * A file a user may have, found through an id and confined to the configured folders.
 *
 * @param name the name the browser saves it under
 */
record Download(Path path, String name) {

	String contentType() {
		String lower = name.toLowerCase();
		if (lower.endsWith(".xlsx")) {
			return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
		}
		if (lower.endsWith(".xls")) {
			return "application/vnd.ms-excel";
		}
		if (lower.endsWith(".ods")) {
			return "application/vnd.oasis.opendocument.spreadsheet";
		}
		if (lower.endsWith(".pdf")) {
			return "application/pdf";
		}
		return "application/octet-stream";
	}

}
