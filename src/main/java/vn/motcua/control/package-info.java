/**
 * Procedure control (kiểm soát thủ tục hành chính): impact assessments of draft legal documents, reviews and
 * simplification of procedures, the agency's annual control plan with its tasks, reminders and targets measured from
 * the data, and the one-stop desk queue whose waiting time is one of those targets. Feeds the two unnumbered report
 * forms {@code IMPACT} and {@code REVIEW}. Rules and formulas: docs/control.md.
 * <p>
 * Glossary: kiểm soát TTHC = procedure control; đánh giá tác động = impact assessment
 * ({@link vn.motcua.control.ImpactAssessment}); dự thảo văn bản QPPL = draft legal document; UBND cấp tỉnh =
 * provincial committee; HĐND cấp tỉnh = provincial council; quy định mới / sửa đổi, bổ sung / bãi bỏ / giữ nguyên
 * = new / amended / repealed / kept; rà soát, đơn giản hóa = review and simplification
 * ({@link vn.motcua.control.Review}); phương án đơn giản hóa = simplification outcome; thay thế = replace; liên
 * thông = inter-agency; chi phí tuân thủ = compliance cost; kế hoạch kiểm soát TTHC = annual control plan
 * ({@link vn.motcua.control.ControlPlan}); nhiệm vụ = task; đơn vị thực hiện = owner; thời hạn = deadline; kết quả
 * dự kiến = expected output; minh chứng = evidence; chỉ tiêu = target; chỉ số = indicator; đạt / có nguy cơ không
 * đạt / không đạt = met / at risk / missed; nhắc hạn = reminder; bốc số = take a ticket; gọi số = call; thời gian
 * chờ = waiting time ({@link vn.motcua.control.DeskVisit}).
 * <p>
 * No events published or consumed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kiểm soát TTHC")
@org.jspecify.annotations.NullMarked
package vn.motcua.control;
