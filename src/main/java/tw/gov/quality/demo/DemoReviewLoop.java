package tw.gov.quality.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.review.TrackedItem;
import tw.gov.quality.review.TrackedReplyLayout;

import static tw.gov.quality.demo.ReviewFormCells.cell;
import static tw.gov.quality.demo.ReviewFormCells.column;
import static tw.gov.quality.demo.ReviewFormCells.signOff;
import static tw.gov.quality.demo.ReviewFormCells.write;
import static tw.gov.quality.review.ReviewFormLayout.*;

/**
 * The supervisor's review loop over two quarters, for 新北分署 (seed 000, scored out of 1,000, pass 750): the
 * Q2 form filled in by a reviewer (opinions tracked, a score below the line), the Q3 sheet with the office's
 * replies on the sheet 審查意見辦理情形 of its Q3 template, and the Q3 form closing all items but one.
 */
public final class DemoReviewLoop {

	public static final String OFFICE = "AEA-NTP";

	public static final String SUPERVISOR = "MOJ-AEA";

	public static final ReportingPeriod Q2 = new ReportingPeriod(107, 2);

	public static final ReportingPeriod Q3 = new ReportingPeriod(107, 3);

	private static final DataFormatter FORMAT = new DataFormatter();

	private DemoReviewLoop() {
	}

	/** The Q2 form as the reviewer returns it: three opinions tracked (two suggestions, one marked 列管), 720 points. */
	public static Path reviewQ2(Path form, Path inbox) throws IOException {
		return fill(form, inbox.resolve(SUPERVISOR).resolve("新北分署107年第2季審查意見_審畢.xlsx"),
				LocalDateTime.of(2018, 7, 18, 16, 20), sheet -> {
					write(sheet, "S1", OPINION, "服務臺動線已改善，惟假日諮詢人力不足。");
					write(sheet, "S1", SUGGESTION, "請研議假日輪值諮詢人力，並於下季說明辦理情形。");
					write(sheet, "S2", OPINION, "線上申辦宣導尚屬確實。");
					write(sheet, "S3", OPINION, "電話禮貌測試缺失項目未見檢討紀錄。");
					write(sheet, "S3", TRACK, "列管");
					write(sheet, OVERALL_KEY, OPINION, "整體執行尚可，部分項目進度落後。");
					write(sheet, OVERALL_KEY, SUGGESTION, "落後項目請訂定補辦期程。");
					signOff(sheet, SCORE_KEY, 720);
					signOff(sheet, REVIEWER_KEY, "法務部行政執行署 秘書室 周審查");
					signOff(sheet, REVIEW_DATE_KEY, "107/7/18");
				});
	}

	/**
	 * The office's Q3 sheet, written from its Q3 template (which lists its open items): every item reported as in
	 * Q2, and a reply on every tracked item but the overall one, which is left for the receipt to warn about.
	 */
	public static Path replyQ3(Path template, Path inbox, Plan plan, List<TrackedItem> outstanding) throws IOException {
		DemoSubmission q2 = DemoSubmission.all()
			.stream()
			.filter(s -> s.officeCode().equals(OFFICE) && s.period().equals(Q2))
			.findFirst()
			.orElseThrow();
		DemoSubmission q3 = new DemoSubmission(OFFICE, Q3, Expectation.ON_TIME, "AEA-NTP-107Q3.xlsx", q2.reporter(),
				q2.phone(), "107/10/4", LocalDateTime.of(2018, 10, 4, 15, 30), q2.places());
		Path folder = inbox.resolve(OFFICE);
		Files.createDirectories(folder);
		Path partial = Files.createTempFile(folder, ".writing-", ".xlsx");
		Path target = folder.resolve(q3.fileName());
		try {
			Files.copy(template, partial, StandardCopyOption.REPLACE_EXISTING);
			SheetFiller.fill(partial, q3, DemoTexts.of(q2, plan));
			Map<Long, String> replies = new HashMap<>();
			for (TrackedItem item : outstanding) {
				if (item.itemCode() == null && TrackedItem.OPINION.equals(item.source()) && item.subject() != null
						&& item.subject().contains("綜合")) {
					continue;
				}
				replies.put(item.id(), TrackedItem.SCORE.equals(item.source())
						? "已召開為民服務檢討會議，訂定改善作法交各組室辦理（107年8月10日會議紀錄）。"
						: "已依審查意見辦理：" + item.request().replaceAll("[，。].*", "") + "，並列入下季工作。");
			}
			fillReplies(partial, replies);
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
		Files.setLastModifiedTime(target, FileTime.from(q3.modifiedAt().atZone(DemoSubmission.ZONE).toInstant()));
		return target;
	}

	/**
	 * The Q3 form: every listed item closed but the one left without a reply, which stays tracked with the
	 * reviewer's remark.
	 */
	public static Path reviewQ3(Path form, Path inbox) throws IOException {
		return fill(form, inbox.resolve(SUPERVISOR).resolve("新北分署107年第3季審查意見_審畢.xlsx"),
				LocalDateTime.of(2018, 10, 18, 10, 0), sheet -> {
					for (Row row : sheet) {
						String key = FORMAT.formatCellValue(row.getCell(KEY_COLUMN));
						if (key.startsWith(TRACKED_PREFIX)) {
							String reply = FORMAT.formatCellValue(row.getCell(column(sheet, REPLY)));
							boolean answered = !reply.startsWith("（");
							write(sheet, key, DECISION, answered ? CLOSE : KEEP);
							if (!answered) {
								// The reviewer's words beside the decision: the office's next template shows them.
								write(sheet, key, OPINION, "本季未填報辦理情形，請於第4季說明具體作法並附佐證資料。");
							}
						}
					}
					write(sheet, OVERALL_KEY, OPINION, "列管事項大致完成，落後項目補辦期程仍請於下季提出。");
					signOff(sheet, REVIEWER_KEY, "法務部行政執行署 秘書室 周審查");
					signOff(sheet, REVIEW_DATE_KEY, "107/10/18");
				});
	}

	private interface Edit {

		void apply(Sheet sheet);

	}

	private static Path fill(Path form, Path target, LocalDateTime modified, Edit edit) throws IOException {
		Files.createDirectories(target.getParent());
		try (InputStream in = Files.newInputStream(form); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			edit.apply(workbook.getSheet(SHEET));
			Path partial = Files.createTempFile(target.getParent(), ".writing-", ".xlsx");
			try {
				try (OutputStream out = Files.newOutputStream(partial)) {
					workbook.write(out);
				}
				Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}
		Files.setLastModifiedTime(target, FileTime.from(modified.atZone(DemoSubmission.ZONE).toInstant()));
		return target;
	}

	private static void fillReplies(Path file, Map<Long, String> replies) throws IOException {
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(file)) {
			workbook = new XSSFWorkbook(in);
		}
		try (workbook) {
			Sheet sheet = workbook.getSheet(TrackedReplyLayout.SHEET);
			if (sheet == null) {
				return;
			}
			int reply = TrackedReplyLayout.COLUMNS.indexOf(TrackedReplyLayout.REPLY);
			int date = TrackedReplyLayout.COLUMNS.indexOf(TrackedReplyLayout.REPLY_DATE);
			for (Row row : sheet) {
				String key = FORMAT.formatCellValue(row.getCell(0));
				if (!key.startsWith(TRACKED_PREFIX)) {
					continue;
				}
				String text = replies.get(Long.parseLong(key.substring(TRACKED_PREFIX.length())));
				if (text != null) {
					cell(row, reply).setCellValue(text);
					cell(row, date).setCellValue("107/9/28");
				}
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

}
