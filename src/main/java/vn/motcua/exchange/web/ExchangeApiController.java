package vn.motcua.exchange.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.exchange.ExchangeManagement;
import vn.motcua.exchange.ExchangeManagement.OtherLeg;
import vn.motcua.exchange.ExchangeReceiving;
import vn.motcua.exchange.MessageLog;
import vn.motcua.exchange.Peer;
import vn.motcua.exchange.PeerManagement;
import vn.motcua.exchange.PeerManagement.OwnIdentity;
import vn.motcua.exchange.PeerManagement.PeerCommand;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;

/** The exchange API: the endpoint peers post signed messages to, and trust configuration and the message log. */
@RestController
@RequestMapping("/api/v1/exchange")
@Tag(name = "Liên thông")
class ExchangeApiController {

	private final ExchangeReceiving receiving;

	private final PeerManagement peers;

	private final MessageLog log;

	private final ExchangeManagement exchange;

	ExchangeApiController(ExchangeReceiving receiving, PeerManagement peers, MessageLog log,
			ExchangeManagement exchange) {
		this.receiving = receiving;
		this.peers = peers;
		this.log = log;
		this.exchange = exchange;
	}

	@Operation(summary = "Nhận thông điệp liên thông đã ký (Authorization: MotCua-Ed25519 peer, ts, sig); trả biên nhận đã ký")
	@PostMapping(path = "/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> receive(@RequestBody byte[] body, @Nullable Principal principal) {
		String name = principal == null ? "" : principal.getName();
		if (!name.startsWith("peer:")) {
			throw new ForbiddenException("Chỉ hệ thống đối tác đã ký mới gửi được thông điệp liên thông");
		}
		if (body.length == 0) {
			throw new InvalidInputException("body", "Thông điệp trống");
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(receiving.receive(name.substring(5), body));
	}

	@Operation(summary = "Các hệ thống đối tác được tin cậy")
	@GetMapping("/peers")
	List<Peer> peers() {
		return peers.list();
	}

	@GetMapping("/peers/{code}")
	Peer peer(@PathVariable String code) {
		return peers.get(code);
	}

	@Operation(summary = "Thêm hệ thống đối tác (mã, tên, địa chỉ, khóa công khai, cơ quan phục vụ)")
	@PostMapping("/peers")
	ResponseEntity<Peer> create(@Valid @RequestBody PeerCommand command) {
		if (peers.exists(command.code())) {
			throw new vn.motcua.shared.ConflictException("Đã có hệ thống đối tác " + command.code(), "EXISTS");
		}
		Peer peer = peers.save(command);
		return ResponseEntity.created(URI.create("/api/v1/exchange/peers/" + peer.code())).body(peer);
	}

	@Operation(summary = "Sửa hệ thống đối tác; danh sách khóa thay thế danh sách cũ (xoay vòng khóa)")
	@PutMapping("/peers/{code}")
	Peer update(@PathVariable String code, @Valid @RequestBody PeerCommand command) {
		if (!code.equalsIgnoreCase(command.code() == null ? "" : command.code().trim())) {
			throw new InvalidInputException("code", "Mã trong đường dẫn và trong nội dung phải trùng nhau");
		}
		peers.get(code);
		return peers.save(command);
	}

	@Operation(summary = "Mã hệ thống và khóa công khai của hệ thống này, để bên kia cấu hình")
	@GetMapping("/key")
	OwnIdentity key() {
		return peers.ownIdentity();
	}

	@Operation(summary = "Nhật ký thông điệp (mới nhất trước)")
	@GetMapping("/log")
	PageResult<MessageLog.Entry> log(@RequestParam(required = false) @Nullable String dossier,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return log.page(dossier, PageRequest.of(page, size));
	}

	@Operation(summary = "Kiểm tra toàn vẹn chuỗi nhật ký thông điệp")
	@GetMapping("/log/verify")
	MessageLog.Verification verify() {
		return log.verify();
	}

	@Operation(summary = "Chặng liên thông của một hồ sơ")
	@GetMapping("/dossiers/{code}")
	OtherLeg otherLeg(@PathVariable String code) {
		return exchange.otherLeg(code).orElseThrow(() -> new NotFoundException("Hồ sơ " + code + " không liên thông"));
	}
}
