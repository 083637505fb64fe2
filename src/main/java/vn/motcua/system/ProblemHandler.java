package vn.motcua.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.shared.ProblemResponses;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.DatabaseOutage;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PayloadTooLargeException;
import vn.motcua.shared.TooManyRequestsException;
import vn.motcua.shared.UnsupportedMediaTypeException;
import vn.motcua.shared.VietnameseText;

/**
 * Turns every exception into an RFC 9457 problem (API calls) or the error page with the right status (pages).
 * Spring MVC's own exceptions go through {@link ResponseEntityExceptionHandler}, which picks their status and headers;
 * this class gives every problem our type URI ({@code urn:motcua:problem:…}), a Vietnamese title and detail, and
 * the {@code errors: [{field, message}]} list. Nothing a client sent becomes a 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private static final String INTERNAL_DETAIL = "Đã xảy ra lỗi không mong muốn. Vui lòng thử lại sau hoặc liên hệ quản trị hệ thống.";

	static final String TYPE_PREFIX = ProblemResponses.TYPE_PREFIX;

	private final JsonMapper json;

	ProblemHandler(JsonMapper json) {
		this.json = json;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "validation", "Dữ liệu không hợp lệ",
				ex.getMessage(), ex.errors());
	}

	// ---- Spring MVC's own exceptions: Spring decides the status, we write the Vietnamese problem -------------

	/**
	 * Every exception {@link ResponseEntityExceptionHandler} knows (unreadable JSON, a missing parameter, a wrong
	 * method or media type, a failed {@code @Valid}, an upload over the limit, a path nobody serves …) arrives here with
	 * the status Spring chose and its headers ({@code Allow}, {@code Accept}); we replace the English body with ours.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest webRequest) {
		ServletWebRequest servlet = (ServletWebRequest) webRequest;
		HttpServletResponse response = servlet.getResponse();
		if (response == null || response.isCommitted()) {
			return null;
		}
		HttpStatus status = HttpStatus.valueOf(statusCode.value());
		Described problem = describe(ex, status, servlet.getRequest());
		try {
			ResponseEntity<ProblemDetail> entity = problem(servlet.getRequest(), response, status, problem.type(),
					problem.title(), problem.detail(), problem.errors());
			if (entity == null) {
				return null;
			}
			if (ex instanceof MaxUploadSizeExceededException tooLarge && tooLarge.getMaxUploadSize() > 0) {
				entity.getBody().setProperty("limit", tooLarge.getMaxUploadSize());
			}
			return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(entity.getBody());
		}
		catch (IOException io) {
			throw new UncheckedIOException(io);
		}
	}

	/** What a Spring MVC exception means to a client, in Vietnamese. */
	private record Described(String type, String title, String detail, List<FieldProblem> errors) {

		static Described invalid(List<FieldProblem> errors) {
			String detail = errors.isEmpty() ? "Dữ liệu không hợp lệ"
					: errors.get(0).field() + ": " + errors.get(0).message();
			return new Described("validation", "Dữ liệu không hợp lệ", detail, errors);
		}
	}

	private static Described describe(Exception ex, HttpStatus status, HttpServletRequest request) {
		if (ex instanceof BindException bind) {
			return Described.invalid(fieldProblems(bind));
		}
		if (ex instanceof HandlerMethodValidationException validation) {
			List<FieldProblem> errors = new ArrayList<>();
			validation.getParameterValidationResults()
				.forEach(result -> result.getResolvableErrors()
					.forEach(error -> errors.add(new FieldProblem(result.getMethodParameter().getParameterName(),
							message(error.getDefaultMessage())))));
			return Described.invalid(errors);
		}
		if (ex instanceof HttpMessageNotReadableException unreadable) {
			return unreadable(unreadable);
		}
		if (ex instanceof TypeMismatchException mismatch) {
			return new Described("validation", "Yêu cầu không hợp lệ", "Giá trị '" + mismatch.getValue()
					+ "' của tham số '" + mismatch.getPropertyName() + "' không hợp lệ.",
					List.of(new FieldProblem(String.valueOf(mismatch.getPropertyName()), "Giá trị không hợp lệ")));
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return new Described("validation", "Yêu cầu không hợp lệ",
					"Thiếu tham số '" + missing.getParameterName() + "'.",
					List.of(new FieldProblem(missing.getParameterName(), "Không được để trống")));
		}
		if (ex instanceof MissingServletRequestPartException missing) {
			return new Described("validation", "Yêu cầu không hợp lệ",
					"Thiếu phần '" + missing.getRequestPartName() + "' trong yêu cầu.",
					List.of(new FieldProblem(missing.getRequestPartName(), "Không được để trống")));
		}
		if (ex instanceof MissingRequestHeaderException missing) {
			return new Described("validation", "Yêu cầu không hợp lệ",
					"Thiếu tiêu đề '" + missing.getHeaderName() + "'.", List.of());
		}
		if (ex instanceof HttpMediaTypeNotSupportedException media) {
			return new Described("media-type", "Kiểu nội dung không được hỗ trợ",
					"Kiểu nội dung '" + media.getContentType() + "' không được hỗ trợ.", List.of());
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			return new Described("not-acceptable", "Không có định dạng phù hợp",
					"Không thể trả kết quả theo định dạng yêu cầu.", List.of());
		}
		if (ex instanceof HttpRequestMethodNotSupportedException method) {
			return new Described("method", "Phương thức không được hỗ trợ",
					"Phương thức " + method.getMethod() + " không được hỗ trợ cho địa chỉ này.", List.of());
		}
		if (ex instanceof MaxUploadSizeExceededException tooLarge) {
			long limit = tooLarge.getMaxUploadSize();
			String detail = limit > 0 && limit % (1024 * 1024) == 0
					? "Tệp vượt quá dung lượng cho phép (" + limit / (1024 * 1024) + " MB)."
					: "Tệp vượt quá dung lượng cho phép.";
			return new Described("too-large", "Tệp quá lớn", detail, List.of());
		}
		if (status == HttpStatus.NOT_FOUND) {
			return new Described("not-found", "Không tìm thấy", "Không tìm thấy địa chỉ " + request.getRequestURI(),
					List.of());
		}
		if (status.is4xxClientError()) {
			return new Described("validation", "Yêu cầu không hợp lệ", "Yêu cầu không hợp lệ.", List.of());
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return new Described("internal", "Lỗi hệ thống", INTERNAL_DETAIL, List.of());
	}

	private static Described unreadable(HttpMessageNotReadableException ex) {
		List<FieldProblem> errors = new ArrayList<>();
		String detail = "Nội dung yêu cầu không đọc được: JSON sai cú pháp hoặc thiếu.";
		if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = path(jackson);
			String message = jackson instanceof InvalidNullException ? "Không được có giá trị rỗng (null) ở đây"
					: VietnameseText.UNSAFE_CHARACTER_MESSAGE.equals(jackson.getOriginalMessage())
							? VietnameseText.UNSAFE_CHARACTER_MESSAGE : "Giá trị sai kiểu hoặc không hợp lệ";
			detail = "Trường '" + field + "': " + message + ".";
			errors.add(new FieldProblem(field, message));
		}
		else if (ex.getCause() instanceof StreamConstraintsException) {
			detail = "Nội dung JSON vượt quá giới hạn (độ sâu lồng nhau hoặc độ dài).";
		}
		return new Described("malformed", "Yêu cầu không hợp lệ", detail, errors);
	}

	/** A failed binding that is not a failed {@code @Valid} (which Spring hands to {@link #handleExceptionInternal}). */
	@ExceptionHandler(BindException.class)
	ResponseEntity<ProblemDetail> bind(BindException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		return badRequest(request, response, fieldProblems(ex));
	}

	/**
	 * A multipart body the server cannot parse (a part's headers too long, a broken boundary): the client's fault. An
	 * upload over the limit ({@link MaxUploadSizeExceededException}, a closer match) keeps its 413.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> badMultipart(MultipartException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return problem(request, response, HttpStatus.BAD_REQUEST, "validation", "Yêu cầu không hợp lệ",
				"Không đọc được tệp gửi lên (multipart/form-data hỏng hoặc phần đầu quá dài).",
				List.of(new FieldProblem("file", "Không đọc được tệp gửi lên")));
	}

	private static List<FieldProblem> fieldProblems(BindException ex) {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getFieldErrors().forEach(e -> errors.add(new FieldProblem(e.getField(), message(e.getDefaultMessage()))));
		ex.getGlobalErrors()
			.forEach(e -> errors.add(new FieldProblem(e.getObjectName(), message(e.getDefaultMessage()))));
		return errors;
	}

	// ---- our exceptions and the rest --------------------------------------------------------------------------

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraint(ConstraintViolationException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		List<FieldProblem> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.toList();
		return badRequest(request, response, errors);
	}

	@ExceptionHandler(UnsupportedMediaTypeException.class)
	ResponseEntity<ProblemDetail> unsupportedContent(UnsupportedMediaTypeException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ResponseEntity<ProblemDetail> entity = problem(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"media-type", "Loại tệp không được chấp nhận", ex.getMessage(), List.of());
		if (entity != null) {
			entity.getBody().setProperty("detectedType", ex.detectedType());
			entity.getBody().setProperty("accepted", ex.accepted());
		}
		return entity;
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<ProblemDetail> payloadTooLarge(PayloadTooLargeException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ResponseEntity<ProblemDetail> entity = problem(request, response, HttpStatus.CONTENT_TOO_LARGE, "too-large",
				"Tệp quá lớn", ex.getMessage(), List.of());
		if (entity != null) {
			entity.getBody().setProperty("limit", ex.limit());
		}
		return entity;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return problem(request, response, HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", ex.getMessage(),
				List.of());
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ResponseEntity<ProblemDetail> entity = problem(request, response, HttpStatus.CONFLICT, "conflict",
				"Xung đột dữ liệu", ex.getMessage(), List.of());
		if (entity != null && ex.state() != null) {
			entity.getBody().setProperty("state", ex.state());
		}
		return entity;
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", "60");
		return problem(request, response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Quá nhiều yêu cầu",
				ex.getMessage(), List.of());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		log.info("Integrity violation: {}", ex.getMostSpecificCause().getMessage());
		return problem(request, response, HttpStatus.CONFLICT, "conflict", "Xung đột dữ liệu",
				"Dữ liệu trùng lặp hoặc vi phạm ràng buộc toàn vẹn.", List.of());
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ResponseEntity<ProblemDetail> forbidden(RuntimeException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		String detail = ex instanceof ForbiddenException ? ex.getMessage()
				: "Bạn không có quyền thực hiện thao tác này.";
		return problem(request, response, HttpStatus.FORBIDDEN, "forbidden", "Không có quyền", detail, List.of());
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (DatabaseOutage.isCause(ex)) {
			return unavailable(ex, request, response);
		}
		return problem(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Chưa đăng nhập",
				"Cần đăng nhập để thực hiện thao tác này.", List.of());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (DatabaseOutage.isCause(ex)) {
			return unavailable(ex, request, response);
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return problem(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Lỗi hệ thống",
				INTERNAL_DETAIL, List.of());
	}

	/**
	 * The database is down or restarting: 503 with Retry-After, so clients retry instead of giving up; written as the
	 * outer filter writes it ({@link DatabaseOutageFilter#respond}).
	 */
	private @Nullable ResponseEntity<ProblemDetail> unavailable(Exception ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		DatabaseOutageFilter.respond(ex, request, response, json);
		return null;
	}

	private static ResponseEntity<ProblemDetail> badRequest(HttpServletRequest request, HttpServletResponse response,
			List<FieldProblem> errors) throws IOException {
		String detail = errors.isEmpty() ? "Dữ liệu không hợp lệ"
				: errors.get(0).field() + ": " + errors.get(0).message();
		return problem(request, response, HttpStatus.BAD_REQUEST, "validation", "Dữ liệu không hợp lệ", detail, errors);
	}

	/** The problem for API calls; for pages, the error page with the same status and detail. */
	static ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpServletResponse response,
			HttpStatus status, String type, String title, String detail, List<FieldProblem> errors)
			throws IOException {
		if (!isApi(request)) {
			response.sendError(status.value(), detail);
			return null;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		if (!errors.isEmpty()) {
			problem.setProperty("errors",
					errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String accept = request.getHeader("Accept");
		return path.startsWith("/api/") || path.startsWith("/v3/api-docs")
				|| (accept != null && accept.contains("json") && !accept.contains("text/html"));
	}

	private static String message(String message) {
		return message == null ? "Giá trị không hợp lệ" : message;
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

	private static String path(JacksonException ex) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.toString();
	}
}
