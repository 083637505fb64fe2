package vn.motcua.catalogue.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.motcua.catalogue.PublicationDecisionManagement.DecisionCommand;
import vn.motcua.catalogue.PublicationDecisionManagement.DecisionItem;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.VietnameseText;

/**
 * The publication decision form (quyết định công bố), as typed: the legal documents one per line, the procedures one
 * per line as "mã | ban hành mới / sửa đổi, bổ sung / bãi bỏ" (or NEW / AMENDED / REPEALED).
 */
record DecisionForm(@Nullable String number, @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
		@Nullable String agencyCode, @Nullable String signer, @Nullable String legalDocuments,
		@Nullable String procedures) {

	/** A blank form of the given agency. */
	static DecisionForm of(@Nullable String agencyCode) {
		return new DecisionForm("", null, agencyCode == null ? "" : agencyCode, "", "", "");
	}

	DecisionCommand command() {
		List<DecisionItem> items = lines(procedures).stream().map(line -> {
			String[] parts = line.split("\\|");
			String change = parts.length > 1 ? parts[1].strip() : "";
			change = switch (VietnameseText.fold(change)) {
				case "moi", "ban hanh moi", "new" -> "NEW";
				case "sua doi", "sua doi, bo sung", "sua doi bo sung", "amended" -> "AMENDED";
				case "bai bo", "repealed" -> "REPEALED";
				default -> change;
			};
			return new DecisionItem(parts[0].strip(), change);
		}).toList();
		return new DecisionCommand(number == null ? "" : number, signedOn, agencyCode == null ? "" : agencyCode,
				signer == null ? "" : signer, lines(legalDocuments), items);
	}

	/**
	 * The refusal on the form's fields: a procedure's problem ({@code procedures[2].change}) beside the text area,
	 * naming its line ("Dòng 3: …").
	 */
	static InvalidInputException onFormFields(InvalidInputException ex) {
		return new InvalidInputException(ex.errors().stream().map(p -> {
			if (!p.field().startsWith("procedures")) {
				return p;
			}
			String index = p.field().replaceAll("\\D+", " ").trim();
			return new FieldProblem("procedures", index.isEmpty() ? p.message()
					: "Dòng " + (Integer.parseInt(index.split(" ")[0]) + 1) + ": " + p.message());
		}).toList());
	}

	private static List<String> lines(@Nullable String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}
}
