package tw.gov.quality.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

import tw.gov.quality.office.Office;

/**
 * What is read of offices a page at a time, in their order: the next page is read when the one in hand is used
 * up, so that only one page is in memory at once, however many offices there are.
 */
final class OfficePages<T> implements Iterator<T> {

	private final List<Office> offices;

	private final int size;

	private final Function<List<Office>, List<T>> read;

	private final Deque<T> page = new ArrayDeque<>();

	private int next;

	/**
	 * @param read what a page of offices gives, one element per office
	 */
	OfficePages(List<Office> offices, int size, Function<List<Office>, List<T>> read) {
		this.offices = offices;
		this.size = size;
		this.read = read;
	}

	@Override
	public boolean hasNext() {
		return !page.isEmpty() || next < offices.size();
	}

	@Override
	public T next() {
		if (page.isEmpty()) {
			if (next >= offices.size()) {
				throw new NoSuchElementException();
			}
			List<Office> slice = offices.subList(next, Math.min(offices.size(), next + size));
			next += slice.size();
			page.addAll(read.apply(slice));
		}
		return page.removeFirst();
	}

}
