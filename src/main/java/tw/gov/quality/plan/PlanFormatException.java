package tw.gov.quality.plan;

/** A plan workbook that cannot be loaded; the message names the file, sheet and row. */
class PlanFormatException extends Exception {

	public PlanFormatException(String message) {
		super(message);
	}

	public PlanFormatException(String message, Throwable cause) {
		super(message, cause);
	}

	static PlanFormatException at(String file, String sheet, int rowNumber, String what) {
		return new PlanFormatException("計畫檔 " + file + " 工作表「" + sheet + "」第 " + rowNumber + " 列：" + what);
	}

}
