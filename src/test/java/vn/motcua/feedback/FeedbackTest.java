package vn.motcua.feedback;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The feedback state machine without Spring, on the generated working calendar: the transition table, the
 * deadlines of each step, and random action sequences (seeded) that must keep the invariants.
 */
class FeedbackTest {

	static final WorkingCalendar CALENDAR = WorkingCalendar.generated(2024, 2028, OfficeHours.defaults());

	static final FeedbackDeadlines DEADLINES = new FeedbackDeadlines(
			(from, amount) -> CALENDAR.deadline(from, WorkingDuration.workingDays(amount)),
			new FeedbackSettings(2, 5, 15, 2, 2));

	static final OffsetDateTime MONDAY = OffsetDateTime.parse("2027-03-01T09:00:00+07:00");

	static Feedback received(OffsetDateTime at) {
		return Feedback.receive(UUID.randomUUID(), "PA-270301-0001", "KEY23456", UUID.randomUUID(),
				FeedbackChannel.PHONE, new Sender("Nguyễn Văn An", "0912345678", null, null, null), "Nội dung", null,
				FeedbackKind.BEHAVIOUR, at, "motcua", null, DEADLINES);
	}

	@Test
	void eachStepSetsTheDeadlineOfTheNext() {
		Feedback f = received(MONDAY);
		assertThat(f.dueAt()).isEqualTo(OffsetDateTime.parse("2027-03-03T17:00:00+07:00"));
		assertThat(f.resolveDueAt()).isEqualTo(OffsetDateTime.parse("2027-03-22T17:00:00+07:00"));
		f.classify(MONDAY.plusHours(1), "kiemsoat", FeedbackKind.REGULATION, false, null, null, DEADLINES);
		assertThat(f.dueAt()).isEqualTo(OffsetDateTime.parse("2027-03-08T17:00:00+07:00"));
		f.forward(MONDAY.plusDays(2), "chuyenvien", "Sở Tư pháp", null, DEADLINES);
		assertThat(f.resolveDueAt()).isEqualTo(OffsetDateTime.parse("2027-03-24T17:00:00+07:00"));
		f.resolve(MONDAY.plusDays(10), "chuyenvien", "Trả lời", DEADLINES);
		assertThat(f.closedAt()).isEqualTo(MONDAY.plusDays(10));
		assertThat(f.answeredOnTime()).isTrue();
		assertThat(f.dueAt()).isEqualTo(OffsetDateTime.parse("2027-03-15T17:00:00+07:00"));
		f.publish(MONDAY.plusDays(11), "giamdoc", null);
		assertThat(f.dueAt()).isNull();
		assertThat(f.history()).extracting(FeedbackEvent::action)
			.containsExactly(FeedbackAction.RECEIVE, FeedbackAction.CLASSIFY, FeedbackAction.FORWARD,
					FeedbackAction.RESOLVE, FeedbackAction.PUBLISH);
	}

	@Test
	void anAnswerAfterTheDeadlineIsLate() {
		Feedback f = received(MONDAY);
		f.classify(MONDAY.plusHours(1), "kiemsoat", FeedbackKind.BEHAVIOUR, true, null, null, DEADLINES);
		f.resolve(OffsetDateTime.parse("2027-03-23T09:00:00+07:00"), "chuyenvien", "Trả lời", DEADLINES);
		assertThat(f.answeredOnTime()).isFalse();
		assertThat(f.overdueAt(OffsetDateTime.parse("2027-03-26T09:00:00+07:00"))).isTrue();
	}

	@Test
	void randomSequencesOfActionsFollowTheTransitionTableAndKeepTheInvariants() {
		Random random = new Random(20081402L);
		FeedbackAction[] actions = FeedbackAction.values();
		for (int run = 0; run < 300; run++) {
			Feedback f = received(MONDAY.plusDays(random.nextInt(300)));
			OffsetDateTime at = f.receivedAt();
			List<FeedbackAction> applied = new ArrayList<>(List.of(FeedbackAction.RECEIVE));
			for (int step = 0; step < 12; step++) {
				FeedbackAction action = actions[1 + random.nextInt(actions.length - 1)];
				at = at.plusHours(1 + random.nextInt(72));
				FeedbackStatus before = f.status();
				boolean allowed = action.allowedFrom(before)
						&& !(action == FeedbackAction.RATE && f.satisfaction() != null);
				OffsetDateTime when = at;
				if (allowed) {
					apply(f, action, when, random);
					applied.add(action);
				}
				else {
					assertThatThrownBy(() -> apply(f, action, when, random)).isInstanceOf(ConflictException.class)
						.satisfies(ex -> assertThat(((ConflictException) ex).state()).isEqualTo(before.name()));
					assertThat(f.status()).isEqualTo(before);
				}
				assertThat(f.closedAt() != null).isEqualTo(f.status().isClosed());
				assertThat(f.dueAt() == null).isEqualTo(Set.of(FeedbackStatus.AWAITING_INFO,
						FeedbackStatus.PUBLISHED, FeedbackStatus.REFUSED).contains(f.status()));
				assertThat(f.publishedAt() != null).isEqualTo(f.status() == FeedbackStatus.PUBLISHED);
			}
			assertThat(f.history()).extracting(FeedbackEvent::action).containsExactlyElementsOf(applied);
			assertThat(f.history()).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
		}
	}

	@Test
	void requiredTextsAndTheOrderOfTimesAreChecked() {
		Feedback f = received(MONDAY);
		assertThatThrownBy(() -> f.refuse(MONDAY.plusHours(1), "motcua", " "))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("lý do");
		assertThatThrownBy(() -> f.refuse(MONDAY.minusHours(1), "motcua", "Lý do"))
			.isInstanceOf(InvalidInputException.class);
		f.classify(MONDAY.plusHours(1), "kiemsoat", FeedbackKind.BEHAVIOUR, true, null, null, DEADLINES);
		assertThatThrownBy(() -> f.resolve(MONDAY.plusHours(2), "chuyenvien", null, DEADLINES))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> f.forward(MONDAY.plusHours(2), "chuyenvien", "", null, DEADLINES))
			.isInstanceOf(InvalidInputException.class);
		assertThat(f.status()).isEqualTo(FeedbackStatus.CLASSIFIED);
		assertThat(EnumSet.allOf(FeedbackStatus.class).stream().filter(FeedbackStatus::isClosed))
			.containsExactlyInAnyOrder(FeedbackStatus.RESOLVED, FeedbackStatus.PUBLISHED, FeedbackStatus.REFUSED);
	}

	static void apply(Feedback f, FeedbackAction action, OffsetDateTime at, Random random) {
		switch (action) {
			case CLASSIFY -> f.classify(at, "kiemsoat", random.nextBoolean() ? FeedbackKind.BEHAVIOUR
					: FeedbackKind.REGULATION, random.nextBoolean(), null, null, DEADLINES);
			case FORWARD -> f.forward(at, "chuyenvien", "Sở Tư pháp", null, DEADLINES);
			case REQUEST_INFO -> f.requestInfo(at, "chuyenvien", "Cần thêm thông tin");
			case INFO_RECEIVED -> f.infoReceived(at, "motcua", null, DEADLINES);
			case REFUSE -> f.refuse(at, "motcua", "Không đủ điều kiện");
			case RESOLVE -> f.resolve(at, "chuyenvien", "Trả lời", DEADLINES);
			case PUBLISH -> f.publish(at, "giamdoc", null);
			case RATE -> f.rate(at, "motcua", Satisfaction.SATISFIED, null);
			case RECEIVE -> throw new IllegalArgumentException();
		}
	}
}
