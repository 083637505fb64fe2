package vn.motcua.dossier.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.dossier.DossierCommands.ApplicantData;
import vn.motcua.dossier.DossierCommands.ComponentData;
import vn.motcua.dossier.DossierCommands.IntakeCommand;
import vn.motcua.dossier.DossierManagement.Upload;
import vn.motcua.dossier.ProcedureDirectory.PaperTerm;
import vn.motcua.dossier.ProcedureDirectory.ProcedureTerms;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;

/**
 * The desk's intake form (tiếp nhận hồ sơ), as typed: the applicant, the channel and the checklist of the procedure's
 * papers, each ticked as handed in and optionally scanned. Bound by its constructor; it gives the same command as the
 * API, which the service validates.
 */
record IntakeForm(@Nullable String procedureCode, @Nullable String channel, @Nullable String fullName,
		@Nullable String idNumber, @Nullable String phone, @Nullable String email, @Nullable String address,
		@Nullable String organisation, @Nullable String organisationTaxCode, @Nullable String organisationDecision,
		@Nullable String representative, @Nullable String postalTracking, @Nullable String reason,
		@Nullable String outcome, @Nullable List<PaperRow> papers) {

	/**
	 * One paper of the checklist: handed in ({@code present}), as an original or copies, perhaps scanned at the desk.
	 * A scanned paper counts as handed in.
	 */
	record PaperRow(@Nullable String code, @Nullable String name, @Nullable Boolean required,
			@Nullable Boolean original, @Nullable Integer copies, @Nullable Boolean present,
			@Nullable MultipartFile scan) {

		/** The procedure's paper, not yet ticked, as an original. */
		static PaperRow of(PaperTerm paper) {
			return new PaperRow(paper.code(), paper.name(), paper.required(), true, paper.copies(), false, null);
		}

		boolean scanned() {
			return scan != null && !scan.isEmpty();
		}

		boolean handedIn() {
			return Boolean.TRUE.equals(present) || scanned();
		}
	}

	/** A blank form at the desk (channel DIRECT), with the checklist of the chosen procedure if any. */
	static IntakeForm start(@Nullable String procedureCode, List<PaperRow> papers) {
		return new IntakeForm(procedureCode, "DIRECT", null, null, null, null, null, null, null, null, null, null,
				null, null, papers);
	}

	/** The checklist of a procedure's papers. */
	static List<PaperRow> checklist(ProcedureTerms terms) {
		return terms.papers().stream().map(PaperRow::of).toList();
	}

	/** The rows of the checklist, never {@code null}. */
	List<PaperRow> rows() {
		return papers == null ? List.of() : papers;
	}

	/** The form as shown again: a scanned paper is ticked as handed in, and the checklist is the given one. */
	IntakeForm shownWith(List<PaperRow> checklist, @Nullable String reason) {
		List<PaperRow> rows = new ArrayList<>();
		for (PaperRow row : checklist) {
			rows.add(row.scanned() ? new PaperRow(row.code(), row.name(), row.required(), row.original(), row.copies(),
					true, null) : row);
		}
		return new IntakeForm(procedureCode, channel, fullName, idNumber, phone, email, address, organisation,
				organisationTaxCode, organisationDecision, representative, postalTracking, reason, outcome, rows);
	}

	/** The command: the papers handed in (or scanned) are the dossier's components. */
	IntakeCommand command() {
		List<ComponentData> components = new ArrayList<>();
		for (PaperRow row : rows()) {
			if (row.handedIn()) {
				components.add(new ComponentData(row.code(), Boolean.TRUE.equals(row.original()),
						row.copies() == null ? 1 : row.copies(), List.of(), null, null));
			}
		}
		return new IntakeCommand(procedureCode, channel,
				new ApplicantData(fullName, idNumber, phone, email, address, organisation, organisationTaxCode,
						organisationDecision, representative),
				components, postalTracking, null, outcome, reason);
	}

	/** The scans taken at the desk, by paper code. */
	Map<String, Upload> scans() throws IOException {
		Map<String, Upload> scans = new LinkedHashMap<>();
		for (PaperRow row : rows()) {
			if (row.scanned()) {
				scans.put(row.code(), new Upload(row.scan().getInputStream(), row.scan().getOriginalFilename()));
			}
		}
		return scans;
	}

	/**
	 * The refusal with each command field renamed to the form property it belongs beside ({@code applicant.email}
	 * → {@code email}); the papers' problems ({@code components…}) stay above the form.
	 */
	static InvalidInputException onFormFields(InvalidInputException ex) {
		return new InvalidInputException(ex.errors()
			.stream()
			.map(p -> new FieldProblem(p.field().startsWith("applicant.") ? p.field().substring("applicant.".length())
					: p.field(), p.message()))
			.toList());
	}
}
