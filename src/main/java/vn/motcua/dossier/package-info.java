/**
 * One-stop dossiers (hồ sơ một cửa, một cửa liên thông): intake on every channel, the guarded lifecycle, deadlines
 * and timeliness, the legal forms, fees, documents, public lookup and rating.
 * <p>
 * Glossary: hồ sơ = {@link vn.motcua.dossier.Dossier}; mã hồ sơ = dossier code; tiếp nhận = receive / accept;
 * giấy tiếp nhận và hẹn trả kết quả (Mẫu 01) = receipt; ngày hẹn trả = appointment; yêu cầu bổ sung (Mẫu 02) =
 * supplement request; từ chối (Mẫu 03) = refusal; xin lỗi và hẹn lại (Mẫu 04) = apology; phiếu kiểm soát (Mẫu 05)
 * = control sheet; sổ theo dõi (Mẫu 06) = register; trả kết quả = return the result; rút hồ sơ = withdraw;
 * dừng xử lý = stop; liên thông = forward to another agency; trước hạn / đúng hạn / quá hạn = early / on time /
 * late; trong hạn = in time; số hóa (bổ sung) = digitise (later scans); tái sử dụng = reuse; kết quả điện tử =
 * electronic result (issued as a signed file, {@code ELECTRONIC}); kết quả giấy số hóa = scanned result
 * ({@code SCANNED}); thời gian giải quyết trung bình = average time (766 indicator 2.2); hồ sơ giấy gửi qua bưu chính
 * = papers sent by post ({@link vn.motcua.dossier.PostalHandoff}); số vận đơn = tracking number; chờ hồ sơ giấy =
 * awaiting papers ({@code AWAITING_PAPERS}); đã nhận hồ sơ giấy qua bưu chính = papers received by post
 * ({@code POSTAL_RECEIVED}); chặng = leg (a linked dossier's share of the legal time).
 * <p>
 * Events published: {@link vn.motcua.dossier.DossierTransitioned} after every step, for other modules (the citizen
 * portal and outbox); {@code ApplicantToBeNotified} (package-private) after the steps the applicant hears about,
 * consumed by this module's own {@code @ApplicationModuleListener} ({@code DossierNotifications}), which writes the
 * message to the outbox after the step commits ({@code DossierEventsTests}).
 * <p>
 * Surface: other modules use only {@code DossierTransitioned} and the read models {@code DossierStatistics},
 * {@code DossierIndicators}, {@code DossierIndex766}, {@code DossierDashboard} and {@code Channel};
 * {@code ArchitectureRulesTests} fails when another type is reached from outside.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hồ sơ một cửa")
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier;
