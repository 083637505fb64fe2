package vn.motcua.dossier.web;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.PublicDossiers;
import vn.motcua.dossier.PublicDossiers.PublicView;
import vn.motcua.shared.RateLimitCounter;
import vn.motcua.shared.RateLimiter;
import vn.motcua.shared.TooManyRequestsException;

/** The citizen's lookup and rating, without sign-in, limited to 30 requests a minute per address. */
@RestController
@RequestMapping("/api/public/dossiers")
class PublicDossierApiController {

	private final PublicDossiers dossiers;

	private final RateLimiter limiter;

	PublicDossierApiController(PublicDossiers dossiers, Clock clock, RateLimitCounter counter) {
		this.dossiers = dossiers;
		this.limiter = new RateLimiter("lookup-api", 30, Duration.ofMinutes(1), clock, counter);
	}

	/** A rating. */
	record Rating(@NotNull @Min(1) @Max(5) Integer score, @Nullable @Size(max = 2000) String comment) {
	}

	/** Status and timeline of a dossier, given its code and the key printed on the receipt. */
	@GetMapping("/{code}")
	PublicView lookup(@PathVariable String code, @RequestParam(required = false) @Nullable String key,
			HttpServletRequest request) {
		limit(request);
		return dossiers.lookup(code, key);
	}

	/** Satisfaction rating, once, after the result is returned. */
	@PostMapping("/{code}/rating")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void rate(@PathVariable String code, @RequestParam(required = false) @Nullable String key,
			@Valid @RequestBody Rating rating, HttpServletRequest request) {
		limit(request);
		dossiers.rate(code, key, rating.score(), rating.comment());
	}

	private void limit(HttpServletRequest request) {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			throw new TooManyRequestsException("Bạn đã tra cứu quá nhiều lần; vui lòng thử lại sau một phút");
		}
	}
}
