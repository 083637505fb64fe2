/**
 * Documents: uploaded files (sniffed by content, size-capped, hashed with SHA-256, stored outside the web root,
 * versioned) and generated documents such as the legal forms rendered to PDF with an embedded Vietnamese font.
 * <p>
 * Glossary: tệp đính kèm = stored file; số hóa = digitisation; bản chính / bản sao = original / copy; mẫu = form;
 * phông chữ nhúng = embedded font.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tài liệu và biểu mẫu")
@org.jspecify.annotations.NullMarked
package vn.motcua.document;
