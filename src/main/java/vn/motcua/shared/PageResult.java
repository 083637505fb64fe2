package vn.motcua.shared;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list, in the API's shape: {@code {"items": [...], "page": 0, "size": 50, "total": 123}}; lists that
 * page by key also give {@code next}, the cursor of the following page ({@code null} on the last one).
 */
public record PageResult<T>(List<T> items, int page, int size, long total, @Nullable String next) {

	public PageResult(List<T> items, int page, int size, long total) {
		this(items, page, size, total, null);
	}

	/** The largest page size a client may ask for. */
	public static final int MAX_SIZE = 200;

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(items.stream().map(mapper).toList(), page, size, total, next);
	}

	/** Number of pages, at least 1. */
	public int pages() {
		return size == 0 ? 1 : (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
