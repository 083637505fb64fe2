package vn.motcua.system;

import java.io.IOException;
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
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidNullException;
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
 * Field messages are Vietnamese. Nothing a client sent becomes a 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	static final String TYPE_PREFIX = ProblemResponses.TYPE_PREFIX;

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "validation", "Dữ liệu không hợp lệ",
				ex.getMessage(), ex.errors());
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<ProblemDetail> bind(BindException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getFieldErrors().forEach(e -> errors.add(new FieldProblem(e.getField(), message(e.getDefaultMessage()))));
		ex.getGlobalErrors()
			.forEach(e -> errors.add(new FieldProblem(e.getObjectName(), message(e.getDefaultMessage()))));
		return badRequest(request, response, errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> methodValidation(HandlerMethodValidationException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> errors.add(new FieldProblem(result.getMethodParameter().getParameterName(),
						message(error.getDefaultMessage())))));
		return badRequest(request, response, errors);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraint(ConstraintViolationException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		List<FieldProblem> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.toList();
		return badRequest(request, response, errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
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
		return problem(request, response, HttpStatus.BAD_REQUEST, "malformed", "Yêu cầu không hợp lệ", detail,
				errors);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class })
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return problem(request, response, HttpStatus.BAD_REQUEST, "validation", "Yêu cầu không hợp lệ",
				"Giá trị '" + ex.getValue() + "' của tham số '" + ex.getName() + "' không hợp lệ.",
				List.of(new FieldProblem(ex.getName(), "Giá trị không hợp lệ")));
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class })
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		return problem(request, response, HttpStatus.BAD_REQUEST, "validation", "Yêu cầu không hợp lệ",
				"Thiếu tham số '" + ex.getParameterName() + "'.",
				List.of(new FieldProblem(ex.getParameterName(), "Không được để trống")));
	}

	@ExceptionHandler({ MissingServletRequestPartException.class })
	ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return problem(request, response, HttpStatus.BAD_REQUEST, "validation", "Yêu cầu không hợp lệ",
				"Thiếu phần '" + ex.getRequestPartName() + "' trong yêu cầu.",
				List.of(new FieldProblem(ex.getRequestPartName(), "Không được để trống")));
	}

	/** A multipart body the server cannot parse (a part's headers too long, a broken boundary): the client's fault. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> badMultipart(MultipartException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return problem(request, response, HttpStatus.BAD_REQUEST, "validation", "Yêu cầu không hợp lệ",
				"Không đọc được tệp gửi lên (multipart/form-data hỏng hoặc phần đầu quá dài).",
				List.of(new FieldProblem("file", "Không đọc được tệp gửi lên")));
	}

	@ExceptionHandler({ MissingRequestHeaderException.class })
	ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return problem(request, response, HttpStatus.BAD_REQUEST, "validation", "Yêu cầu không hợp lệ",
				"Thiếu tiêu đề '" + ex.getHeaderName() + "'.", List.of());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return problem(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type",
				"Kiểu nội dung không được hỗ trợ", "Kiểu nội dung '" + ex.getContentType() + "' không được hỗ trợ.",
				List.of());
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return problem(request, response, HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Không có định dạng phù hợp",
				"Không thể trả kết quả theo định dạng yêu cầu.", List.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return problem(request, response, HttpStatus.METHOD_NOT_ALLOWED, "method", "Phương thức không được hỗ trợ",
				"Phương thức " + ex.getMethod() + " không được hỗ trợ cho địa chỉ này.", List.of());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		long limit = ex.getMaxUploadSize();
		String detail = limit > 0 && limit % (1024 * 1024) == 0
				? "Tệp vượt quá dung lượng cho phép (" + limit / (1024 * 1024) + " MB)."
				: "Tệp vượt quá dung lượng cho phép.";
		ResponseEntity<ProblemDetail> entity = problem(request, response, HttpStatus.CONTENT_TOO_LARGE, "too-large",
				"Tệp quá lớn", detail, List.of());
		if (entity != null && limit > 0) {
			entity.getBody().setProperty("limit", limit);
		}
		return entity;
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

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	ResponseEntity<ProblemDetail> notFound(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String detail = ex instanceof NotFoundException ? ex.getMessage()
				: "Không tìm thấy địa chỉ " + request.getRequestURI();
		return problem(request, response, HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", detail, List.of());
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
				"Đã xảy ra lỗi không mong muốn. Vui lòng thử lại sau hoặc liên hệ quản trị hệ thống.", List.of());
	}

	/** The database is down or restarting: 503 with Retry-After, so clients retry instead of giving up. */
	private static ResponseEntity<ProblemDetail> unavailable(Exception ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
		return problem(request, response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", DatabaseOutage.TITLE,
				DatabaseOutage.DETAIL, List.of());
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
