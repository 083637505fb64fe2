package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.CatalogueStatistics;
import vn.motcua.catalogue.CatalogueStatistics.ProcedureInForce;
import vn.motcua.catalogue.PublicationDecision;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.Agency;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ReportSource;

/**
 * Biểu II.03b (công bố, công khai TTHC): one row per agency. (3) the publication decisions signed in the period; (4)
 * the legal documents they announce procedures of; (5)–(8) the procedures they announce, new, amended, repealed;
 * (9) new or amended (made public), (10) repealed (no longer public); (11) procedures in force on the last day.
 */
@Component
class PublicationSource implements ReportSource {

	static final List<String> DECISION_HEADINGS = List.of("Quyết định", "Ngày ký", "Người ký", "Văn bản QPPL");

	static final List<String> PROCEDURE_HEADINGS = List.of("Mã thủ tục", "Tên thủ tục", "Thay đổi", "Quyết định");

	private final CatalogueStatistics catalogue;

	private final AgencyDirectory agencies;

	PublicationSource(CatalogueStatistics catalogue, AgencyDirectory agencies) {
		this.catalogue = catalogue;
		this.agencies = agencies;
	}

	@Override
	public String name() {
		return "PUBLICATION_BY_AGENCY";
	}

	/** A record counted in a column of an agency's row. */
	record Entry(UUID agencyId, String column, ListedRecord record) {
	}

	List<Entry> entries(Collection<UUID> scope, LocalDate from, LocalDate to) {
		List<Entry> entries = new ArrayList<>();
		for (PublicationDecision d : catalogue.decisions(scope, from, to)) {
			String link = "/quan-tri/quyet-dinh-cong-bo";
			entries.add(new Entry(d.agencyId(), "3", new ListedRecord(d.number(), "Quyết định công bố ký trong kỳ", link,
					DECISION_HEADINGS, Arrays.asList(d.number(), ReportPeriod.d(d.signedOn()), d.signer(),
							String.join("; ", d.legalDocuments())))));
			for (String document : new LinkedHashSet<>(d.legalDocuments())) {
				entries.add(new Entry(d.agencyId(), "4", new ListedRecord(document,
						"Văn bản QPPL có TTHC được công bố tại quyết định " + d.number(), link, DECISION_HEADINGS,
						Arrays.asList(document, ReportPeriod.d(d.signedOn()), d.signer(), d.number()))));
			}
			for (PublicationDecision.Item item : d.procedures()) {
				String change = switch (item.change()) {
					case "NEW" -> "quy định mới";
					case "AMENDED" -> "sửa đổi, bổ sung";
					default -> "bãi bỏ";
				};
				ListedRecord procedure = new ListedRecord(item.code(), "Được công bố " + change + " tại quyết định "
						+ d.number() + " ngày " + ReportPeriod.d(d.signedOn()), "/thu-tuc/" + item.code(), PROCEDURE_HEADINGS,
						Arrays.asList(item.code(), item.name(), change, d.number()));
				entries.add(new Entry(d.agencyId(), "5", procedure));
				switch (item.change()) {
					case "NEW" -> {
						entries.add(new Entry(d.agencyId(), "6", procedure));
						entries.add(new Entry(d.agencyId(), "9", procedure));
					}
					case "AMENDED" -> {
						entries.add(new Entry(d.agencyId(), "7", procedure));
						entries.add(new Entry(d.agencyId(), "9", procedure));
					}
					default -> {
						entries.add(new Entry(d.agencyId(), "8", procedure));
						entries.add(new Entry(d.agencyId(), "10", procedure));
					}
				}
			}
		}
		for (ProcedureInForce p : catalogue.inForce(scope, to)) {
			entries.add(new Entry(p.agencyId(), "11", new ListedRecord(p.code(), "Đang có hiệu lực ngày " + ReportPeriod.d(to)
					+ (p.origin().equals("LOCAL") ? " (do địa phương quy định)" : " (do Trung ương quy định)"),
					"/thu-tuc/" + p.code(), PROCEDURE_HEADINGS, Arrays.asList(p.code(), p.name(),
							"phiên bản " + p.version(), p.decisionNumber()))));
		}
		return entries;
	}

	@Override
	public List<Row> rows(Collection<UUID> scope, LocalDate from, LocalDate to) {
		Map<UUID, Map<String, Long>> byAgency = new LinkedHashMap<>();
		for (Entry e : entries(scope, from, to)) {
			byAgency.computeIfAbsent(e.agencyId(), k -> new LinkedHashMap<>()).merge(e.column(), 1L, Long::sum);
		}
		List<Row> rows = new ArrayList<>();
		byAgency.forEach((id, cells) -> {
			Agency agency = agencies.findById(id).orElseThrow();
			rows.add(new Row(agency.code(), agency.name(), cells));
		});
		rows.sort(RowOrder.BY_LABEL);
		return rows;
	}

	@Override
	public List<ListedRecord> cell(Collection<UUID> scope, LocalDate from, LocalDate to, @Nullable String rowCode,
			String column) {
		if (!Set.of("3", "4", "5", "6", "7", "8", "9", "10", "11").contains(column)) {
			throw new InvalidInputException("column", "Biểu II.03b không có cột (" + column + ") tính từ dữ liệu");
		}
		UUID only = rowCode == null ? null
				: agencies.findByCode(rowCode)
					.map(Agency::id)
					.orElseThrow(() -> new InvalidInputException("row", "Không có đơn vị " + rowCode));
		return entries(scope, from, to).stream()
			.filter(e -> e.column().equals(column) && (only == null || only.equals(e.agencyId())))
			.map(Entry::record)
			.toList();
	}
}
