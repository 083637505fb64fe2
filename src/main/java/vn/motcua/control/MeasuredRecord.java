package vn.motcua.control;

/**
 * A record behind a target's value (a dossier, a procedure, a desk visit): whether it counts in the numerator,
 * and why, with the staff page that shows it.
 */
public record MeasuredRecord(String code, String label, String at, boolean counted, String reason, String link) {
}
