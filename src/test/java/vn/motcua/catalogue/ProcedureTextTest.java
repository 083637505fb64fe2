package vn.motcua.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import vn.motcua.catalogue.ProcedureManagement.ComponentData;
import vn.motcua.catalogue.ProcedureManagement.FeeData;
import vn.motcua.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one-line-per-item text of the XLSX cells and the staff form: what is written reads back the same. */
class ProcedureTextTest {

	static final String[] WORDS = { "Tờ khai", "Hộ chiếu", "bản dịch", "Đơn | đề nghị", "giấy tờ", "Phí", "ảnh 4x6",
			"Cục Lãnh sự", "Sở Ngoại vụ", "(nếu có)", "đ" };

	static String name(Random random) {
		StringBuilder b = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
		for (int i = random.nextInt(3); i > 0; i--) {
			b.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
		}
		return b.toString();
	}

	@Test
	void randomListsSurviveWritingAndReading() {
		Random random = new Random(5L);
		for (int round = 0; round < 500; round++) {
			List<ProcedureVersion.Fee> fees = new ArrayList<>();
			for (int i = random.nextInt(3); i > 0; i--) {
				List<ProcedureVersion.FeeShare> shares = random.nextBoolean() ? List.of()
						: List.of(new ProcedureVersion.FeeShare("Bộ Ngoại giao", 20),
								new ProcedureVersion.FeeShare("Ngân sách", 80));
				fees.add(new ProcedureVersion.Fee(name(random), random.nextInt(1_000_000), shares));
			}
			List<ProcedureVersion.Component> components = new ArrayList<>();
			for (int i = random.nextInt(4); i > 0; i--) {
				components.add(new ProcedureVersion.Component("C" + i, name(random), random.nextBoolean(),
						random.nextInt(5), ProcedureManagement.PAPER_TYPES.get(random.nextInt(3)), null, null));
			}
			List<FeeData> readFees = ProcedureText.parseFees(ProcedureText.fees(fees), "fees");
			assertThat(readFees).hasSize(fees.size());
			for (int i = 0; i < fees.size(); i++) {
				assertThat(readFees.get(i).name()).isEqualTo(fees.get(i).name());
				assertThat(readFees.get(i).amountVnd()).isEqualTo(fees.get(i).amountVnd());
				assertThat(readFees.get(i).shares()).hasSize(fees.get(i).shareList().size());
			}
			List<ComponentData> readComponents = ProcedureText.parseComponents(ProcedureText.components(components),
					"components");
			assertThat(readComponents).extracting(ComponentData::name)
				.containsExactlyElementsOf(components.stream().map(ProcedureVersion.Component::name).toList());
			assertThat(readComponents).extracting(ComponentData::paperType)
				.containsExactlyElementsOf(components.stream().map(ProcedureVersion.Component::paper).toList());
			assertThat(readComponents).extracting(ComponentData::required)
				.containsExactlyElementsOf(components.stream().map(ProcedureVersion.Component::required).toList());
		}
	}

	@Test
	void aMalformedLineNamesTheListAndTheLine() {
		assertThatThrownBy(() -> ProcedureText.parseFees("Lệ phí | 30.000\nPhí | ba mươi nghìn", "fees"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.errors().get(0).field()).isEqualTo("fees");
				assertThat(ex.errors().get(0).message()).startsWith("Dòng thứ 2");
			});
		assertThat(ProcedureText.parseFees("Lệ phí | 30.000 | Bộ = 20%; Tỉnh = 80", "fees").get(0).shares())
			.extracting("percent").containsExactly(20, 80);
		assertThat(ProcedureText.parseApplicantTypes("cong dan viet nam; Người nước ngoài, ORGANISATION"))
			.containsExactly("CITIZEN", "FOREIGNER", "ORGANISATION");
	}
}
