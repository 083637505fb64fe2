package vn.motcua.survey.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.survey.SurveyManagement;

/** The periodic satisfaction survey over HTTP. */
@RestController
@RequestMapping("/api/v1/surveys")
class SurveyApiController {

	private final SurveyManagement surveys;

	SurveyApiController(SurveyManagement surveys) {
		this.surveys = surveys;
	}

	/** Records one response. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	SurveyManagement.Response record(@Valid @RequestBody SurveyManagement.ResponseCommand command) {
		return surveys.record(command);
	}

	/** The responses of an agency and the agencies under it, optionally between two days. */
	@GetMapping
	List<SurveyManagement.Response> list(@RequestParam String agency,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return surveys.list(agency, from, to);
	}

	/** The questions, in order. */
	@GetMapping("/questions")
	java.util.Map<String, String> questions() {
		return SurveyManagement.QUESTIONS;
	}
}
