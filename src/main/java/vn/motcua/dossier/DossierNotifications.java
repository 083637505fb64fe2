package vn.motcua.dossier;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;
import vn.motcua.shared.Roles;

/**
 * E-mails to applicants when their dossier is accepted, when a supplement is requested and when the result is
 * ready. Every message goes to an outbox table first; with SMTP configured ({@code spring.mail.host}) a job sends
 * it, without SMTP administrators read the outbox page to see what would have been sent.
 */
@Service
public class DossierNotifications {

	private static final Logger log = LoggerFactory.getLogger(DossierNotifications.class);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

	private final JdbcClient jdbc;

	private final Dossiers dossiers;

	private final ObjectProvider<JavaMailSender> mail;

	private final CurrentActor actor;

	private final Clock clock;

	private final String from;

	private final String publicUrl;

	DossierNotifications(JdbcClient jdbc, Dossiers dossiers, ObjectProvider<JavaMailSender> mail, CurrentActor actor,
			Clock clock, @Value("${motcua.mail.from:motcua@localhost}") String from,
			@Value("${motcua.public-url:http://localhost:8080}") String publicUrl) {
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.mail = mail;
		this.actor = actor;
		this.clock = clock;
		this.from = from;
		this.publicUrl = publicUrl;
	}

	/** One message in the outbox. */
	public record Message(UUID id, String recipient, String subject, String body, OffsetDateTime createdAt,
			@Nullable OffsetDateTime sentAt, @Nullable String error, @Nullable String dossierCode) {
	}

	@ApplicationModuleListener
	void on(ApplicantToBeNotified event) {
		boolean supplement = event.action() == DossierAction.REQUEST_SUPPLEMENT;
		boolean ready = event.action() == DossierAction.COMPLETE;
		boolean accepted = !supplement && !ready;
		Dossier dossier = dossiers.findById(event.dossierId()).orElse(null);
		if (dossier == null || dossier.applicant().email() == null) {
			return;
		}
		String lookup = publicUrl + "/tra-cuu?code=" + dossier.code() + "&key=" + dossier.lookupKey();
		String greeting = "Kính gửi Ông/Bà " + dossier.applicant().fullName() + ",\n\n";
		String subject;
		String body;
		if (accepted) {
			subject = "Hồ sơ " + dossier.code() + " đã được tiếp nhận";
			body = greeting + "Hồ sơ \"" + dossier.procedure().name() + "\" của Ông/Bà đã được tiếp nhận, mã hồ sơ "
					+ dossier.code() + ". Thời gian hẹn trả kết quả: "
					+ (dossier.appointmentAt() == null ? "—" : WHEN.format(dossier.appointmentAt())) + ".";
		}
		else if (supplement) {
			String reason = dossier.history().get(dossier.history().size() - 1).reason();
			subject = "Hồ sơ " + dossier.code() + " cần bổ sung, hoàn thiện";
			body = greeting + "Hồ sơ " + dossier.code() + " cần được bổ sung, hoàn thiện: " + reason
					+ ". Thời hạn giải quyết sẽ được tính lại từ khi nhận đủ hồ sơ.";
		}
		else {
			subject = "Hồ sơ " + dossier.code() + " đã có kết quả";
			body = greeting + "Hồ sơ " + dossier.code() + " đã có kết quả. Mời Ông/Bà đến nhận kết quả "
					+ "(hoặc nhận qua bưu chính nếu đã đăng ký).";
		}
		body += "\n\nTra cứu tình trạng hồ sơ: " + lookup + "\n\nTrân trọng.";
		jdbc.sql("""
				insert into notification_outbox (id, agency_id, dossier_id, recipient, subject, body)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), dossier.agencyId(), dossier.id(), dossier.applicant().email(), subject, body)
			.update();
	}

	/** Sends what is waiting when SMTP is configured; without it messages stay in the outbox. */
	@Scheduled(fixedDelayString = "${motcua.mail.send-interval:60s}", initialDelayString = "30s")
	@SchedulerLock(name = "dossier-outbox", lockAtMostFor = "PT5M")
	@Transactional
	public int sendPending() {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		List<Message> pending = jdbc
			.sql("select o.*, null as dossier_code from notification_outbox o where sent_at is null and error is null order by created_at limit 50")
			.query((rs, n) -> message(rs))
			.list();
		int sent = 0;
		for (Message message : pending) {
			try {
				SimpleMailMessage email = new SimpleMailMessage();
				email.setFrom(from);
				email.setTo(message.recipient());
				email.setSubject(message.subject());
				email.setText(message.body());
				sender.send(email);
				jdbc.sql("update notification_outbox set sent_at = ? where id = ?")
					.params(OffsetDateTime.now(clock), message.id())
					.update();
				sent++;
			}
			catch (MailException ex) {
				log.warn("Could not send mail {}: {}", message.id(), ex.getMessage());
				jdbc.sql("update notification_outbox set error = ? where id = ?")
					.params(ex.getMessage() == null ? "error" : ex.getMessage().substring(0, Math.min(500, ex.getMessage().length())), message.id())
					.update();
			}
		}
		return sent;
	}

	/** The outbox for administrators, newest first, within their agencies. */
	@PreAuthorize(Roles.ADMINS)
	@Transactional(readOnly = true)
	public PageResult<Message> outbox(PageRequest page) {
		String where = actor.seesAllAgencies() ? "" : " where o.agency_id = any(?)";
		List<Object> params = new java.util.ArrayList<>();
		if (!actor.seesAllAgencies()) {
			params.add(actor.visibleAgencyIds().toArray(UUID[]::new));
		}
		long total = jdbc.sql("select count(*) from notification_outbox o" + where).params(params).query(Long.class).single();
		params.add(page.size());
		params.add(page.offset());
		List<Message> items = jdbc.sql("select o.*, d.code as dossier_code from notification_outbox o left join dossier d on d.id = o.dossier_id"
				+ where + " order by o.created_at desc limit ? offset ?")
			.params(params)
			.query((rs, n) -> message(rs))
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** Whether an SMTP server is configured. */
	public boolean mailConfigured() {
		return mail.getIfAvailable() != null;
	}

	private static Message message(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Message(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
				rs.getString("body"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("sent_at", OffsetDateTime.class), rs.getString("error"), rs.getString("dossier_code"));
	}
}
