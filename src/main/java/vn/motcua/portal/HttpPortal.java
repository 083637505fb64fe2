package vn.motcua.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import vn.motcua.outbox.DeliveryResult;

/**
 * The national portal over HTTP ({@code motcua.portal.mode=http}): one {@code POST} of the JSON status message to
 * {@code motcua.portal.url}, with the message id as {@code Idempotency-Key} and Basic or bearer credentials
 * (docs/portal.md). A 2xx answer is an acknowledgement; 408, 425, 429, 5xx and network errors are retried; any other
 * answer is a permanent refusal.
 */
public class HttpPortal implements PortalAdapter {

	private final HttpClient client;

	private final URI url;

	private final Duration timeout;

	private final @Nullable String authorization;

	public HttpPortal(URI url, Duration timeout, @Nullable String username, @Nullable String password,
			@Nullable String token) {
		this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
		this.url = url;
		this.timeout = timeout;
		if (token != null && !token.isBlank()) {
			this.authorization = "Bearer " + token;
		}
		else if (username != null && !username.isBlank()) {
			this.authorization = "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
		}
		else {
			this.authorization = null;
		}
	}

	@Override
	public DeliveryResult send(PortalStatusMessage message, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url)
			.timeout(timeout)
			.header("Content-Type", "application/json; charset=utf-8")
			.header("Idempotency-Key", message.messageId().toString())
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		HttpResponse<String> response;
		try {
			response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			return DeliveryResult.retryLater("Không kết nối được Cổng DVC quốc gia: " + e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return DeliveryResult.retryLater("Bị ngắt khi đang gửi");
		}
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return DeliveryResult.delivered();
		}
		String error = "HTTP " + status + ": " + abbreviate(response.body());
		if (status == 408 || status == 425 || status == 429 || status >= 500) {
			return DeliveryResult.retryLater(error);
		}
		return DeliveryResult.permanentFailure(error);
	}

	private static String abbreviate(@Nullable String body) {
		if (body == null) {
			return "";
		}
		return body.length() > 500 ? body.substring(0, 500) + "…" : body;
	}
}
