-- The reviewer's own words on a tracked item's row of the review form (審查意見 / 建議事項 next to the
-- 解除列管 / 繼續列管 decision): shown as the supervisor's latest remark on the item, in the report's 列管事項,
-- on the console and in the office's next 審查意見辦理情形 sheet.
ALTER TABLE tracked_decision ADD COLUMN IF NOT EXISTS remark TEXT;
