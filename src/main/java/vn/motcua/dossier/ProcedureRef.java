package vn.motcua.dossier;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.WorkingDuration;

/**
 * The procedure version a dossier is bound to: the one in force when it was received. Copied onto the dossier so
 * later versions never change how an earlier dossier is handled or counted.
 *
 * @param processingAmount the legal processing time ({@code processingUnit} WORKING_DAY or WORKING_HOUR)
 * @param feeDueVnd the fees due for one dossier, 0 when none applies
 */
public record ProcedureRef(UUID versionId, String code, int version, String name, @Nullable UUID fieldId,
		int processingAmount, String processingUnit, long feeDueVnd) {

	/** The legal processing time as one value (the unit is stored by name, as the catalogue publishes it). */
	public WorkingDuration processingTime() {
		return WorkingDuration.of(processingAmount, processingUnit);
	}
}
