package vn.motcua.shared;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import vn.motcua.shared.FormErrors.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Page forms as records: a refusal lands beside its field, and a form shown again keeps its errors. */
class FormErrorsTest {

	record Form(String code, String name) {
	}

	private final Form form = new Form("SNV", "");

	private final BindingResult result = new BeanPropertyBindingResult(form, "form");

	@Test
	void anActionThatSucceedsGivesItsView() {
		assertThat(FormErrors.attempt(result, () -> "redirect:/x", () -> "form")).isEqualTo("redirect:/x");
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void theServicesProblemsLandBesideTheirFieldsOrAboveTheForm() {
		String view = FormErrors.attempt(result, () -> {
			throw new InvalidInputException(java.util.List.of(
					new InvalidInputException.FieldProblem("name", "Không được để trống"),
					new InvalidInputException.FieldProblem("applicant.phone", "Số điện thoại không hợp lệ")));
		}, () -> "form");
		assertThat(view).isEqualTo("form");
		assertThat(result.getFieldError("name").getDefaultMessage()).isEqualTo("Không được để trống");
		assertThat(result.getGlobalError().getDefaultMessage()).isEqualTo("Số điện thoại không hợp lệ");
	}

	@Test
	void aListedRefusalLandsBesideItsFieldAndAnyOtherIsNotCaught() {
		FormErrors.attempt(result, () -> {
			throw new ConflictException("Đã có mã SNV");
		}, () -> "form", Refusal.of(ConflictException.class, "code"));
		assertThat(result.getFieldError("code").getDefaultMessage()).isEqualTo("Đã có mã SNV");
		assertThatThrownBy(() -> FormErrors.attempt(result, () -> {
			throw new ForbiddenException("Không có quyền");
		}, () -> "form", Refusal.of(ConflictException.class, "code"))).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void aChangedFormShownAgainKeepsTheErrors() {
		result.rejectValue("name", "invalid", "Không được để trống");
		ExtendedModelMap model = new ExtendedModelMap();
		Form shown = new Form("SNV", "Tên gợi ý");
		FormErrors.show(model, result, shown);
		assertThat(model.get("form")).isSameAs(shown);
		BindingResult kept = (BindingResult) model.get(BindingResult.MODEL_KEY_PREFIX + "form");
		assertThat(kept.getTarget()).isSameAs(shown);
		assertThat(kept.getFieldError("name").getDefaultMessage()).isEqualTo("Không được để trống");
	}
}
