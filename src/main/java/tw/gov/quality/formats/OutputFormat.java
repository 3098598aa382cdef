package tw.gov.quality.formats;

import java.nio.file.Path;

/**
 * A file format the service writes its outputs in. Every output is written as {@link #XLSX} by the
 * service itself; the others are converted from it by LibreOffice, into a file beside it with the
 * same name and another extension.
 */
public enum OutputFormat {

	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),

	/** OpenDocument spreadsheet (ODF 1.2 and later, CNS 15251). */
	ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),

	PDF("pdf", "application/pdf");

	private final String extension;

	private final String contentType;

	OutputFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return extension;
	}

	public String contentType() {
		return contentType;
	}

	/** The same file in this format: {@code a/b.xlsx} as {@code a/b.ods}. */
	public Path sibling(Path xlsx) {
		return xlsx.resolveSibling(rename(xlsx.getFileName().toString()));
	}

	/** A file name with this format's extension instead of its own. */
	public String rename(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0 ? name : name.substring(0, dot)) + "." + extension;
	}

	/** The format a file name ends in; {@code null} for none of these. */
	public static OutputFormat of(String name) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		for (OutputFormat format : values()) {
			if (lower.endsWith("." + format.extension)) {
				return format;
			}
		}
		return null;
	}

	/** {@code xlsx}, {@code ods} or {@code pdf}, in any case; {@code null} for anything else. */
	public static OutputFormat parse(String extension) {
		if (extension == null) {
			return null;
		}
		for (OutputFormat format : values()) {
			if (format.extension.equalsIgnoreCase(extension.strip())) {
				return format;
			}
		}
		return null;
	}

}
