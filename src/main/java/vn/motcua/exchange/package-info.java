/**
 * Liên thông between deployments: a Sở Ngoại vụ and the Cục Lãnh sự (or any two agencies running Một Cửa) hand
 * dossiers to each other as signed messages. Forwarding a dossier ({@code FORWARD}) to an agency a configured peer
 * hosts writes a message in the same transaction as the dossier change (through the outbox); the receiver verifies
 * it, drops duplicates by message id, creates its own linked dossier with its own code and its own leg of the legal
 * time, and acknowledges with a signed receipt. The linked dossier's steps and its result flow back the same way, and
 * the origin dossier continues at its desk. Every message sent, received or refused is kept in a hash chain (the
 * message log, after X-Road's) so either side can prove what was exchanged.
 * <p>
 * Glossary: liên thông = inter-agency exchange; bên gửi = sender (origin side); bên nhận = receiver; chặng = leg (one
 * agency's part of the legal time); hồ sơ liên thông = linked dossier (the receiver's own dossier); hệ thống đối tác
 * = peer (another deployment); khóa công khai = public key; chữ ký = signature; biên nhận = acknowledgement; nhật ký
 * thông điệp = message log; chuyển qua bưu chính = postal hand-off (the papers of a liên thông sent by post; the
 * receiving leg starts when they arrive); số vận đơn = tracking number.
 * <p>
 * Keys are Ed25519 (the JDK's {@code java.security}); this deployment's own keys live in the data folder outside the
 * database ({@code secrets/exchange-ed25519.keys}), like the audit key.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Liên thông")
@org.jspecify.annotations.NullMarked
package vn.motcua.exchange;
