/**
 * Documents and forms: stored files (uploads and generated documents) and PDF rendering of the legal forms and
 * reports. Other modules call two services:
 * <ul>
 * <li>{@link vn.motcua.document.FileStore}: stores an upload after finding its type from the content (PDF, JPEG,
 * PNG, DOCX, XLSX only), capping its size and hashing it (SHA-256); stores generated files; keeps versions; reads
 * files back for users who can see the owner agency. HTTP: {@code /api/v1/files}.</li>
 * <li>{@link vn.motcua.document.PdfRenderer}: renders a Thymeleaf template from {@code templates/pdf/} to PDF with
 * Liberation Serif embedded, NFC text, the page size the template asks for, the Decree 30/2020 header, date line and
 * signature fragments, and QR codes ({@link vn.motcua.document.QrCode}).</li>
 * </ul>
 * <p>
 * Glossary:
 * <ul>
 * <li>tệp đính kèm = stored file ({@link vn.motcua.document.StoredFile}); phiên bản = version</li>
 * <li>số hóa = digitisation (a paper document scanned into a stored file)</li>
 * <li>bản chính / bản sao / bản chụp = original / certified copy / photocopy (how a paper component was handed in)</li>
 * <li>mẫu = form (Mẫu 01–06 of Circular 01/2018/TT-VPCP); biểu mẫu = form template</li>
 * <li>giấy tiếp nhận (hồ sơ và hẹn trả kết quả) = receipt (Mẫu 01)</li>
 * <li>quốc hiệu, tiêu ngữ = national name and motto; thể thức văn bản = official document layout (Decree 30/2020)</li>
 * </ul>
 * Events: none. Writes are recorded in the audit log (entity type {@code StoredFile}: UPLOAD, NEW_VERSION, GENERATE,
 * GENERATE_VERSION).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tài liệu và biểu mẫu")
@org.jspecify.annotations.NullMarked
package vn.motcua.document;
