package tw.gov.quality.web;

/**
 * Page numbers of long lists (jobs, audit log). Offsets are computed as {@code long}, so no page
 * number can overflow into a negative offset; pages beyond {@link #MAX_PAGE} are refused by the API and
 * shown as the last allowed (empty) page by the console.
 */
public final class Paging {

	/** Far beyond any real list (10,000 pages of up to 500 lines). */
	public static final int MAX_PAGE = 10_000;

	private Paging() {
	}

	public static long offset(int page, int size) {
		return (long) page * size;
	}

	/** The console: a page out of range shows the nearest one instead of an error. */
	public static int consolePage(int page) {
		return Math.max(0, Math.min(page, MAX_PAGE));
	}

	/** The API: a page or size out of range is a 400 saying which range. */
	public static void checkApi(int page, int size, int maxSize) {
		if (page < 0 || page > MAX_PAGE || size < 1 || size > maxSize) {
			throw new BadRequest("page 須介於 0 到 " + MAX_PAGE + "，size 須介於 1 到 " + maxSize);
		}
	}

}
