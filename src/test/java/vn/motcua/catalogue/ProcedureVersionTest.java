package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.calendar.CalendarValidationException;
import vn.motcua.calendar.DurationUnit;
import vn.motcua.calendar.WorkingDuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A procedure version carries types, not strings: its codes are enums, its processing time a {@link WorkingDuration},
 * and the values refuse what they cannot be. The API's JSON keeps its names and values (API.md).
 */
class ProcedureVersionTest {

	@Test
	void theJsonKeepsTheNamesAndValuesOfTheApi() {
		ProcedureVersion v = ProcedureTest.version(ProcedureStatus.PUBLISHED, WorkingDuration.workingHours(8));
		JsonNode json = JsonMapper.builder().build().valueToTree(v);
		assertThat(json.get("processingAmount").asInt()).isEqualTo(8);
		assertThat(json.get("processingUnit").asString()).isEqualTo("WORKING_HOUR");
		assertThat(json.has("processingTime")).isFalse();
		assertThat(json.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(json.get("level").asString()).isEqualTo("PROVINCE");
		assertThat(json.get("origin").asString()).isEqualTo("CENTRAL");
		assertThat(json.get("onlineMode").asString()).isEqualTo("NONE");
		assertThat(json.get("resultType").asString()).isEqualTo("PAPER");
	}

	@Test
	void theProcessingTimeIsOneValue() {
		ProcedureVersion v = ProcedureTest.version(ProcedureStatus.DRAFT, WorkingDuration.workingDays(5));
		assertThat(v.processingAmount()).isEqualTo(5);
		assertThat(v.processingUnit()).isEqualTo(DurationUnit.WORKING_DAY);
		assertThatThrownBy(() -> new WorkingDuration(-1, DurationUnit.WORKING_DAY))
			.isInstanceOf(CalendarValidationException.class);
	}

	@Test
	void aVersionWithoutItsCodesIsRefused() {
		assertThatThrownBy(() -> new ProcedureVersion(UUID.randomUUID(), UUID.randomUUID(), "1.001", 1,
				LocalDate.of(2026, 1, 1), "Thủ tục", null, null, UUID.randomUUID(), "SNV", null, ProcedureOrigin.LOCAL,
				WorkingDuration.workingDays(5), OnlineMode.NONE, null, ResultType.PAPER, false, null, null, null,
				List.of(), List.of(), List.of(), ProcedureStatus.DRAFT, List.of(), List.of(), true, false, null, null,
				null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aNegativeFeeIsRefused() {
		assertThatThrownBy(() -> new ProcedureVersion.Fee("Lệ phí", -1)).isInstanceOf(IllegalArgumentException.class);
		assertThat(new ProcedureVersion.Fee("Lệ phí", 200_000).amountVnd()).isEqualTo(200_000);
	}

	@Test
	void aRepealedProcedureIsInForceOnlyBeforeItsRepeal() {
		ProcedureVersion published = ProcedureTest.version(ProcedureStatus.PUBLISHED, WorkingDuration.workingDays(5));
		assertThat(published.inForceOn(LocalDate.of(2026, 6, 1))).isTrue();
		ProcedureVersion draft = ProcedureTest.version(ProcedureStatus.DRAFT, WorkingDuration.workingDays(5));
		assertThat(draft.inForceOn(LocalDate.of(2026, 6, 1))).isFalse();
	}

	@Test
	void labelsComeFromTheEnums() {
		CatalogueLabels labels = new CatalogueLabels();
		assertThat(labels.level("MINISTRY")).isEqualTo("Cấp bộ");
		assertThat(labels.origin("CENTRAL")).isEqualTo("Do Trung ương quy định");
		assertThat(labels.online("PARTIAL")).isEqualTo("Trực tuyến một phần");
		assertThat(labels.status("REPEALED")).isEqualTo("Đã bãi bỏ");
		assertThat(labels.status("UNKNOWN")).isEqualTo("UNKNOWN");
		assertThat(labels.result(null)).isEqualTo("Bản giấy");
	}
}
