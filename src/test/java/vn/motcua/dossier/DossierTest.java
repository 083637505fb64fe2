package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dossier aggregate's transitions and guards, without Spring or a database. */
class DossierTest {

	static final OffsetDateTime T0 = OffsetDateTime.parse("2027-04-15T09:00:00+07:00");

	static final OffsetDateTime DUE = OffsetDateTime.parse("2027-04-21T17:00:00+07:00");

	static final Applicant APPLICANT = new Applicant("Nguyễn Văn An", "042090000001", "0912345678", null, "Hà Tĩnh",
			null);

	static final ProcedureRef PROCEDURE = new ProcedureRef(UUID.randomUUID(), "2.002352", 1,
			"Cấp hộ chiếu ngoại giao, hộ chiếu công vụ", null, 5, "WORKING_DAY", 0);

	static Dossier received() {
		return Dossier.receive(UUID.randomUUID(), "000.00.20.H36-270415-0001", UUID.randomUUID(), PROCEDURE,
				Channel.DIRECT, APPLICANT, T0, DUE, "motcua", null, "ABCD2345");
	}

	static Dossier online() {
		return Dossier.submitOnline(UUID.randomUUID(), "000.00.20.H36-270415-0002", UUID.randomUUID(), PROCEDURE,
				APPLICANT, T0, "cong-dan", null, "ABCD2345");
	}

	static OffsetDateTime day(int d, int hour) {
		return OffsetDateTime.parse(String.format("2027-04-%02dT%02d:00:00+07:00", d, hour));
	}

	@Nested
	class Intake {

		@Test
		void aDeskDossierIsReceivedWithItsAppointment() {
			Dossier dossier = received();
			assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
			assertThat(dossier.status().nationalCode()).isEqualTo(2);
			assertThat(dossier.appointmentAt()).isEqualTo(DUE);
			assertThat(dossier.history()).extracting(DossierEvent::action).containsExactly(DossierAction.RECEIVE);
			assertThat(dossier.drainTransitions()).hasSize(1);
		}

		@Test
		void onlyTheTransitionsOfALinkedDossierSayLinked() {
			Dossier ordinary = received();
			ordinary.assign(day(16, 8), "truongphong", "chuyenvien");
			assertThat(ordinary.drainTransitions()).hasSize(2).noneMatch(DossierTransitioned::linked);
			// received from another agency's forward: its leg's working days make it linked, its receipt included
			Dossier linked = received();
			linked.recordLegWorkingDays(3);
			linked.assign(day(16, 8), "truongphong", "chuyenvien");
			List<DossierTransitioned> transitions = linked.drainTransitions();
			assertThat(transitions).extracting(DossierTransitioned::action)
				.containsExactly(DossierAction.RECEIVE, DossierAction.ASSIGN);
			assertThat(transitions).allMatch(DossierTransitioned::linked);
			// a later transaction loads it with its leg's days: still linked
			Dossier loaded = restored(linked);
			loaded.submit(day(16, 9), "chuyenvien", null);
			assertThat(loaded.drainTransitions()).singleElement().matches(DossierTransitioned::linked);
		}

		private static Dossier restored(Dossier dossier) {
			Dossier loaded = Dossier.restore(dossier.id(), dossier.code(), dossier.agencyId(), dossier.procedure(),
					dossier.channel(), dossier.applicant(), dossier.submittedAt(), dossier.externalId(),
					dossier.lookupKey(), List.of(), dossier.postalTracking(), dossier.returnMethod(),
					dossier.returnedTo(), dossier.status(), dossier.resumeStatus(), dossier.receivedAt(),
					dossier.appointmentAt(), dossier.firstAppointmentAt(), dossier.completedAt(), dossier.returnedAt(),
					dossier.finishedAt(), dossier.closedAt(), dossier.assignee(), dossier.forwardedTo(),
					dossier.apologised(), dossier.supplementRequests(), dossier.history());
			loaded.restoreLegWorkingDays(dossier.legWorkingDays());
			return loaded;
		}

		@Test
		void anOnlineDossierWaitsForTheDeskThenGetsItsAppointmentWhenAccepted() {
			Dossier dossier = online();
			assertThat(dossier.status().nationalCode()).isEqualTo(1);
			assertThat(dossier.appointmentAt()).isNull();
			assertThat(dossier.timeliness(LocalDate.of(2030, 1, 1))).isNull();
			dossier.accept(day(16, 8), "motcua", DUE);
			assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
			assertThat(dossier.receivedAt()).isEqualTo(day(16, 8));
		}

		@Test
		void anOnlineDossierRefusedAtIntakeIsFinalAndHasNoTimeliness() {
			Dossier dossier = online();
			dossier.refuse(day(16, 8), "motcua", "Không thuộc thẩm quyền");
			assertThat(dossier.status()).isEqualTo(DossierStatus.REFUSED_AT_INTAKE);
			assertThat(dossier.status().nationalCode()).isEqualTo(3);
			assertThat(dossier.timeliness(LocalDate.of(2030, 1, 1))).isNull();
			assertThatThrownBy(() -> dossier.accept(day(16, 9), "motcua", DUE)).isInstanceOf(ConflictException.class)
				.extracting(e -> ((ConflictException) e).state())
				.isEqualTo("REFUSED_AT_INTAKE");
		}

		@Test
		void anOnlineDossierIncompleteAtIntakeIsReceivedWhenTheSupplementArrives() {
			Dossier dossier = online();
			dossier.requestSupplement(day(16, 8), "motcua", "Thiếu ảnh 4x6");
			dossier.supplementReceived(day(19, 10), "motcua", day(22, 17));
			assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
			assertThat(dossier.receivedAt()).isEqualTo(day(19, 10));
			assertThat(dossier.appointmentAt()).isEqualTo(day(22, 17));
		}
	}

	@Nested
	class Processing {

		@Test
		void theFullInternalProcessLeadsToTheReturnedResult() {
			Dossier dossier = received();
			dossier.assign(day(15, 10), "truongphong", "chuyenvien");
			dossier.submit(day(16, 9), "chuyenvien", "Đủ điều kiện");
			dossier.approve(day(16, 14), "truongphong", null);
			dossier.complete(day(19, 9), "giamdoc", null);
			dossier.returnResult(day(20, 9), "motcua", "Trả trực tiếp", true, "DESK", null);
			assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
			assertThat(dossier.status().nationalCode()).isEqualTo(10);
			assertThat(dossier.history()).extracting(DossierEvent::toStatus)
				.containsExactly(DossierStatus.RECEIVED, DossierStatus.ASSIGNED, DossierStatus.AWAITING_APPROVAL,
						DossierStatus.APPROVED, DossierStatus.COMPLETED, DossierStatus.RETURNED);
			assertThat(dossier.timeliness(LocalDate.of(2030, 1, 1))).isEqualTo(Timeliness.EARLY);
		}

		@Test
		void aHeadSendsBackAndTheOfficerResubmits() {
			Dossier dossier = received();
			dossier.assign(day(15, 10), "truongphong", "chuyenvien");
			dossier.submit(day(16, 9), "chuyenvien", null);
			dossier.sendBack(day(16, 10), "truongphong", "Bổ sung ý kiến phòng Lãnh sự");
			assertThat(dossier.status()).isEqualTo(DossierStatus.ASSIGNED);
			dossier.submit(day(16, 11), "chuyenvien", null);
			assertThat(dossier.status()).isEqualTo(DossierStatus.AWAITING_APPROVAL);
		}

		@Test
		void aSubmittedDossierCannotBeCompletedBeforeApproval() {
			Dossier dossier = received();
			dossier.assign(day(15, 10), "truongphong", "chuyenvien");
			dossier.submit(day(16, 9), "chuyenvien", null);
			assertThatThrownBy(() -> dossier.complete(day(16, 10), "chuyenvien", null))
				.isInstanceOf(ConflictException.class)
				.hasMessageContaining("Chờ phê duyệt");
		}

		@Test
		void theResultIsNotReturnedUnpaid() {
			Dossier dossier = received();
			dossier.complete(day(16, 9), "giamdoc", null);
			assertThatThrownBy(() -> dossier.returnResult(day(16, 10), "motcua", null, false, null, null))
				.isInstanceOf(ConflictException.class)
				.hasMessageContaining("phí");
			assertThat(dossier.status()).isEqualTo(DossierStatus.COMPLETED);
		}

		@Test
		void aForwardedDossierCompletesWhenTheResultComesBack() {
			Dossier dossier = received();
			dossier.forward(day(15, 14), "motcua", "BNG-CLS", "Gửi Cục Lãnh sự");
			assertThat(dossier.status().nationalCode()).isEqualTo(4);
			assertThat(dossier.forwardedTo()).isEqualTo("BNG-CLS");
			dossier.complete(day(21, 10), "motcua", "Kết quả từ Cục Lãnh sự");
			assertThat(dossier.timeliness(LocalDate.of(2030, 1, 1))).isEqualTo(Timeliness.ON_TIME);
		}

		@Test
		void aForwardWithoutAnAgencyIsReportedBesideTheAgencyField() {
			Dossier dossier = received();
			assertThatThrownBy(() -> dossier.forward(day(15, 14), "motcua", " ", null))
				.isInstanceOfSatisfying(InvalidInputException.class,
						e -> assertThat(e.errors()).extracting(p -> p.field()).containsExactly("agencyCode"));
		}

		@Test
		void stepsCannotGoBackInTime() {
			Dossier dossier = received();
			assertThatThrownBy(() -> dossier.assign(T0.minusHours(1), "truongphong", "chuyenvien"))
				.isInstanceOf(InvalidInputException.class);
		}

		@Test
		void refusalsStopsAndSupplementsNeedAReason() {
			Dossier dossier = received();
			assertThatThrownBy(() -> dossier.refuse(day(16, 9), "giamdoc", " ")).isInstanceOf(InvalidInputException.class);
			assertThatThrownBy(() -> dossier.stop(day(16, 9), "giamdoc", null)).isInstanceOf(InvalidInputException.class);
			assertThatThrownBy(() -> dossier.requestSupplement(day(16, 9), "chuyenvien", ""))
				.isInstanceOf(InvalidInputException.class);
			assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
		}

		@Test
		void aRefusalAfterAppraisalResolvesTheDossier() {
			Dossier dossier = received();
			dossier.assign(day(15, 10), "truongphong", "chuyenvien");
			dossier.refuse(day(22, 9), "giamdoc", "Không đủ điều kiện cấp");
			assertThat(dossier.status()).isEqualTo(DossierStatus.REFUSED);
			assertThat(dossier.status().isResolved()).isTrue();
			assertThat(dossier.timeliness(LocalDate.of(2030, 1, 1))).isEqualTo(Timeliness.LATE);
		}

		@Test
		void finalStatesRefuseEveryAction() {
			Dossier dossier = received();
			dossier.withdraw(day(15, 11), "motcua", "Công dân xin rút");
			assertThat(dossier.status().nationalCode()).isEqualTo(7);
			// withdrawn before the legal deadline: on time (TimelinessModel)
			assertThat(dossier.timeliness(LocalDate.of(2030, 1, 1))).isEqualTo(Timeliness.ON_TIME);
			assertThatThrownBy(() -> dossier.complete(day(15, 12), "giamdoc", null)).isInstanceOf(ConflictException.class);
			assertThatThrownBy(() -> dossier.stop(day(15, 12), "giamdoc", "x")).isInstanceOf(ConflictException.class);
		}
	}

	@Nested
	class DeadlinesAndApologies {

		@Test
		void aSupplementRestartsTheClockFromZeroWithTheAppointmentHandedIn() {
			Dossier dossier = received();
			dossier.assign(day(15, 10), "truongphong", "chuyenvien");
			dossier.requestSupplement(day(16, 9), "chuyenvien", "Thiếu công văn cử đi công tác");
			assertThat(dossier.status().nationalCode()).isEqualTo(5);
			assertThat(dossier.timeliness(LocalDate.of(2030, 1, 1))).isEqualTo(Timeliness.IN_TIME);
			dossier.supplementReceived(day(26, 9), "motcua", day(29, 17));
			assertThat(dossier.status()).isEqualTo(DossierStatus.ASSIGNED);
			assertThat(dossier.appointmentAt()).isEqualTo(day(29, 17));
			assertThat(dossier.firstAppointmentAt()).isEqualTo(DUE);
			assertThat(dossier.receivedAt()).isEqualTo(T0);
			assertThat(dossier.supplementRequests()).isEqualTo(1);
		}

		@Test
		void anOpenDossierIsOverdueTheDayAfterItsAppointment() {
			Dossier dossier = received();
			assertThat(dossier.timeliness(LocalDate.of(2027, 4, 21))).isEqualTo(Timeliness.IN_TIME);
			assertThat(dossier.timeliness(LocalDate.of(2027, 4, 22))).isEqualTo(Timeliness.OVERDUE);
		}

		@Test
		void anApologyGivesANewAppointmentOnceAndOnlyBeforeTheOldOne() {
			Dossier dossier = received();
			dossier.apologise(day(20, 9), "giamdoc", "Chờ ý kiến Bộ Ngoại giao", day(23, 17));
			assertThat(dossier.appointmentAt()).isEqualTo(day(23, 17));
			assertThat(dossier.apologised()).isTrue();
			assertThatThrownBy(() -> dossier.apologise(day(21, 9), "giamdoc", "Lần hai", day(27, 17)))
				.isInstanceOf(ConflictException.class)
				.hasMessageContaining("một lần");
			dossier.complete(day(23, 10), "giamdoc", null);
			// the new appointment is what the citizen is told; the legal deadline (21/4) still decides: late
			assertThat(dossier.timeliness(LocalDate.of(2030, 1, 1))).isEqualTo(Timeliness.LATE);
		}

		@Test
		void anApologyAfterTheAppointmentOrWithAnEarlierDateIsRefused() {
			Dossier late = received();
			assertThatThrownBy(() -> late.apologise(day(22, 9), "giamdoc", "Muộn", day(27, 17)))
				.isInstanceOf(ConflictException.class);
			Dossier earlier = received();
			assertThatThrownBy(() -> earlier.apologise(day(19, 9), "giamdoc", "Sai ngày", day(20, 17)))
				.isInstanceOf(InvalidInputException.class);
			assertThat(earlier.apologised()).isFalse();
		}
	}
	@Nested
	class NextSteps {

		@Test
		void eachRoleIsOfferedOnlyTheStepsItMayTakeInThisState() {
			Dossier dossier = online();
			assertThat(dossier.nextSteps(java.util.List.of(vn.motcua.shared.Roles.RECEPTION_OFFICER), T0))
				.containsExactly(DossierAction.ACCEPT, DossierAction.REQUEST_SUPPLEMENT, DossierAction.REFUSE,
						DossierAction.WITHDRAW);
			assertThat(dossier.nextSteps(java.util.List.of(vn.motcua.shared.Roles.PROCESSING_OFFICER), T0))
				.containsExactly(DossierAction.REQUEST_SUPPLEMENT);
			assertThat(dossier.nextSteps(java.util.List.of(vn.motcua.shared.Roles.VIEWER), T0)).isEmpty();
			assertThat(dossier.nextSteps(java.util.List.of(vn.motcua.shared.Roles.SYSTEM_ADMIN), T0))
				.doesNotContain(DossierAction.RECEIVE)
				.contains(DossierAction.ACCEPT, DossierAction.REFUSE);
		}

		@Test
		void anApologyIsOfferedOnlyBeforeTheAppointmentAndOnlyOnce() {
			Dossier dossier = received();
			java.util.List<String> head = java.util.List.of(vn.motcua.shared.Roles.DEPARTMENT_HEAD);
			assertThat(dossier.nextSteps(head, DUE)).contains(DossierAction.APOLOGISE);
			assertThat(dossier.nextSteps(head, DUE.plusMinutes(1))).doesNotContain(DossierAction.APOLOGISE)
				.contains(DossierAction.ASSIGN);
			dossier.apologise(day(20, 10), "truongphong", "Chờ xác minh", DUE.plusDays(3));
			assertThat(dossier.nextSteps(head, day(20, 11))).doesNotContain(DossierAction.APOLOGISE);
		}
	}
}
