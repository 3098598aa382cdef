package tw.gov.quality.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.Strategy;
import tw.gov.quality.review.ReviewForm.Decision;
import tw.gov.quality.review.ReviewForm.Opinion;
import tw.gov.quality.review.ReviewFormParser.Content;
import tw.gov.quality.review.ReviewFormParser.Line;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.Rule;

import static tw.gov.quality.review.ReviewFormLayout.*;

/**
 * The keyed rows of a returned review form, read: each opinion, each decision on a tracked item (with the
 * reviewer's remark), and the sign-off rows. A key missing, repeated or not this form's, a sign-off row gone
 * or a decision that cannot be read is a finding for the receipt.
 *
 * @param score the 評分 row, {@code null} if missing (a finding)
 */
record ReviewFormRows(List<Opinion> opinions, List<Decision> decisions, Line score, Line reviewer, Line date) {

	/** What a 列管 cell may say to mean "not tracked"; anything else typed there tracks the opinion. */
	private static final Set<String> NOT_TRACKED = Set.of("否", "不列管", "免列管", "N", "NO", "X", "✗");

	/**
	 * @param open the ids of the tracked items the form lists
	 * @param findings where the findings go
	 */
	static ReviewFormRows read(Content content, Optional<Plan> plan, Set<Long> open, List<Finding> findings) {
		String sheet = content.sheet();
		Map<String, Integer> columns = content.columns();
		keyless(content, findings);
		Set<String> seen = new HashSet<>();
		List<Opinion> opinions = new ArrayList<>();
		List<Decision> decisions = new ArrayList<>();
		Map<String, Line> signOff = new HashMap<>();
		for (Line line : content.lines()) {
			String cell = ReviewFormCheck.ref(sheet, line.row(), columns.get(KEY));
			if (!seen.add(line.key())) {
				findings.add(new Finding(Rule.REVIEW_KEY_DUPLICATED, cell, null,
						"鍵值「" + line.key() + "」出現不只一次（第 " + line.row() + " 列），無法判斷哪一列才是這個項目的意見",
						"請刪除複製出來的列，每個項目只保留一列"));
			}
			else if (List.of(SCORE_KEY, REVIEWER_KEY, REVIEW_DATE_KEY).contains(line.key())) {
				signOff.put(line.key(), line);
			}
			else if (!known(line.key(), plan, open)) {
				findings.add(new Finding(Rule.REVIEW_KEY_UNKNOWN, cell, null,
						"第 " + line.row() + " 列的隱藏鍵值「" + line.key() + "」不是這份表單的項目（可能被修改或從別份表單複製而來）",
						ReviewFormCheck.USE_OUR_FORM));
			}
			else if (line.key().startsWith(TRACKED_PREFIX)) {
				decision(sheet, columns, line, findings).ifPresent(decisions::add);
			}
			else {
				opinions.add(opinion(line));
			}
		}
		signOffMissing(signOff, findings);
		return new ReviewFormRows(List.copyOf(opinions), List.copyOf(decisions), signOff.get(SCORE_KEY),
				signOff.get(REVIEWER_KEY), signOff.get(REVIEW_DATE_KEY));
	}

	/** Rows with an opinion but no hidden key: added by hand, or their key cleared. */
	private static void keyless(Content content, List<Finding> findings) {
		for (int row : content.keylessRows()) {
			findings.add(new Finding(Rule.REVIEW_KEY_MISSING,
					ReviewFormCheck.ref(content.sheet(), row, content.columns().get(KEY)), null,
					"第 " + row + " 列填有意見，但隱藏的鍵值欄是空的，系統無法判斷這則意見屬於哪個項目",
					"請勿新增列或清除隱藏欄；若要補充意見，請寫在原有項目列的「" + OPINION + "」欄"));
		}
	}

	private static void signOffMissing(Map<String, Line> signOff, List<Finding> findings) {
		for (String key : List.of(SCORE_KEY, REVIEWER_KEY, REVIEW_DATE_KEY)) {
			if (!signOff.containsKey(key)) {
				findings.add(new Finding(Rule.REVIEW_SIGN_OFF_MISSING, null, null,
						"表單末端的「" + signOffLabel(key) + "」列不見了（隱藏鍵值 " + key + "）", ReviewFormCheck.USE_OUR_FORM));
			}
		}
	}

	private static Optional<Decision> decision(String sheet, Map<String, Integer> columns, Line line,
			List<Finding> findings) {
		long id = Long.parseLong(line.key().substring(TRACKED_PREFIX.length()));
		String remark = remark(line);
		String choice = line.text(DECISION);
		if (choice.isEmpty()) {
			findings.add(new Finding(Rule.REVIEW_DECISION_MISSING, ReviewFormCheck.ref(sheet, line.row(), columns.get(DECISION)), null,
					"列管事項第 " + line.row() + " 列未選擇「" + CLOSE + "」或「" + KEEP + "」，本項繼續列管",
					"如要解除列管，請於「" + DECISION + "」欄選擇「" + CLOSE + "」"));
			return Optional.of(new Decision(id, false, remark));
		}
		if (CLOSE.equals(choice) || KEEP.equals(choice)) {
			return Optional.of(new Decision(id, CLOSE.equals(choice), remark));
		}
		findings.add(new Finding(Rule.REVIEW_DECISION_UNREADABLE, ReviewFormCheck.ref(sheet, line.row(), columns.get(DECISION)), null,
				"列管決定「" + choice + "」無法辨識", "請從下拉選單選擇「" + CLOSE + "」或「" + KEEP + "」"));
		return Optional.empty();
	}

	/** The reviewer's words on a tracked item's row: 審查意見, then 建議事項 on a line of its own; null if neither. */
	private static String remark(Line line) {
		String opinion = line.text(OPINION);
		String suggestion = line.text(SUGGESTION);
		if (suggestion.isEmpty()) {
			return opinion.isEmpty() ? null : opinion;
		}
		return (opinion.isEmpty() ? "" : opinion + "\n") + SUGGESTION + "：" + suggestion;
	}

	private static Opinion opinion(Line line) {
		String key = line.key();
		String mark = line.text(TRACK);
		boolean marked = !mark.isEmpty() && !NOT_TRACKED.contains(mark.toUpperCase(Locale.ROOT));
		String suggestion = line.text(SUGGESTION);
		return new Opinion(key, key.startsWith(ITEM_PREFIX) ? key.substring(ITEM_PREFIX.length()) : null,
				line.text(CATEGORY), line.text(SUBJECT), line.text(DRAFT), line.text(OPINION), suggestion,
				!suggestion.isEmpty() || marked);
	}

	private static boolean known(String key, Optional<Plan> plan, Set<Long> open) {
		if (key.equals(OFFICE_KEY) || key.equals(OVERALL_KEY)) {
			return true;
		}
		if (key.startsWith(ITEM_PREFIX)) {
			return plan.flatMap(p -> p.item(key.substring(ITEM_PREFIX.length()))).isPresent();
		}
		if (key.startsWith(TRACKED_PREFIX)) {
			String id = key.substring(TRACKED_PREFIX.length());
			return id.matches("\\d{1,18}") && open.contains(Long.parseLong(id));
		}
		if (key.startsWith(STRATEGY_PREFIX) && key.substring(STRATEGY_PREFIX.length()).matches("\\d{1,3}")) {
			int number = Integer.parseInt(key.substring(STRATEGY_PREFIX.length()));
			return plan.map(p -> p.strategies().stream().map(Strategy::number).anyMatch(n -> n == number)
					|| !p.itemsOf(number).isEmpty()).orElse(false);
		}
		return false;
	}

	private static String signOffLabel(String key) {
		return switch (key) {
			case SCORE_KEY -> "評分";
			case REVIEWER_KEY -> "審查人（簽章）";
			default -> "審查日期";
		};
	}

}
