package vn.motcua;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.shared.OneTimeForms;

/** MockMvc: sends a form with a fresh one-time token of its session, as the page would have issued it. */
public final class OneTimeToken {

	private OneTimeToken() {
	}

	public static RequestPostProcessor token(OneTimeForms forms) {
		return request -> {
			request.addParameter(OneTimeForms.PARAMETER, forms.issue(request));
			return request;
		};
	}
}
