/**
 * Periodic reports (báo cáo định kỳ): the official forms computed from the data, each figure drillable to the records
 * behind it, exported as XLSX, DOCX and PDF. Forms are data: each is a versioned definition file under
 * {@code reports/forms/} (title, columns, printed formulas, unit, legal basis, valid-from), so a new circular's forms
 * can be added without a release.
 * <p>
 * Glossary: kỳ báo cáo = {@link vn.motcua.reporting.ReportPeriod}; biểu mẫu = form; đơn vị báo cáo = reporting
 * agency; đơn vị nhận báo cáo = recipient; số liệu chuyển kỳ trước = carried over; trước hạn / đúng hạn / quá hạn =
 * early / on time / late; tổng cộng = total.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Báo cáo")
@org.jspecify.annotations.NullMarked
package vn.motcua.reporting;
