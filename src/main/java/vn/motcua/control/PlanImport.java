package vn.motcua.control;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.control.ControlCommands.TargetCommand;
import vn.motcua.control.ControlCommands.TaskCommand;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.FieldProblem;
import vn.motcua.shared.VietnameseText;

/**
 * Reads a plan from an XLSX workbook laid out like the table of seed 004 (columns documented in docs/control.md):
 * a task sheet whose header row names "Nhiệm vụ", "Kết quả", "Đơn vị thực hiện" and "Thời hạn" or "Thời gian
 * thực hiện" (a date, or text
 * such as "Thường xuyên trong năm" or "trước ngày 30/6/2024"); rows numbered I, II … start a section; and an optional
 * sheet "Chỉ tiêu" with the columns "Chỉ số" and "Ngưỡng".
 */
@Component
class PlanImport {

	private static final Pattern ROMAN = Pattern.compile("^[IVXLC]+\\.?$");

	private static final Pattern DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

	/** The tasks and targets read. */
	record Table(List<TaskCommand> tasks, List<TargetCommand> targets) {
	}

	Table read(InputStream content) {
		List<FieldProblem> problems = new ArrayList<>();
		List<TaskCommand> tasks = new ArrayList<>();
		List<TargetCommand> targets = new ArrayList<>();
		try (Workbook book = WorkbookFactory.create(content)) {
			DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
			for (Sheet sheet : book) {
				Header header = header(sheet, format);
				if (header == null) {
					continue;
				}
				if (header.columns().containsKey("chi so")) {
					readTargets(sheet, header, format, targets, problems);
				}
				else {
					readTasks(sheet, header, format, tasks, problems);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("file", "Không đọc được tệp XLSX: " + ex.getMessage());
		}
		if (tasks.isEmpty() && targets.isEmpty() && problems.isEmpty()) {
			problems.add(new FieldProblem("file", "Không tìm thấy bảng nhiệm vụ (dòng tiêu đề có cột \"Nhiệm vụ\","
					+ " \"Đơn vị thực hiện\", \"Thời hạn\") hay bảng chỉ tiêu (\"Chỉ số\", \"Ngưỡng\")"));
		}
		if (tasks.size() > 300 || targets.size() > 20) {
			problems.add(new FieldProblem("file", "Kế hoạch tối đa 300 nhiệm vụ và 20 chỉ tiêu"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Table(tasks, targets);
	}

	/** The header row and its column positions by folded name. */
	record Header(int row, Map<String, Integer> columns) {

		@Nullable Integer find(String... names) {
			for (String name : names) {
				for (Map.Entry<String, Integer> e : columns.entrySet()) {
					if (e.getKey().startsWith(name)) {
						return e.getValue();
					}
				}
			}
			return null;
		}
	}

	private static @Nullable Header header(Sheet sheet, DataFormatter format) {
		for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), 20); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Map<String, Integer> columns = new HashMap<>();
			for (Cell cell : row) {
				String text = VietnameseText.fold(format.formatCellValue(cell)).strip();
				if (!text.isEmpty()) {
					columns.putIfAbsent(text, cell.getColumnIndex());
				}
			}
			boolean tasks = columns.keySet().stream().anyMatch(k -> k.startsWith("nhiem vu"))
					&& columns.keySet().stream().anyMatch(k -> k.startsWith("thoi han") || k.startsWith("thoi gian"));
			boolean targets = columns.containsKey("chi so");
			if (tasks || targets) {
				return new Header(r, columns);
			}
		}
		return null;
	}

	private static void readTasks(Sheet sheet, Header header, DataFormatter format, List<TaskCommand> tasks,
			List<FieldProblem> problems) {
		Integer number = header.find("stt", "tt");
		Integer name = header.find("nhiem vu");
		Integer output = header.find("ket qua");
		Integer owner = header.find("don vi", "phong", "bo phan");
		Integer deadline = header.find("thoi han", "thoi gian");
		if (owner == null) {
			problems.add(new FieldProblem("file", "Bảng nhiệm vụ ở trang \"" + sheet.getSheetName()
					+ "\" thiếu cột \"Đơn vị thực hiện\""));
			return;
		}
		String section = null;
		for (int r = header.row() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			String no = text(row, number, format);
			String taskName = text(row, name, format);
			String taskOwner = text(row, owner, format);
			if (no != null && ROMAN.matcher(no).matches() && taskOwner == null) {
				section = no.replace(".", "") + ". " + (taskName != null ? taskName : "");
				continue;
			}
			if (taskName == null && taskOwner == null) {
				continue;
			}
			String at = "file (trang \"" + sheet.getSheetName() + "\", dòng " + (r + 1) + ")";
			if (taskName == null || taskOwner == null) {
				problems.add(new FieldProblem("file", at + ": cần cả tên nhiệm vụ và đơn vị thực hiện"));
				continue;
			}
			LocalDate due = null;
			String note = null;
			Cell cell = deadline == null ? null : row.getCell(deadline);
			if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
				due = cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
			}
			else {
				note = text(row, deadline, format);
				if (note != null) {
					Matcher m = DAY.matcher(note);
					if (m.find()) {
						try {
							due = LocalDate.parse(String.format("%02d/%02d/%s", Integer.parseInt(m.group(1)),
									Integer.parseInt(m.group(2)), m.group(3)), DateTimeFormatter.ofPattern("dd/MM/uuuu")
								.withResolverStyle(java.time.format.ResolverStyle.STRICT));
						}
						catch (DateTimeParseException ex) {
							problems.add(new FieldProblem("file", at + ": thời hạn \"" + note + "\" không phải ngày hợp lệ"));
						}
					}
				}
			}
			tasks.add(new TaskCommand(taskName, taskOwner, due, text(row, output, format), section, note));
		}
	}

	private static void readTargets(Sheet sheet, Header header, DataFormatter format, List<TargetCommand> targets,
			List<FieldProblem> problems) {
		Integer indicator = header.columns().get("chi so");
		Integer threshold = header.find("nguong", "chi tieu");
		if (threshold == null) {
			problems.add(new FieldProblem("file", "Bảng chỉ tiêu thiếu cột \"Ngưỡng\""));
			return;
		}
		for (int r = header.row() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			String code = row == null ? null : text(row, indicator, format);
			if (code == null) {
				continue;
			}
			String value = text(row, threshold, format);
			try {
				targets.add(new TargetCommand(code, Double.valueOf(value == null ? "" : value.replace(",", ".")
					.replace("%", "")
					.strip())));
			}
			catch (NumberFormatException ex) {
				problems.add(new FieldProblem("file", "Bảng chỉ tiêu, dòng " + (r + 1) + ": ngưỡng \"" + value
						+ "\" không phải là số"));
			}
		}
	}

	private static @Nullable String text(Row row, @Nullable Integer column, DataFormatter format) {
		if (column == null) {
			return null;
		}
		Cell cell = row.getCell(column);
		return cell == null ? null : ControlAccess.text(format.formatCellValue(cell));
	}
}
