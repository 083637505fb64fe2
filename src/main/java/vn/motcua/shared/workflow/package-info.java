/**
 * The workflow kit: what the dossier and feedback workflows share, written once.
 * <ul>
 * <li>{@link vn.motcua.shared.workflow.DailyNumbers}: reference numbers per day ({@code PREFIX-yyMMdd-nnnn}, at most
 * 9999 a day), and {@link vn.motcua.shared.workflow.DailyNumbers#LATE} for items whose number is given when they are
 * stored (history import);</li>
 * <li>{@link vn.motcua.shared.workflow.LookupKeys}: the citizen's lookup key and its constant-time check;</li>
 * <li>{@link vn.motcua.shared.workflow.HistoryImport}: history import from an earlier system, all or nothing, with one
 * error per bad row and step;</li>
 * <li>{@link vn.motcua.shared.workflow.EnumInput}: a code sent as text read into an enum, with a Vietnamese 422 message
 * naming the field and the allowed values;</li>
 * <li>{@link vn.motcua.shared.workflow.EmailAddress}: the one e-mail address rule, as a Bean Validation constraint
 * and as a check.</li>
 * </ul>
 * Glossary: mã hồ sơ / số phản ánh = reference number; mã tra cứu = lookup key; nhập lịch sử = history import;
 * thư điện tử = e-mail.
 */
@org.jspecify.annotations.NullMarked
package vn.motcua.shared.workflow;
