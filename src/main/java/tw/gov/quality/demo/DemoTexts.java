package tw.gov.quality.demo;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tw.gov.quality.calendar.RocYear;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.progress.ItemStatus;

/**
 * The texts an office reports for its plan: {@code demo/<plan office>-<year>.tsv}, where an office reporting
 * against another office's plan (a 分署 against the ministry's master plan) gets its own rows from
 * {@code demo/<office>-<year>.tsv} in place of the shared ones and its {@code places.tsv} values for the
 * {@code {name}} placeholders.
 */
final class DemoTexts {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

	private static final Pattern ROC_DATE = Pattern.compile("(\\d{2,3})/(\\d{1,2})/(\\d{1,2})");

	private DemoTexts() {
	}

	static String resource(String officeCode, int rocYear) {
		return String.format("/demo/%s-%03d.tsv", officeCode, rocYear);
	}

	/** Item code to text, in plan order; every item of the plan has one. */
	static Map<String, ItemText> of(DemoSubmission submission, Plan plan) throws IOException {
		Map<String, ItemText> texts = new LinkedHashMap<>();
		put(texts, Tsv.read(resource(plan.officeCode(), plan.rocYear())), submission, plan, false);
		if (!submission.officeCode().equals(plan.officeCode())) {
			Optional<List<Tsv.Line>> own = Tsv.readIfPresent(resource(submission.officeCode(), plan.rocYear()));
			if (own.isPresent()) {
				put(texts, own.get(), submission, plan, true);
			}
		}
		Map<String, ItemText> inPlanOrder = new LinkedHashMap<>();
		for (PlanItem item : plan.items()) {
			ItemText text = texts.get(item.code());
			if (text == null) {
				throw new IllegalStateException(resource(plan.officeCode(), plan.rocYear()) + ": no row for item "
						+ item.code() + " of " + plan.officeCode() + "/" + plan.rocYear());
			}
			inPlanOrder.put(item.code(), text);
		}
		return inPlanOrder;
	}

	private static void put(Map<String, ItemText> texts, List<Tsv.Line> lines, DemoSubmission submission, Plan plan,
			boolean replacing) {
		Map<String, Integer> seen = new LinkedHashMap<>();
		for (Tsv.Line line : lines) {
			String code = line.get("code");
			if (plan.item(code).isEmpty()) {
				throw line.error("item " + code + " is not in plan " + plan.officeCode() + "/" + plan.rocYear());
			}
			Integer earlier = seen.putIfAbsent(code, line.number());
			if (earlier != null) {
				throw line.error("item " + code + " already has a row on line " + earlier);
			}
			if (!replacing && texts.containsKey(code)) {
				throw line.error("item " + code + " is given twice");
			}
			texts.put(code, text(line, submission));
		}
	}

	private static ItemText text(Tsv.Line line, DemoSubmission submission) {
		String status = fill(line, "status", submission);
		if (ItemStatus.parse(status).isEmpty()) {
			throw line.error("status \"" + status + "\" is not one of 已完成, 執行中, 持續辦理, 未開始, 不適用");
		}
		String completed = fill(line, "completed", submission);
		return new ItemText(line.get("code"), status, fill(line, "cumulative", submission),
				completed.isEmpty() ? null : rocDate(line, completed), fill(line, "description", submission),
				fill(line, "remark", submission));
	}

	/** The column's value with its placeholders filled in and {@code \n} turned into a line break. */
	private static String fill(Tsv.Line line, String column, DemoSubmission submission) {
		Matcher placeholder = PLACEHOLDER.matcher(line.get(column));
		StringBuilder text = new StringBuilder();
		while (placeholder.find()) {
			String value = submission.places().get(placeholder.group(1));
			if (value == null) {
				throw line.error("no value for {" + placeholder.group(1) + "} in places.tsv for office "
						+ submission.officeCode());
			}
			placeholder.appendReplacement(text, Matcher.quoteReplacement(value));
		}
		placeholder.appendTail(text);
		return text.toString().replace("\\n", "\n");
	}

	private static LocalDate rocDate(Tsv.Line line, String text) {
		Matcher date = ROC_DATE.matcher(text);
		try {
			if (date.matches()) {
				return LocalDate.of(RocYear.toAd(Integer.parseInt(date.group(1))), Integer.parseInt(date.group(2)),
						Integer.parseInt(date.group(3)));
			}
		}
		catch (DateTimeException ex) {
			// reported below
		}
		throw line.error("completed \"" + text + "\" is not a ROC date like 104/1/9");
	}

}
