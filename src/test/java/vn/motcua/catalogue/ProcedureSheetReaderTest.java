package vn.motcua.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PayloadTooLargeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The streaming catalogue reader: a row limit, caps on what the archive unpacks to, and a heap that stays small
 * however large the sheet is (the user model needed about 2 GB for a 3.6 MB workbook).
 */
class ProcedureSheetReaderTest {

	static final List<String> HEADER = CatalogueTransferTests.HEADER;

	/** A workbook with {@code rows} procedure rows, each with {@code textLength} characters of Vietnamese text. */
	static byte[] workbook(int rows, int textLength) throws IOException {
		try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.setCompressTempFiles(true);
			Sheet sheet = book.createSheet(CatalogueTransfer.SHEET);
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADER.size(); c++) {
				header.createCell(c).setCellValue(HEADER.get(c));
			}
			String text = "Hợp pháp hóa lãnh sự giấy tờ ".repeat(textLength / 29 + 1).substring(0, textLength);
			for (int r = 1; r <= rows; r++) {
				Row row = sheet.createRow(r);
				List<String> cells = List.of("ST.%06d".formatted(r), text + r, "LANH_SU", "SNV-HT", "PROVINCE", "CENTRAL",
						"7", "WORKING_DAY", "", "TK | Tờ khai | bản chính | 1 | bắt buộc", "2024-01-01");
				for (int c = 0; c < cells.size(); c++) {
					row.createCell(c).setCellValue(cells.get(c));
				}
			}
			book.write(out);
			book.close();
			return out.toByteArray();
		}
	}

	@Test
	void aWorkbookOverTheRowLimitIsRefusedNamingTheLimit() throws IOException {
		byte[] file = workbook(101, 20);
		assertThatThrownBy(() -> new ProcedureSheetReader(100).read(file, CatalogueTransfer.SHEET))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("hơn 100 dòng")
			.hasMessageContaining("motcua.import.max-rows");
		assertThat(new ProcedureSheetReader(101).read(file, CatalogueTransfer.SHEET)).hasSize(101);
	}

	@Test
	void rowsAreReadWithTheirNumbersAndCellsByHeading() throws Exception {
		List<ProcedureSheetReader.SheetRow> rows = new ProcedureSheetReader(10)
			.read(CatalogueTransferTests.sheet(List.of(HEADER, List.of("A.1", "Tên một"), List.of(), List.of("A.2",
					"Tên hai"))), CatalogueTransfer.SHEET);
		assertThat(rows).extracting(ProcedureSheetReader.SheetRow::number).containsExactly(2, 4);
		assertThat(rows.get(1).cells()).containsEntry("Mã thủ tục", "A.2").containsEntry("Tên thủ tục", "Tên hai");
	}

	@Test
	void aMissingRequiredColumnIsNamed() throws Exception {
		assertThatThrownBy(() -> new ProcedureSheetReader(10)
			.read(CatalogueTransferTests.sheet(List.of(List.of("Mã thủ tục", "Tên thủ tục"))), CatalogueTransfer.SHEET))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.anySatisfy(p -> assertThat(p.message()).contains("Hiệu lực từ")));
	}

	@Test
	void aHighlyCompressedArchiveIsRefusedBeforeParsing() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 30; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		assertThat(out.size()).isLessThan(100_000);
		assertThatThrownBy(() -> new ProcedureSheetReader(10).read(out.toByteArray(), CatalogueTransfer.SHEET))
			.isInstanceOf(PayloadTooLargeException.class)
			.hasMessageContaining("24 MB");
	}

	@Test
	void notAWorkbookIsA422() {
		assertThatThrownBy(() -> new ProcedureSheetReader(10).read("PK\u0003\u0004 rác".getBytes(),
				CatalogueTransfer.SHEET))
			.isInstanceOf(InvalidInputException.class);
	}

	/**
	 * 5,000 rows (the default limit) of 2,000 characters each: the sheet unpacks to tens of MB, yet reading it raises
	 * the heap's peak by a small multiple of the text kept, not by the hundreds of MB of the user model.
	 */
	@Test
	void aLargeLegalWorkbookIsReadWithBoundedHeap() throws IOException {
		byte[] file = workbook(5000, 2000);
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.toList();
		System.gc();
		long before = used(heap);
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		List<ProcedureSheetReader.SheetRow> rows = new ProcedureSheetReader(5000).read(file, CatalogueTransfer.SHEET);
		long millis = (System.nanoTime() - start) / 1_000_000;
		long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		System.gc();
		long retained = used(heap) - before;
		long unpacked = unpacked(file);
		System.out.printf("streaming XLSX import: %d rows, file %.1f MB, unpacked %.1f MB, read in %d ms, heap peak +%.0f MB,"
				+ " retained %.0f MB%n", rows.size(), file.length / 1e6, unpacked / 1e6, millis, (peak - before) / 1e6,
				retained / 1e6);
		assertThat(rows).hasSize(5000);
		assertThat(rows.get(4999).cells().get("Tên thủ tục")).endsWith("5000");
		assertThat(unpacked).isGreaterThan(15_000_000L);
		// the rows kept hold 10 M characters (about 20 MB); a user model of this sheet would need several hundred MB
		assertThat(retained).isLessThan(120L * 1024 * 1024);
		assertThat(peak - before).isLessThan(400L * 1024 * 1024);
	}

	static long used(List<MemoryPoolMXBean> heap) {
		return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
	}

	static long unpacked(byte[] file) throws IOException {
		java.nio.file.Path tmp = java.nio.file.Files.createTempFile("unpacked", ".zip");
		try (var zip = new java.util.zip.ZipFile(java.nio.file.Files.write(tmp, file).toFile())) {
			long total = 0;
			byte[] buffer = new byte[8192];
			for (var e = zip.entries(); e.hasMoreElements();) {
				try (var in = zip.getInputStream(e.nextElement())) {
					for (int n; (n = in.read(buffer)) > 0;) {
						total += n;
					}
				}
			}
			return total;
		}
		finally {
			java.nio.file.Files.delete(tmp);
		}
	}
}
