package vn.motcua.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.outbox.DeliveryResult;

/**
 * The in-process fake national portal ({@code motcua.portal.mode=fake}, the demo's and the tests' portal): it stores
 * what it receives in {@code portal_fake_receipt}, once per message id, and acknowledges repeats like the first.
 */
public class FakePortal implements PortalAdapter {

	/** One status change as the fake portal received it. */
	public record Receipt(String dossierCode, int statusCode, OffsetDateTime changedAt, OffsetDateTime receivedAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	FakePortal(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public DeliveryResult send(PortalStatusMessage message, String json) {
		jdbc.sql("""
				insert into portal_fake_receipt (message_id, dossier_code, status_code, changed_at, received_at, body)
				values (:id, :code, :status, :changedAt, :now, :body) on conflict (message_id) do nothing""")
			.param("id", message.messageId())
			.param("code", message.dossierCode())
			.param("status", message.statusCode())
			.param("changedAt", message.changedAt())
			.param("now", OffsetDateTime.now(clock))
			.param("body", json)
			.update();
		return DeliveryResult.delivered();
	}

	/** What the fake portal received for one dossier, in the order it arrived. */
	public List<Receipt> received(String dossierCode) {
		return jdbc.sql("""
				select dossier_code, status_code, changed_at, received_at from portal_fake_receipt
				where dossier_code = :code order by received_at, changed_at""")
			.param("code", dossierCode)
			.query((rs, i) -> new Receipt(rs.getString(1), rs.getInt(2), rs.getObject(3, OffsetDateTime.class),
					rs.getObject(4, OffsetDateTime.class)))
			.list();
	}
}
