package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.DossierTest.APPLICANT;
import static vn.motcua.dossier.DossierTest.PROCEDURE;
import static vn.motcua.dossier.DossierTest.day;

/**
 * Postal legs of a liên thông in the aggregate, without Spring: the tracking number and days posted and received are
 * checked, and the receiving leg starts when the papers arrive (the later of the message and the papers), not when the
 * electronic message came.
 */
class PostalLegTest {

	static final LocalDate APRIL_13 = LocalDate.of(2027, 4, 13);

	static Dossier awaiting(OffsetDateTime messageAt) {
		return Dossier.awaitingPapers(UUID.randomUUID(), "G12.26-270415-0001", UUID.randomUUID(), PROCEDURE,
				Channel.DIRECT, APPLICANT, messageAt, "Liên thông từ SNV-HT", "P:000.00.20.H36-270412-0001",
				"ABCD2345", new PostalHandoff("RR123456789VN", APRIL_13, null), 3);
	}

	@Test
	void aTrackingNumberIsOneToFiftyPrintableCharactersAndTheDayPostedIsNotInTheFuture() {
		LocalDate today = LocalDate.of(2027, 4, 15);
		assertThat(PostalHandoff.sent("  RR 123-456/VN ", null, today, "postal"))
			.isEqualTo(new PostalHandoff("RR 123-456/VN", today, null));
		assertThat(PostalHandoff.sent("R", APRIL_13, today, "postal").sentOn()).isEqualTo(APRIL_13);
		for (String bad : new String[] { "", "   ", "x".repeat(51), "Số123", "RR\u0001" }) {
			assertThatThrownBy(() -> PostalHandoff.sent(bad, today, today, "postal"))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
					.extracting(InvalidInputException.FieldProblem::field)
					.containsExactly("postal.trackingNumber"));
		}
		assertThat(PostalHandoff.sent("x".repeat(50), today, today, "postal").trackingNumber()).hasSize(50);
		assertThatThrownBy(() -> PostalHandoff.sent("", today.plusDays(1), today, "postal"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldProblem::field)
				.containsExactly("postal.trackingNumber", "postal.sentOn"));
	}

	@Test
	void aForwardByPostIsNotPostedBeforeTheDossierWasReceivedNorAfterTheStep() {
		Dossier dossier = DossierTest.received(); // received 15/4 09:00
		assertThatThrownBy(() -> dossier.forward(day(16, 9), "motcua", "BNG-CLS", null,
				new PostalHandoff("RR1", LocalDate.of(2027, 4, 14), null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).field()).isEqualTo("postal.sentOn"))
			.hasMessageContaining("trước ngày tiếp nhận hồ sơ (15/04/2027)");
		assertThatThrownBy(() -> dossier.forward(day(16, 9), "motcua", "BNG-CLS", null,
				new PostalHandoff("RR1", LocalDate.of(2027, 4, 17), null)))
			.hasMessageContaining("không được sau hôm nay");
		assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
		dossier.forward(day(16, 9), "motcua", "BNG-CLS", "Gửi Cục Lãnh sự",
				new PostalHandoff("RR1", LocalDate.of(2027, 4, 15), null));
		DossierEvent forward = dossier.history().get(dossier.history().size() - 1);
		assertThat(forward.postal()).isEqualTo(new PostalHandoff("RR1", LocalDate.of(2027, 4, 15), null));
		assertThat(dossier.postalHandoff()).isEqualTo(forward.postal());
	}

	@Test
	void theLinkedDossierWaitsForItsPapersWithoutAnAppointmentAndItsLegStartsWhenTheyArrive() {
		Dossier dossier = awaiting(day(15, 9));
		assertThat(dossier.status()).isEqualTo(DossierStatus.AWAITING_PAPERS);
		assertThat(dossier.status().nationalCode()).isEqualTo(1);
		assertThat(dossier.receivedAt()).isNull();
		assertThat(dossier.appointmentAt()).isNull();
		assertThat(dossier.timeliness(LocalDate.of(2030, 1, 1))).as("no deadline runs before the papers").isNull();
		assertThat(dossier.legWorkingDays()).isEqualTo(3);
		assertThat(dossier.postalTracking()).isEqualTo("RR123456789VN");
		assertThat(dossier.nextSteps(java.util.List.of("RECEPTION_OFFICER"), day(15, 10)))
			.containsExactly(DossierAction.POSTAL_RECEIVED);

		// papers arrived on 19/4, recorded on 20/4: the leg starts at the start of 19/4
		OffsetDateTime receipt = dossier.paperReceipt(LocalDate.of(2027, 4, 19), day(20, 10));
		assertThat(receipt).isEqualTo(OffsetDateTime.parse("2027-04-19T00:00:00+07:00"));
		OffsetDateTime due = OffsetDateTime.parse("2027-04-22T17:00:00+07:00");
		dossier.receivePapers(receipt, "cuclanhsu", due);
		assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(dossier.receivedAt()).isEqualTo(receipt);
		assertThat(dossier.appointmentAt()).isEqualTo(due);
		DossierEvent arrived = dossier.history().get(1);
		assertThat(arrived.action()).isEqualTo(DossierAction.POSTAL_RECEIVED);
		assertThat(arrived.postal()).isEqualTo(new PostalHandoff("RR123456789VN", APRIL_13, LocalDate.of(2027, 4, 19)));
		TimelinessModel.Derivation timeliness = TimelinessModel.derive(dossier.history());
		assertThat(timeliness.received()).isTrue();
		assertThat(timeliness.last().legalDueAt()).as("the leg's legal deadline counts from the papers").isEqualTo(due);
		assertThatThrownBy(() -> dossier.receivePapers(day(20, 11), "cuclanhsu", due))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void papersThatNeverCameMayBeStoppedAndTheLegWasNeverTimed() {
		Dossier dossier = awaiting(day(15, 9));
		assertThat(dossier.nextSteps(java.util.List.of("DEPARTMENT_HEAD"), day(15, 10))).containsExactly(DossierAction.STOP);
		assertThatThrownBy(() -> dossier.complete(day(16, 9), "cuclanhsu", null)).isInstanceOf(ConflictException.class);
		dossier.stop(day(30, 9), "cuclanhsu", "Không nhận được hồ sơ giấy");
		assertThat(dossier.status()).isEqualTo(DossierStatus.STOPPED);
		assertThat(dossier.timeliness(LocalDate.of(2027, 5, 1))).isNull();
	}

	@Test
	void papersThatCameBeforeTheMessageCountFromTheMessageAndToday() {
		Dossier dossier = awaiting(day(15, 9));
		assertThat(dossier.paperReceipt(LocalDate.of(2027, 4, 14), day(15, 10))).as("the later of the two")
			.isEqualTo(day(15, 9));
		assertThat(dossier.paperReceipt(null, day(16, 10))).as("today: now").isEqualTo(day(16, 10));
		assertThatThrownBy(() -> dossier.paperReceipt(LocalDate.of(2027, 4, 12), day(15, 10)))
			.hasMessageContaining("trước ngày gửi bưu chính (13/04/2027)");
		assertThatThrownBy(() -> dossier.paperReceipt(LocalDate.of(2027, 4, 17), day(16, 10)))
			.hasMessageContaining("không được sau hôm nay");
	}
}
