package tw.gov.quality.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tw.gov.quality.calendar.ReportingPeriod;

/**
 * One office's demo submission, a line of {@code demo/submissions.tsv}.
 *
 * @param fileName the file's name in {@code inbox/<office-code>/}; blank for a {@link Expectation#MISSING} office
 * @param reporter 填報人, as the office types it
 * @param phone 聯絡電話
 * @param reportDate 填報日期, as the office types it (e.g. {@code 104/7/8})
 * @param modifiedAt the file's modification time in Asia/Taipei, which ingestion takes as the time it was received
 * @param places what fills the {@code {name}} placeholders of a text shared by several offices ({@code demo/places.tsv})
 */
record DemoSubmission(String officeCode, ReportingPeriod period, Expectation expectation, String fileName,
		String reporter, String phone, String reportDate, LocalDateTime modifiedAt, Map<String, String> places) {

	static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

	static final String RESOURCE = "/demo/submissions.tsv";

	static final String PLACES = "/demo/places.tsv";

	DemoSubmission {
		places = Map.copyOf(places);
	}

	/** Every submission of the demo, in the order of {@code submissions.tsv}. */
	static List<DemoSubmission> all() throws IOException {
		Map<String, Map<String, String>> places = new HashMap<>();
		for (Tsv.Line line : Tsv.read(PLACES)) {
			String previous = places.computeIfAbsent(line.get("office"), office -> new LinkedHashMap<>())
				.put(line.get("name"), line.get("value"));
			if (previous != null) {
				throw line.error("{" + line.get("name") + "} is given twice for " + line.get("office"));
			}
		}
		List<DemoSubmission> submissions = new ArrayList<>();
		Set<String> offices = new HashSet<>();
		for (Tsv.Line line : Tsv.read(RESOURCE)) {
			DemoSubmission submission = parse(line, places);
			if (!offices.add(submission.officeCode())) {
				throw line.error("office " + submission.officeCode() + " is listed twice");
			}
			submissions.add(submission);
		}
		return submissions;
	}

	private static DemoSubmission parse(Tsv.Line line, Map<String, Map<String, String>> places) {
		String office = line.get("office");
		Expectation expectation;
		ReportingPeriod period;
		try {
			expectation = Expectation.valueOf(line.get("expect"));
			period = new ReportingPeriod(Integer.parseInt(line.get("year")), Integer.parseInt(line.get("quarter")));
		}
		catch (IllegalArgumentException ex) {
			throw line.error(ex.getMessage());
		}
		if (expectation == Expectation.MISSING) {
			return new DemoSubmission(office, period, expectation, "", "", "", "", null, Map.of());
		}
		String fileName = line.get("file");
		if (fileName.isEmpty() || fileName.startsWith(".") || !Path.of(fileName).getFileName().toString().equals(fileName)) {
			throw line.error("file must be a plain file name, not \"" + fileName + "\"");
		}
		LocalDateTime modifiedAt;
		try {
			modifiedAt = LocalDateTime.parse(line.get("modifiedAt"));
		}
		catch (DateTimeParseException ex) {
			throw line.error("modifiedAt \"" + line.get("modifiedAt") + "\" is not like 2015-07-08T15:40");
		}
		return new DemoSubmission(office, period, expectation, fileName, line.get("reporter"), line.get("phone"),
				line.get("reportDate"), modifiedAt, places.getOrDefault(office, Map.of()));
	}

}
