package vn.motcua.shared;

/**
 * Machine-to-machine calls from another deployment (liên thông) authenticate by a signature over the body, not by a
 * staff account: {@code Authorization: MotCua-Ed25519 peer="…", ts="…", sig="…"}. The API security chain hands such
 * a request, with its body, to the one implementation of this interface (the exchange module), which answers the
 * verified peer's code or refuses; the chain then lets the call in with the role {@value #ROLE} only.
 */
public interface SignedPeerRequests {

	/** The authorisation scheme of a signed peer request. */
	String SCHEME = "MotCua-Ed25519";

	/** The role a verified peer gets for this one request. */
	String ROLE = "EXCHANGE_PEER";

	/**
	 * Verifies the request's signature, the peer, its key and the timestamp window.
	 * @return the verified peer's code
	 * @throws Refused with the status and problem to answer (the refusal is already logged)
	 */
	String verify(String authorization, byte[] body);

	/** The largest body a peer may send, in bytes. */
	long maxBodySize();

	/** A refused peer request: answered with this status and problem, nothing stored. */
	final class Refused extends RuntimeException {

		private final int status;

		private final String type;

		private final String title;

		public Refused(int status, String type, String title, String detail) {
			super(detail);
			this.status = status;
			this.type = type;
			this.title = title;
		}

		public int status() {
			return status;
		}

		public String type() {
			return type;
		}

		public String title() {
			return title;
		}
	}
}
