package vn.motcua.outbox;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message to enqueue.
 *
 * @param id the message id, which the receiver uses to drop duplicates
 * @param destination where it goes
 * @param orderingKey messages with one key (for instance one dossier code) are delivered one after the other, in the
 *        order they were enqueued
 * @param agencyId the agency whose administrators see and manage the message ({@code null}: system administrators)
 * @param label a short Vietnamese description for the administrator's page
 * @param contentType the media type of the payload
 * @param payload the bytes to deliver
 */
public record OutgoingMessage(UUID id, Destination destination, String orderingKey, @Nullable UUID agencyId,
		@Nullable String label, String contentType, byte[] payload) {

	public OutgoingMessage {
		if (orderingKey.isBlank() || orderingKey.length() > 200) {
			throw new IllegalArgumentException("The ordering key must have 1 to 200 characters");
		}
		if (label != null && label.length() > 300) {
			label = label.substring(0, 300);
		}
	}

	/** A JSON message with a new random id. */
	public static OutgoingMessage json(Destination destination, String orderingKey, @Nullable UUID agencyId,
			@Nullable String label, String json) {
		return new OutgoingMessage(UUID.randomUUID(), destination, orderingKey, agencyId, label, "application/json",
				json.getBytes(StandardCharsets.UTF_8));
	}
}
