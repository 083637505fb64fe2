package vn.motcua.dossier;

/** What the one-stop desk decides when a dossier is handed in (the form it prints). */
public enum IntakeOutcome {

	/** Tiếp nhận: the papers are complete; Mẫu 01 with the appointment. */
	ACCEPT,

	/** Hướng dẫn bổ sung: papers are missing; Mẫu 02 says which. */
	INCOMPLETE,

	/** Từ chối tiếp nhận: Mẫu 03 with the reason. */
	REFUSE
}
