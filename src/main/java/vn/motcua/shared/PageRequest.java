package vn.motcua.shared;

/** A validated page request: {@code page} from 0, {@code size} from 1 to {@link PageResult#MAX_SIZE}. */
public record PageRequest(int page, int size) {

	public PageRequest {
		if (page < 0) {
			throw new InvalidInputException("page", "Số trang phải lớn hơn hoặc bằng 0");
		}
		if (size < 1 || size > PageResult.MAX_SIZE) {
			throw new InvalidInputException("size", "Kích thước trang phải từ 1 đến " + PageResult.MAX_SIZE);
		}
	}

	public static PageRequest of(Integer page, Integer size) {
		return new PageRequest(page == null ? 0 : page, size == null ? 50 : size);
	}

	public long offset() {
		return (long) page * size;
	}
}
