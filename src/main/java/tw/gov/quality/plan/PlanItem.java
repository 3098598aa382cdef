package tw.gov.quality.plan;

import java.util.List;

/**
 * One reportable item of a plan, in the document's own numbering ("2.4", or "1.5.3" where the plan
 * has work items and steps).
 *
 * @param workItem the middle level heading (工作項目) where the plan has one
 * @param method a separate 執行方法 column where the plan has one
 * @param target {@code null} when the plan states no number
 * @param masterItem the corresponding item code of the supervising agency's master plan, if stated
 */
public record PlanItem(String code, int strategy, String workItem, String action, String method,
		Deadline deadline, List<String> units, String benefit, Target target, String masterItem, String note) {

	public PlanItem {
		units = List.copyOf(units);
	}

	public String unitsText() {
		return String.join("、", units);
	}

	/** 具體推動作法 as printed: the 工作項目 it belongs to on its own line, then the action and its method. */
	public String actionText() {
		StringBuilder text = new StringBuilder();
		if (workItem != null) {
			text.append(workItem).append('\n');
		}
		text.append(action);
		if (method != null) {
			text.append("\n執行方法：").append(method);
		}
		return text.toString();
	}

}
