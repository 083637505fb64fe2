/**
 * Citizen feedback (phản ánh, kiến nghị, PAKN) under Decree 20/2008/NĐ-CP: intake on every channel (public site,
 * e-mail, phone, letter, desk) with a reference number and a key for the sender, classification, forwarding to the
 * competent body, requests for more information, the answer, its publication on the public site, refusal with a
 * reason and the sender's satisfaction; working-day deadlines of the national portal (766 indicator 5.2) from the
 * calendar engine; history import; the figures of biểu II.05a.
 * <p>
 * Glossary: phản ánh, kiến nghị (PAKN) = feedback; số phản ánh = number; mã tra cứu = lookup key; người phản ánh =
 * sender; hành vi hành chính = BEHAVIOUR; quy định hành chính = REGULATION; thuộc thẩm quyền = in scope; phân loại =
 * classify; chuyển cơ quan có thẩm quyền = forward; đề nghị bổ sung thông tin = request information; từ chối tiếp
 * nhận = refuse; trả lời, kết quả xử lý = answer / resolve; đăng tải công khai = publish; mức độ hài lòng =
 * satisfaction; đã xử lý = closed (answered or refused); đang xử lý = open; từ kỳ trước = carried over; gửi lại =
 * repeated (the same sender writing again). {@code FeedbackIndex766} measures the Decision 766 indicators 5.1–5.3.
 * <p>
 * Publishes nothing; reads agencies and fields (identity), working days (calendar); writes the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Phản ánh, kiến nghị")
@org.jspecify.annotations.NullMarked
package vn.motcua.feedback;
