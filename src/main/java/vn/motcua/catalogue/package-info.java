/**
 * Procedure catalogue (danh mục thủ tục hành chính): codes, names, fields, agencies, papers, fees, legal processing
 * time split between agencies, internal process, online mode, with versions in time; a dossier binds to the version
 * in force on the day it is received. Publication decisions announce new, amended and repealed procedures and point
 * to the versions they announce. {@link vn.motcua.catalogue.CatalogueStatistics} gives the report forms (II.03b,
 * II.07b, II.08) their figures. Import and export as XLSX and JSON. See docs/catalogue.md.
 * <p>
 * The status of a procedure ({@link vn.motcua.catalogue.ProcedureStatus}: dự thảo, đã công bố, đã bãi bỏ) is changed
 * only by the {@code Procedure} aggregate: {@code publish()} (DRAFT → PUBLISHED) and {@code repeal(from)}
 * (PUBLISHED → REPEALED), plus what a publication decision announces; any other move is a 409 naming the status.
 * A {@link vn.motcua.catalogue.ProcedureVersion} carries types, not strings: {@code ProcedureStatus},
 * {@code ProcedureLevel}, {@code ProcedureOrigin}, {@code OnlineMode}, {@code ResultType} and the processing time as
 * one {@link vn.motcua.calendar.WorkingDuration}; the API's JSON keeps the names of API.md ({@code processingAmount},
 * {@code processingUnit}). {@code ProcedureVersionCheck} reads a command into a version, collecting every problem.
 * <p>
 * Glossary: thủ tục hành chính = procedure; cấp thực hiện = level; do Trung ương / địa phương quy định = origin
 * central / local; loại kết quả (bản giấy, bản điện tử) = result type; thành phần hồ sơ = component (paper); bản chính / bản sao chứng thực /
 * bản sao = original / certified copy / copy; mẫu đơn, tờ khai = form template; phí, lệ phí = fee; thời hạn giải quyết
 * = processing time; liên thông = inter-agency (leg = one agency's part); quy trình nội bộ = internal process (steps);
 * đối tượng thực hiện = applicant types; toàn trình / một phần = full / partial online; một cửa = one-stop; "4 tại
 * chỗ" = on the spot; quyết định công bố = publication decision; công bố = publication; ban hành mới = new; sửa đổi,
 * bổ sung = amended; bãi bỏ = repeal; căn cứ pháp lý = legal basis; lĩnh vực = field; công khai trên CSDL quốc gia
 * = disclosure (766 indicator 1.2, {@code disclosed_on}); bộ phận tạo thành = parts of a procedure (Decree 63/2010
 * Art. 8.2, indicator 1.3). {@code CatalogueIndex766} measures the Decision 766 indicators 1.1–1.3 and 3.1.
 * <p>
 * Events: none published or consumed; the dossier module reads versions through {@link
 * vn.motcua.catalogue.ProcedureManagement}, procedure control through {@link vn.motcua.catalogue.ProcedureLookup}
 * (read-only); the {@code Procedures} table itself is package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thủ tục hành chính")
@org.jspecify.annotations.NullMarked
package vn.motcua.catalogue;
