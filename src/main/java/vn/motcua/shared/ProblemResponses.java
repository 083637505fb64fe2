package vn.motcua.shared;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem bodies written straight to the response, for the places that answer before a controller runs
 * (security entry points, request filters). Controllers use {@code ProblemHandler}; both use the same type prefix.
 */
public final class ProblemResponses {

	/** Prefix of every problem {@code type} this application answers with. */
	public static final String TYPE_PREFIX = "urn:motcua:problem:";

	private ProblemResponses() {
	}

	/** A problem with its type (without the prefix), title, detail and the request path as instance. */
	public static ProblemDetail problem(HttpStatus status, String type, String title, String detail, String instance) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(title);
		problem.setInstance(URI.create(instance));
		return problem;
	}

	/** Writes the problem as {@code application/problem+json} in UTF-8 with its status. */
	public static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
