/**
 * Outbox (hàng đợi gửi đi): messages to other systems (the national public-service portal, another agency's Một Cửa)
 * are written in the transaction of the change they report and delivered afterwards, at least once, in order per
 * ordering key, by a sender that several application instances may run on one database. See docs/adr/009-outbox.md.
 * <p>
 * Other modules call {@link vn.motcua.outbox.OutboxManagement#enqueue} inside their own transaction and register a
 * {@link vn.motcua.outbox.Deliverer} bean per destination kind, which delivers one message and answers
 * delivered, retry later or permanent failure. Receivers must be idempotent by message id.
 * <p>
 * Glossary: hàng đợi gửi đi = outbox; tin = message; đích = destination; khóa thứ tự = ordering key; đang chờ =
 * waiting; đang gửi = in flight; đã gửi = delivered; lỗi, chờ gửi lại = failed; hỏng hẳn (thư chết) = dead; đã hủy =
 * cancelled; gửi lại = retry; hủy = cancel; lần thử = attempt.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hàng đợi gửi đi")
@org.jspecify.annotations.NullMarked
package vn.motcua.outbox;
