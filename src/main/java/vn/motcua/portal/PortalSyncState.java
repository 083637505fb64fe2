package vn.motcua.portal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.outbox.MessageState;
import vn.motcua.outbox.OutboxEntry;
import vn.motcua.outbox.OutboxManagement;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.Roles;

/** Where a dossier's sync with the national portal stands, for the dossier page, the outbox page and the API. */
@Service
public class PortalSyncState {

	/**
	 * The sync state of one dossier.
	 *
	 * @param lastSentCode the last national status code the portal acknowledged, {@code null} before the first
	 * @param lastSentAt when the portal acknowledged it
	 * @param lastEnqueuedCode the last code enqueued (what the portal will have once all is delivered)
	 * @param pending messages waiting or in flight
	 * @param failed messages that failed and will be retried
	 * @param dead messages dead-lettered (an administrator must retry or cancel them)
	 * @param lastError the error of the latest failed or dead message
	 */
	public record SyncState(String dossierCode, @Nullable Integer lastSentCode, @Nullable String lastSentName,
			@Nullable OffsetDateTime lastSentAt, int lastEnqueuedCode, long pending, long failed, long dead,
			@Nullable String lastError) {

		/** Everything enqueued was acknowledged. */
		public boolean inSync() {
			return pending == 0 && failed == 0 && dead == 0;
		}
	}

	private final JdbcClient jdbc;

	private final OutboxManagement outbox;

	private final CurrentActor actor;

	private final JsonMapper json;

	PortalSyncState(JdbcClient jdbc, OutboxManagement outbox, CurrentActor actor, JsonMapper json) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.actor = actor;
		this.json = json;
	}

	/** The state of a dossier the caller may see; empty if nothing was ever enqueued for it (or it is not visible). */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public Optional<SyncState> of(String dossierCode) {
		record Row(UUID agency, int code) {
		}
		Optional<Row> row = jdbc.sql("select agency_id, last_status_code from portal_dossier where dossier_code = :c")
			.param("c", dossierCode)
			.query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getInt(2)))
			.optional();
		if (row.isEmpty() || !actor.canSee(row.get().agency())) {
			return Optional.empty();
		}
		List<OutboxEntry> messages = outbox.ofKey(PortalSync.PORTAL, dossierCode);
		OutboxEntry lastDelivered = null;
		String lastError = null;
		long pending = 0;
		long failed = 0;
		long dead = 0;
		for (OutboxEntry m : messages) {
			switch (m.state()) {
				case DELIVERED -> lastDelivered = m;
				case WAITING, IN_FLIGHT -> pending++;
				case FAILED -> failed++;
				case DEAD -> dead++;
				case CANCELLED -> {
				}
			}
			if ((m.state() == MessageState.FAILED || m.state() == MessageState.DEAD) && m.lastError() != null) {
				lastError = m.lastError();
			}
		}
		Integer lastCode = null;
		if (lastDelivered != null) {
			lastCode = outbox.payload(lastDelivered.id())
				.map(bytes -> json.readValue(bytes, PortalStatusMessage.class).statusCode())
				.orElse(null);
		}
		return Optional.of(new SyncState(dossierCode, lastCode, lastCode == null ? null : NationalStatus.name(lastCode),
				lastDelivered == null ? null : lastDelivered.deliveredAt(), row.get().code(), pending, failed, dead,
				lastError));
	}
}
