package vn.motcua.identity.web;

import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyManagement;
import vn.motcua.identity.AgencyManagement.AgencyCommand;

/** Agencies (cơ quan, đơn vị) over HTTP. */
@RestController
@RequestMapping("/api/v1/agencies")
class AgencyApiController {

	private final AgencyManagement agencies;

	AgencyApiController(AgencyManagement agencies) {
		this.agencies = agencies;
	}

	/** An agency as clients see it: identified by its code, its parent by code. */
	record AgencyView(String code, String name, @Nullable String shortName, String identifierCode, String level,
			@Nullable String parentCode, @Nullable String address, @Nullable String phone, @Nullable String email,
			boolean active) {
	}

	/** The agencies the caller may see: their own and those under it (all for a system administrator). */
	@GetMapping
	List<AgencyView> list() {
		return agencies.visible().stream().map(this::view).toList();
	}

	/** One agency by code. */
	@GetMapping("/{code}")
	AgencyView get(@PathVariable String code) {
		return view(agencies.get(code));
	}

	/** Creates an agency; 409 when the code or identifier code is taken. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	AgencyView create(@Valid @RequestBody AgencyCommand command) {
		return view(agencies.create(command));
	}

	/** Changes an agency (name, identifier code, level, parent, contact, active); the code stays. */
	@PutMapping("/{code}")
	AgencyView update(@PathVariable String code, @Valid @RequestBody AgencyCommand command) {
		return view(agencies.update(code, command));
	}

	private AgencyView view(Agency agency) {
		return new AgencyView(agency.code(), agency.name(), agency.shortName(), agency.identifierCode(),
				agency.level().name(), agencies.parentCode(agency), agency.address(), agency.phone(), agency.email(),
				agency.active());
	}
}
