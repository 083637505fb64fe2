package vn.motcua.control;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The at-risk rule and the task status rules, without Spring. */
class TargetAssessmentTest {

	static IndicatorMeasurement.Measured ratio(long numerator, long denominator) {
		return IndicatorMeasurement.Measured.ratio(numerator, denominator, true);
	}

	@Test
	void aFloorIsMetAtItsThresholdAtRiskWhileReachableAndMissedWhenNot() {
		LocalDate june = LocalDate.of(2023, 6, 30);
		assertThat(TargetAssessment.state(Indicator.ONLINE_DOSSIERS, 70, ratio(7, 10), 2023, june))
			.isEqualTo(TargetState.MET);
		assertThat(TargetAssessment.state(Indicator.ONLINE_DOSSIERS, 70, ratio(2, 4), 2023, june))
			.isEqualTo(TargetState.AT_RISK);
		assertThat(TargetAssessment.state(Indicator.DATA_REUSE, 80, ratio(1, 4), 2023, june))
			.isEqualTo(TargetState.MISSED);
		assertThat(TargetAssessment.state(Indicator.ONLINE_DOSSIERS, 70, ratio(2, 4), 2023, LocalDate.of(2023, 12, 31)))
			.isEqualTo(TargetState.MISSED);
		assertThat(TargetAssessment.state(Indicator.ONLINE_DOSSIERS, 70, ratio(0, 0), 2023, june))
			.isEqualTo(TargetState.AT_RISK);
		assertThat(TargetAssessment.state(Indicator.FULLY_ONLINE_PROCEDURES, 80, ratio(1, 10), 2023, june))
			.isEqualTo(TargetState.AT_RISK);
	}

	@Test
	void aCeilingIsMetAtOrBelowItAndMissedWhenEvenZeroWaitsCannotBringTheAverageDown() {
		LocalDate june = LocalDate.of(2023, 6, 30);
		var fifteen = IndicatorMeasurement.Measured.ratio(150, 10, false);
		assertThat(fifteen.value()).isEqualTo(15.0);
		assertThat(TargetAssessment.state(Indicator.DESK_WAIT_MINUTES, 15, fifteen, 2023, june))
			.isEqualTo(TargetState.MET);
		var twenty = IndicatorMeasurement.Measured.ratio(200, 10, false);
		assertThat(TargetAssessment.state(Indicator.DESK_WAIT_MINUTES, 15, twenty, 2023, june))
			.isEqualTo(TargetState.AT_RISK);
		var sixty = IndicatorMeasurement.Measured.ratio(600, 10, false);
		assertThat(TargetAssessment.state(Indicator.DESK_WAIT_MINUTES, 15, sixty, 2023, june))
			.isEqualTo(TargetState.MISSED);
	}

	@Test
	void theStateNeverContradictsTheValueOnRandomData() {
		Random random = new Random(20231231L);
		for (int i = 0; i < 2000; i++) {
			Indicator indicator = Indicator.values()[random.nextInt(Indicator.values().length)];
			long denominator = random.nextInt(50);
			long numerator = denominator == 0 ? 0 : random.nextInt((int) denominator + 1);
			var measured = indicator.maximum()
					? IndicatorMeasurement.Measured.ratio(random.nextInt(2000), denominator, false)
					: ratio(numerator, denominator);
			double target = indicator.maximum() ? 5 + random.nextInt(30) : random.nextInt(101);
			LocalDate on = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(400));
			TargetState state = TargetAssessment.state(indicator, target, measured, 2023, on);
			Double value = measured.value();
			boolean meets = value != null && (indicator.maximum() ? value <= target : value >= target);
			assertThat(state == TargetState.MET).as("%s %s %s", indicator, measured, target).isEqualTo(meets);
			if (!on.isBefore(LocalDate.of(2023, 12, 31))) {
				assertThat(state).isNotEqualTo(TargetState.AT_RISK);
			}
			Double best = TargetAssessment.best(indicator, measured, 2023, on);
			if (best != null && value != null) {
				assertThat(indicator.maximum() ? best <= value + 0.01 : best >= value - 0.01).isTrue();
			}
		}
	}

	@Test
	void aTaskIsDoneOnlyWithEvidenceLateIsDerivedAndADoneTaskOnlyReopens() {
		LocalDate today = LocalDate.of(2023, 7, 1);
		PlanTask task = new PlanTask(UUID.randomUUID(), 1, null, "Báo cáo", "Văn phòng", LocalDate.of(2023, 6, 30), null,
				null, TaskStatus.TODO, null, null, null, null);
		assertThat(task.statusOn(LocalDate.of(2023, 6, 30), 2023)).isEqualTo(TaskStatus.TODO);
		assertThat(task.statusOn(today, 2023)).isEqualTo(TaskStatus.LATE);
		assertThatThrownBy(() -> task.moveTo(TaskStatus.DONE, null, null, null, null, today))
			.isInstanceOf(vn.motcua.shared.InvalidInputException.class);
		assertThatThrownBy(() -> task.moveTo(TaskStatus.DOING, null, null, "javascript:alert(1)", null, today))
			.isInstanceOf(vn.motcua.shared.InvalidInputException.class);
		PlanTask done = task.moveTo(TaskStatus.DONE, LocalDate.of(2023, 6, 29), null, "https://example.vn/bc", null,
				today);
		assertThat(done.statusOn(today, 2023)).isEqualTo(TaskStatus.DONE);
		assertThat(done.statusOn(LocalDate.of(2023, 6, 28), 2023)).isEqualTo(TaskStatus.DOING);
		assertThatThrownBy(() -> done.moveTo(TaskStatus.TODO, null, null, null, null, today))
			.isInstanceOf(vn.motcua.shared.ConflictException.class);
		assertThat(done.moveTo(TaskStatus.DOING, null, null, null, null, today).doneOn()).isNull();
		PlanTask continuous = new PlanTask(UUID.randomUUID(), 2, null, "Theo dõi", "Văn phòng", null,
				"Thường xuyên trong năm", null, TaskStatus.DOING, null, null, null, null);
		assertThat(continuous.dueOn(2023)).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(continuous.statusOn(LocalDate.of(2024, 1, 1), 2023)).isEqualTo(TaskStatus.LATE);
	}
}
