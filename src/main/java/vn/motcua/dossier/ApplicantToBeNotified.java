package vn.motcua.dossier;

import java.util.UUID;

/**
 * Published when the applicant should hear about their dossier (accepted, asked to supplement, result ready) and
 * gave an e-mail address. Only these steps carry a message, so only they go through the event publication registry.
 */
record ApplicantToBeNotified(UUID dossierId, String code, DossierAction action, DossierStatus to) {

	static boolean concerns(DossierTransitioned event) {
		return event.to() == DossierStatus.RECEIVED
				&& (event.action() == DossierAction.RECEIVE || event.action() == DossierAction.ACCEPT
						|| event.action() == DossierAction.SUPPLEMENT_RECEIVED)
				|| event.action() == DossierAction.REQUEST_SUPPLEMENT || event.action() == DossierAction.COMPLETE;
	}
}
