package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.DossierTest.APPLICANT;
import static vn.motcua.dossier.DossierTest.PROCEDURE;

/**
 * The rules of {@link TimelinessModel} on the aggregate, without Spring: received Thursday 15/4/2027 09:00, legal
 * deadline Wednesday 21/4 17:00, requests allowed until Tuesday 20/4 (3 working days).
 */
class TimelinessModelTest {

	static final OffsetDateTime DUE = DossierTest.DUE;

	static final OffsetDateTime REQUEST_DEADLINE = OffsetDateTime.parse("2027-04-20T17:00:00+07:00");

	static OffsetDateTime day(int d) {
		return DossierTest.day(d, 10);
	}

	static TimelinessModel.Verdict verdict(Dossier dossier, int asOfDay) {
		return TimelinessModel.verdict(dossier, LocalDate.of(2027, 4, asOfDay));
	}

	@Test
	void anApologyNeverMovesTheLegalDeadline() {
		Dossier dossier = DossierTest.received();
		dossier.apologise(day(20), "head", "Chờ ý kiến Bộ", OffsetDateTime.parse("2027-04-28T17:00:00+07:00"));
		assertThat(dossier.appointmentAt()).isEqualTo(OffsetDateTime.parse("2027-04-28T17:00:00+07:00"));
		assertThat(verdict(dossier, 22).timeliness()).isEqualTo(Timeliness.OVERDUE);
		dossier.complete(day(27), "head", null);
		TimelinessModel.Verdict v = verdict(dossier, 30);
		assertThat(v.timeliness()).isEqualTo(Timeliness.LATE);
		assertThat(v.legalDueAt()).isEqualTo(DUE);
		assertThat(v.onTime766()).isFalse();
		assertThat(v.reason()).contains("không làm thay đổi hạn luật định");
		// the days in the words as people read them, not 2027-04-27
		assertThat(v.reason()).contains("ngày 27/04/2027").doesNotContain("2027-04");
		assertThat(verdict(DossierTest.received(), 16).reason()).matches("Đang giải quyết, hạn luật định \\d\\d/04/2027.*");
	}

	@Test
	void thePermittedRequestStopsTheClockAndRestartsTheLegalDeadline() {
		Dossier dossier = DossierTest.received();
		dossier.requestSupplement(day(16), "officer", "Thiếu ảnh", null, REQUEST_DEADLINE);
		assertThat(verdict(dossier, 30).timeliness()).isEqualTo(Timeliness.IN_TIME);
		OffsetDateTime restarted = OffsetDateTime.parse("2027-04-29T17:00:00+07:00");
		dossier.supplementReceived(day(22), "desk", restarted);
		dossier.complete(day(29), "head", null);
		TimelinessModel.Derivation d = TimelinessModel.derive(dossier.history());
		assertThat(d.last().legalDueAt()).isEqualTo(restarted);
		assertThat(d.verdict()).isEqualTo(Timeliness.ON_TIME);
		// 766 pauses instead: 21/4 + 6 days waiting = 27/4, so finishing on 29/4 is late there
		assertThat(d.last().due766At()).isEqualTo(DUE.plusDays(6));
		assertThat(d.onTime766()).isFalse();
		assertThat(d.violations()).isEmpty();
	}

	@Test
	void aSecondRequestNeedsAnOverrideReasonDoesNotRestartAndIsLateIn766() {
		Dossier dossier = DossierTest.received();
		dossier.requestSupplement(day(16), "officer", "Thiếu ảnh", null, REQUEST_DEADLINE);
		dossier.supplementReceived(day(19), "desk", OffsetDateTime.parse("2027-04-26T17:00:00+07:00"));
		assertThatThrownBy(() -> dossier.requestSupplement(day(20), "officer", "Thiếu bản dịch", " ", REQUEST_DEADLINE))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).field()).isEqualTo("overrideReason"));
		dossier.requestSupplement(day(20), "officer", "Thiếu bản dịch", "Quy định mới của Bộ", REQUEST_DEADLINE);
		assertThat(dossier.history().get(dossier.history().size() - 1).overrideReason()).isEqualTo("Quy định mới của Bộ");
		dossier.supplementReceived(day(22), "desk", OffsetDateTime.parse("2027-04-29T17:00:00+07:00"));
		dossier.complete(day(26), "head", null);
		TimelinessModel.Derivation d = TimelinessModel.derive(dossier.history());
		assertThat(d.last().legalDueAt()).isEqualTo(OffsetDateTime.parse("2027-04-26T17:00:00+07:00"));
		assertThat(d.verdict()).isEqualTo(Timeliness.ON_TIME);
		assertThat(d.onTime766()).isFalse();
		assertThat(d.violations()).singleElement().asString().contains("lần thứ 2").contains("Quy định mới của Bộ");
	}

	@Test
	void aLateRequestNeedsAnOverrideReasonAndDoesNotStopTheClock() {
		Dossier dossier = DossierTest.received();
		assertThatThrownBy(() -> dossier.requestSupplement(day(21), "officer", "Thiếu ảnh", null, REQUEST_DEADLINE))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("03 ngày làm việc");
		dossier.requestSupplement(day(21), "officer", "Thiếu ảnh", "Phát hiện khi thẩm định lại", REQUEST_DEADLINE);
		assertThat(verdict(dossier, 22).timeliness()).isEqualTo(Timeliness.OVERDUE);
		assertThat(TimelinessModel.derive(dossier.history()).last().violation()).isTrue();
	}

	@Test
	void aRequestAtIntakeIsNotCountedAndTheDossierKeepsItsChannel() {
		Dossier dossier = Dossier.handedIn(UUID.randomUUID(), "X-1", UUID.randomUUID(), PROCEDURE, Channel.DIRECT,
				APPLICANT, day(15), "desk", null, "ABCD2345");
		dossier.requestSupplement(day(15), "desk", "Thiếu tờ khai");
		dossier.supplementReceived(day(16), "desk", DUE.plusDays(1));
		assertThat(dossier.channel()).isEqualTo(Channel.DIRECT);
		assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
		// the first request after receipt is the permitted one
		dossier.requestSupplement(day(19), "officer", "Thiếu ảnh", null, OffsetDateTime.parse("2027-04-21T17:00:00+07:00"));
		assertThat(TimelinessModel.derive(dossier.history()).violations()).isEmpty();
	}

	@Test
	void withdrawalIsOnTimeBeforeTheDeadlineAndLateAfterIt() {
		Dossier early = DossierTest.received();
		early.withdraw(day(16), "desk", "Công dân xin rút");
		assertThat(verdict(early, 30).timeliness()).isEqualTo(Timeliness.ON_TIME);
		assertThat(verdict(early, 30).onTime766()).isTrue();
		Dossier late = DossierTest.received();
		late.withdraw(day(23), "desk", "Công dân xin rút");
		assertThat(verdict(late, 30).timeliness()).isEqualTo(Timeliness.LATE);
		assertThat(verdict(late, 30).onTime766()).isFalse();
	}

	@Test
	void aStopWhileWaitingEndsWhenTheClockStopped() {
		Dossier dossier = DossierTest.received();
		dossier.requestSupplement(day(16), "officer", "Thiếu ảnh", null, REQUEST_DEADLINE);
		dossier.stop(day(30), "head", "Công dân không bổ sung");
		TimelinessModel.Derivation d = TimelinessModel.derive(dossier.history());
		assertThat(d.endAt()).isEqualTo(day(16));
		assertThat(d.verdict()).isEqualTo(Timeliness.ON_TIME);
		assertThat(d.onTime766()).isTrue();
	}

	@Test
	void aDossierNeverReceivedHasNoVerdict() {
		Dossier dossier = DossierTest.online();
		dossier.refuse(day(16), "desk", "Không thuộc thẩm quyền");
		assertThat(verdict(dossier, 30).timeliness()).isNull();
	}
}
