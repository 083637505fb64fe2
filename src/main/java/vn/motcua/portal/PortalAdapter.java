package vn.motcua.portal;

import vn.motcua.outbox.DeliveryResult;

/** The port to the national portal: sends one status change and says whether the portal took it. */
public interface PortalAdapter {

	DeliveryResult send(PortalStatusMessage message, String json);
}
