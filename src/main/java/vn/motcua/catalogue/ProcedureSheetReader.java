package vn.motcua.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.PayloadTooLargeException;
import vn.motcua.shared.VietnameseText;

/**
 * Reads the rows of the catalogue sheet of an XLSX workbook with POI's streaming (SAX) reader: the sheet is never
 * held in memory, only the shared strings (capped by {@link #MAX_SHARED_STRINGS}) and the rows kept (capped by the
 * row limit). The workbook is opened from a temporary file, so its parts are inflated one at a time as they are read.
 * <p>
 * Limits, checked before or while reading: the whole archive unpacks to at most {@link #MAX_UNPACKED} (a small,
 * highly compressed file is refused with 413 before any parsing), the shared strings to at most
 * {@link #MAX_SHARED_STRINGS} (413), and at most {@code maxRows} non-empty procedure rows (422 naming the limit,
 * refused as soon as the row after the limit is read).
 */
final class ProcedureSheetReader {

	/** The most the parts of an imported workbook may unpack to, all together. */
	static final long MAX_UNPACKED = 200L * 1024 * 1024;

	/** The most the shared-strings part may unpack to: the one part held in memory while reading. */
	static final long MAX_SHARED_STRINGS = 24L * 1024 * 1024;

	/** The headings an import cannot do without. */
	private static final List<String> REQUIRED = List.of("Mã thủ tục", "Tên thủ tục", "Mã cơ quan", "Thời hạn",
			"Đơn vị thời hạn", "Hiệu lực từ");

	/** One non-empty row of the sheet: its number as Excel shows it and its cells by heading. */
	record SheetRow(int number, Map<String, String> cells) {
	}

	private final int maxRows;

	ProcedureSheetReader(int maxRows) {
		this.maxRows = maxRows;
	}

	/**
	 * The non-empty rows under the heading row of the sheet {@code sheetName} (or the first sheet).
	 * @throws InvalidInputException when the file is not a readable workbook, a required column is missing, or there
	 * are more rows than the limit
	 * @throws PayloadTooLargeException when the workbook unpacks past its caps
	 */
	List<SheetRow> read(byte[] content, String sheetName) {
		Path file = null;
		try {
			file = Files.createTempFile("motcua-import-", ".xlsx");
			Files.write(file, content);
			checkUnpackedSize(file);
			try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
				XSSFReader reader = new XSSFReader(pkg);
				ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
				Rows rows = new Rows();
				try (InputStream sheet = sheet(reader, sheetName)) {
					if (sheet == null) {
						throw new InvalidInputException("file", "Bảng tính không có trang nào");
					}
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(
							new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows, new IsoDates(), false));
					parser.parse(new InputSource(sheet));
				}
				catch (RowLimitReached ex) {
					throw new InvalidInputException("file", "Tệp có hơn " + String.format(Locale.ROOT, "%,d", maxRows)
						.replace(',', '.') + " dòng thủ tục (giới hạn motcua.import.max-rows): hãy chia thành nhiều tệp.");
				}
				if (rows.headings == null) {
					throw new InvalidInputException("file", "Trang \"" + sheetName + "\" không có dòng tiêu đề");
				}
				return rows.rows;
			}
		}
		catch (InvalidInputException | PayloadTooLargeException ex) {
			throw ex;
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			throw new InvalidInputException("file", "Không đọc được tệp XLSX: " + ex.getMessage());
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					file.toFile().deleteOnExit();
				}
			}
		}
	}

	/** The sheet named {@code name}, or else the first one; {@code null} when the workbook has none. */
	private static @Nullable InputStream sheet(XSSFReader reader, String name) throws IOException, OpenXML4JException {
		XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
		InputStream first = null;
		while (sheets.hasNext()) {
			InputStream in = sheets.next();
			if (name.equals(sheets.getSheetName())) {
				if (first != null) {
					first.close();
				}
				return in;
			}
			if (first == null) {
				first = in;
			}
			else {
				in.close();
			}
		}
		return first;
	}

	/**
	 * Refuses (413) a workbook whose parts unpack to more than {@link #MAX_UNPACKED}, or whose shared strings unpack to
	 * more than {@link #MAX_SHARED_STRINGS}, counted by inflating the archive (read through its central directory)
	 * before POI opens anything. Sizes the archive declares are not trusted.
	 */
	static void checkUnpackedSize(Path file) {
		long total = 0;
		byte[] buffer = new byte[8192];
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (var entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				boolean strings = entry.getName().toLowerCase(Locale.ROOT).contains("sharedstrings");
				long part = 0;
				try (InputStream in = zip.getInputStream(entry)) {
					for (int n; (n = in.read(buffer)) > 0;) {
						total += n;
						part += n;
						if (total > MAX_UNPACKED) {
							throw new PayloadTooLargeException("Bảng tính giải nén vượt quá " + MAX_UNPACKED / (1024 * 1024)
									+ " MB: hãy chia danh mục thành nhiều tệp nhỏ hơn.", MAX_UNPACKED);
						}
						if (strings && part > MAX_SHARED_STRINGS) {
							throw new PayloadTooLargeException("Phần chữ của bảng tính giải nén vượt quá "
									+ MAX_SHARED_STRINGS / (1024 * 1024) + " MB: hãy chia danh mục thành nhiều tệp nhỏ hơn.",
									MAX_SHARED_STRINGS);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new InvalidInputException("file", "Tệp không phải bảng tính XLSX đọc được");
		}
	}

	/** Thrown from inside the SAX parse to stop reading at the row after the limit. */
	private static final class RowLimitReached extends RuntimeException {

		RowLimitReached() {
			super(null, null, false, false);
		}
	}

	/** Collects the heading row, then each non-empty row's cells under the known headings. */
	private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final Map<String, String> known = new HashMap<>();

		private @Nullable Map<Integer, String> headings;

		private final Map<Integer, String> current = new TreeMap<>();

		private final List<SheetRow> rows = new ArrayList<>();

		Rows() {
			ProcedureColumns.ALL.forEach(c -> known.put(VietnameseText.fold(c.heading()), c.heading()));
		}

		@Override
		public void startRow(int rowNum) {
			current.clear();
		}

		@Override
		public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
			if (reference != null && value != null) {
				current.put((int) new CellReference(reference).getCol(), value);
			}
		}

		@Override
		public void endRow(int rowNum) {
			if (headings == null) {
				if (!current.isEmpty()) {
					heading(rowNum);
				}
				return;
			}
			Map<String, String> cells = new java.util.LinkedHashMap<>();
			boolean empty = true;
			for (Map.Entry<Integer, String> h : headings.entrySet()) {
				String value = current.getOrDefault(h.getKey(), "");
				value = VietnameseText.nfc(value.replace("\r\n", "\n"));
				cells.put(h.getValue(), value);
				empty &= value.isBlank();
			}
			if (empty) {
				return;
			}
			if (rows.size() >= maxRows) {
				throw new RowLimitReached();
			}
			rows.add(new SheetRow(rowNum + 1, cells));
		}

		private void heading(int rowNum) {
			Map<Integer, String> found = new TreeMap<>();
			current.forEach((column, text) -> {
				String heading = known.get(VietnameseText.fold(text));
				if (heading != null) {
					found.put(column, heading);
				}
			});
			List<FieldProblem> missing = new ArrayList<>();
			for (String required : REQUIRED) {
				if (!found.containsValue(required)) {
					missing.add(new FieldProblem("Dòng " + (rowNum + 1), "Thiếu cột \"" + required + "\""));
				}
			}
			if (!missing.isEmpty()) {
				throw new InvalidInputException(missing);
			}
			headings = found;
		}
	}

	/** Formats date cells as ISO dates (yyyy-MM-dd), the form the "Hiệu lực từ" column is read in. */
	private static final class IsoDates extends DataFormatter {

		IsoDates() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDate date = DateUtil.getLocalDateTime(value, use1904).toLocalDate();
				return date.toString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904);
		}
	}
}
