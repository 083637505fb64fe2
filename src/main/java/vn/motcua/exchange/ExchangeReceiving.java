package vn.motcua.exchange;

import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The receiving end for the web layer: a message whose signature the API security chain already verified (see
 * {@link vn.motcua.shared.SignedPeerRequests}) is taken in and answered with the signed acknowledgement as JSON.
 */
@Service
public class ExchangeReceiving {

	private final ExchangeInbox inbox;

	private final JsonMapper json;

	ExchangeReceiving(ExchangeInbox inbox, JsonMapper json) {
		this.inbox = inbox;
		this.json = json;
	}

	/** Takes the message from a verified peer; the acknowledgement as JSON. */
	public String receive(String verifiedPeer, byte[] body) {
		return json.writeValueAsString(inbox.receive(verifiedPeer, body));
	}
}
