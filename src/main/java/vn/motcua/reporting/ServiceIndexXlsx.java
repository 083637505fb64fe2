package vn.motcua.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** The 766 scorecard (and the months of its period) as an XLSX workbook. */
@Component
public class ServiceIndexXlsx {

	/** The scorecard sheet, then the trend per month. */
	public byte[] export(ServiceIndex.Scorecard card, List<ServiceIndex.MonthScore> months) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Chỉ số 766");
			int r = 0;
			cells(sheet.createRow(r++), "Bộ chỉ số đánh giá chất lượng phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)");
			cells(sheet.createRow(r++), "Đơn vị: " + card.agencyName(), "Kỳ: " + card.period().label());
			cells(sheet.createRow(r++), card.legalBasis());
			r++;
			cells(sheet.createRow(r++), "Mã", "Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ (%)", "Ngưỡng (%)", "Điểm",
					"Điểm tối đa", "Ghi chú");
			for (ServiceIndex.GroupScore group : card.groups()) {
				Row row = sheet.createRow(r++);
				cells(row, group.id(), group.name());
				row.createCell(6).setCellValue(group.points());
				row.createCell(7).setCellValue(group.maxPoints());
				for (ServiceIndex.IndicatorScore i : group.indicators()) {
					Row line = sheet.createRow(r++);
					cells(line, i.id(), i.name());
					if (i.numerator() != null) {
						line.createCell(2).setCellValue(i.numerator());
						line.createCell(3).setCellValue(i.denominator());
					}
					if (i.ratio() != null) {
						line.createCell(4).setCellValue(Math.round(i.ratio() * 10000) / 100.0);
					}
					if (i.threshold() != null) {
						line.createCell(5).setCellValue(i.threshold() * 100);
					}
					line.createCell(6).setCellValue(i.points());
					line.createCell(7).setCellValue(i.maxPoints());
					line.createCell(8).setCellValue(!i.measured()
							? "Chưa đo được" + (i.note() == null ? "" : ": " + i.note())
							: i.value() != null ? "Trung bình " + i.value() + " " + i.note()
									: i.belowThreshold() ? "Dưới ngưỡng" : "");
				}
			}
			Row total = sheet.createRow(r++);
			cells(total, "", "TỔNG ĐIỂM");
			total.createCell(6).setCellValue(card.total());
			total.createCell(7).setCellValue(100);
			Sheet trend = book.createSheet("Theo tháng");
			int t = 0;
			cells(trend.createRow(t++), "Tháng", "Tổng điểm");
			for (ServiceIndex.MonthScore m : months) {
				Row row = trend.createRow(t++);
				cells(row, String.format("%02d/%d", m.month().getMonthValue(), m.month().getYear()));
				row.createCell(1).setCellValue(m.total());
			}
			sheet.setColumnWidth(1, 60 * 256);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void cells(Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}
}
