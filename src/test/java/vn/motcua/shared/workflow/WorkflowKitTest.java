package vn.motcua.shared.workflow;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The workflow kit that dossiers and feedback share: each rule once, tested once. */
class WorkflowKitTest {

	private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 4, 15, 9, 0, 0, 0, ZoneOffset.ofHours(7));

	// ---- reference numbers per day -----------------------------------------------------------------------------

	@Test
	void dailyNumbersArePrefixDayAndFourDigitSequence() {
		assertThat(DailyNumbers.format("000.00.20.H36", LocalDate.of(2026, 4, 5), 7, "hồ sơ"))
			.isEqualTo("000.00.20.H36-260405-0007");
		assertThat(DailyNumbers.format("PA", LocalDate.of(2026, 12, 31), 9999, "phản ánh")).isEqualTo("PA-261231-9999");
	}

	@Test
	void theTenThousandthNumberOfADayIsAConflict() {
		assertThatThrownBy(() -> DailyNumbers.format("PA", LocalDate.of(2026, 4, 5), 10000, "phản ánh"))
			.isInstanceOf(ConflictException.class)
			.hasMessage("Đã hết số phản ánh trong ngày 2026-04-05 (tối đa 9999)");
	}

	@Test
	void anItemBuiltBeforeItsNumberIsMarkedLate() {
		assertThat(DailyNumbers.isLate(DailyNumbers.LATE)).isTrue();
		assertThat(DailyNumbers.isLate("PA-260405-0001")).isFalse();
	}

	// ---- lookup keys -------------------------------------------------------------------------------------------

	@Test
	void lookupKeysAreEightUnambiguousCharacters() {
		for (int i = 0; i < 200; i++) {
			assertThat(LookupKeys.newKey()).matches("[A-HJ-NP-Z2-9]{8}");
		}
	}

	@Test
	void aLookupKeyMatchesWhateverItsCaseAndBlanksButNothingElse() {
		assertThat(LookupKeys.matches("ABCD2345", " abcd2345 ")).isTrue();
		assertThat(LookupKeys.matches("ABCD2345", "ABCD2346")).isFalse();
		assertThat(LookupKeys.matches("ABCD2345", "ABCD234")).isFalse();
		assertThat(LookupKeys.matches("ABCD2345", null)).isFalse();
	}

	// ---- codes as enums ----------------------------------------------------------------------------------------

	enum Colour {
		RED, GREEN, BLUE
	}

	@Test
	void aCodeIsReadWhateverItsCaseAndBlanks() {
		assertThat(EnumInput.parse(Colour.class, " green ", "colour", "Màu")).isEqualTo(Colour.GREEN);
		assertThat(EnumInput.read(Colour.class, "Blue")).contains(Colour.BLUE);
		assertThat(EnumInput.read(Colour.class, " ")).isEmpty();
	}

	@Test
	void anUnknownCodeIs422NamingTheFieldAndEveryAllowedValue() {
		assertThatThrownBy(() -> EnumInput.parse(Colour.class, "PINK", "items[2].colour", "Màu"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.containsExactly(new FieldProblem("items[2].colour", "Màu phải là RED, GREEN hoặc BLUE")));
		assertThatThrownBy(() -> EnumInput.parse(Colour.class, null, "colour", "Màu"))
			.hasMessage("Màu phải là RED, GREEN hoặc BLUE");
	}

	@Test
	void aFieldThatTakesPartOfAnEnumRefusesTheRest() {
		assertThat(EnumInput.parse(Colour.class, "red", "colour", "Màu", Colour.RED, Colour.BLUE)).isEqualTo(Colour.RED);
		assertThatThrownBy(() -> EnumInput.parse(Colour.class, "green", "colour", "Màu", Colour.RED, Colour.BLUE))
			.hasMessage("Màu phải là RED hoặc BLUE");
	}

	// ---- e-mail addresses --------------------------------------------------------------------------------------

	record Contact(@EmailAddress String email) {
	}

	@Test
	void anEmailAddressNeedsAnAtADottedDomainAndNoBlanks() {
		assertThat(EmailAddress.Validator.valid("so.ngoaivu@danang.gov.vn")).isTrue();
		assertThat(EmailAddress.Validator.valid(null)).isTrue();
		assertThat(EmailAddress.Validator.valid("")).isTrue();
		assertThat(EmailAddress.Validator.valid("a@b")).isFalse();
		assertThat(EmailAddress.Validator.valid("a b@c.vn")).isFalse();
		assertThat(EmailAddress.Validator.valid("a@@c.vn")).isFalse();
	}

	@Test
	void theConstraintGivesTheVietnameseMessage() {
		try (var factory = Validation.buildDefaultValidatorFactory()) {
			Validator validator = factory.getValidator();
			assertThat(validator.validate(new Contact("x@y.vn"))).isEmpty();
			assertThat(validator.validate(new Contact("x@y"))).extracting(v -> v.getPropertyPath().toString(),
					v -> v.getMessage())
				.containsExactly(tuple("email", "Địa chỉ thư điện tử không hợp lệ"));
		}
	}

	// ---- history import ----------------------------------------------------------------------------------------

	record Step(String action, OffsetDateTime at) implements HistoryImport.Step {
	}

	record Row(String externalId, String scope, List<Step> events) implements HistoryImport.Row {
	}

	private static Row row(String externalId, String... actions) {
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < actions.length; i++) {
			steps.add(new Step(actions[i], NOW.minusDays(actions.length - i)));
		}
		return new Row(externalId, "T1", steps);
	}

	/** Replays a row: the step "BAD" is refused input, "LATE" a step the state forbids, "GONE" an unknown code. */
	private static String replay(Row row, String field) {
		HistoryImport.requireReceivedFirst(row, field);
		HistoryImport.requireNoFutureStep(row, field, NOW);
		for (int s = 1; s < row.events().size(); s++) {
			String action = row.events().get(s).action();
			HistoryImport.replayStep(field, s, () -> {
				switch (action) {
					case "BAD" -> throw new InvalidInputException("reason", "Cần lý do");
					case "LATE" -> throw new ConflictException("Không được ở trạng thái này", "DONE");
					case "GONE" -> throw new ForbiddenException("Thuộc cơ quan khác");
					default -> {
					}
				}
			});
		}
		return row.externalId();
	}

	@Test
	void goodRowsAreReplayedInOrder() {
		assertThat(HistoryImport.replayAll(List.of(row("A", "RECEIVE", "OK"), row("B", "receive")), "items",
				"Trống", ".scope", WorkflowKitTest::replay))
			.containsExactly("A", "B");
	}

	@Test
	void everyBadRowGivesOneErrorAtItsPathAndNothingIsReturned() {
		Row future = new Row("F", "T1", List.of(new Step("RECEIVE", NOW.plusMinutes(1))));
		List<Row> rows = List.of(row("A", "RECEIVE"), row("A", "RECEIVE"), row("C", "ACCEPT"),
				row("D", "RECEIVE", "OK", "BAD"), row("E", "RECEIVE", "LATE"), future, row("G", "RECEIVE", "GONE"));
		assertThatThrownBy(() -> HistoryImport.replayAll(rows, "items", "Trống", ".scope", WorkflowKitTest::replay))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(FieldProblem::field, FieldProblem::message)
				.containsExactly(tuple("items[1].externalId", "externalId A lặp lại trong cùng yêu cầu"),
						tuple("items[2].events[0].action", "Bước đầu tiên phải là RECEIVE"),
						tuple("items[3].events[2].reason", "Cần lý do"),
						tuple("items[4].events[1].action", "Không được ở trạng thái này"),
						tuple("items[5].events[0].at", "Thời điểm ở tương lai"),
						tuple("items[6].scope", "Thuộc cơ quan khác")));
	}

	@Test
	void anEmptyImportIsRefused() {
		assertThatThrownBy(() -> HistoryImport.replayAll(List.<Row>of(), "items", "Danh sách trống", "",
				WorkflowKitTest::replay))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).containsExactly(new FieldProblem("items", "Danh sách trống")));
	}
}
