package vn.motcua.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.feedback.FeedbackCommands.History;
import vn.motcua.feedback.FeedbackCommands.HistoryEvent;
import vn.motcua.feedback.FeedbackCommands.SenderData;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.Field;
import vn.motcua.identity.FieldDirectory;
import vn.motcua.shared.SystemTask;
import vn.motcua.shared.VietnamTime;

/**
 * Demo data: about a year of feedback to the demo Sở Ngoại vụ (SNV-HT) in its fields, generated as histories and
 * imported through the same state machine and deadline rules as live work: most classified and answered in time and
 * published, some forwarded to another body, some waiting for the sender's information, a few refused, late or still
 * open, and the senders' ratings. Seeded, so every fresh start shows the same data.
 */
@Component
class FeedbackDemoData implements ApplicationModuleInitializer {

	private static final Logger log = LoggerFactory.getLogger(FeedbackDemoData.class);

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi",
			"Đỗ", "Hồ", "Ngô", "Dương" };

	private static final String[] GIVEN = { "Văn An", "Thị Bình", "Hữu Cường", "Thị Dung", "Minh Hải", "Thị Hạnh",
			"Đức Hùng", "Thị Lan", "Quang Long", "Thị Mai", "Văn Nam", "Ngọc Phương", "Thanh Sơn", "Thu Trang" };

	private static final String[] PLACES = { "phường Thành Sen", "xã Thạch Hà", "phường Hồng Lĩnh", "xã Cẩm Xuyên",
			"xã Can Lộc", "phường Kỳ Anh", "xã Hương Sơn", "xã Đức Thọ", "xã Nghi Xuân" };

	private static final String[] BEHAVIOUR = {
			"Cán bộ tiếp nhận hẹn trả kết quả nhiều lần nhưng chưa trả, không thông báo lý do chậm trễ.",
			"Bộ phận một cửa yêu cầu nộp thêm giấy tờ không có trong thành phần hồ sơ đã công bố.",
			"Cán bộ hướng dẫn không đầy đủ, phải đi lại nhiều lần mới nộp được hồ sơ.",
			"Thái độ của cán bộ tiếp nhận chưa niềm nở, không giải thích khi từ chối hồ sơ.",
			"Hồ sơ nộp trực tuyến đã quá hạn nhưng trạng thái trên cổng vẫn là đang xử lý." };

	private static final String[] REGULATION = {
			"Đề nghị cho phép nộp bản chụp điện tử thay cho bản sao chứng thực trong thành phần hồ sơ.",
			"Thời hạn giải quyết thủ tục còn dài so với yêu cầu thực tế, đề nghị rút ngắn.",
			"Quy định về văn bản đồng ý của cơ quan quản lý chưa rõ đối với hội thảo trực tuyến.",
			"Đề nghị cho phép thanh toán lệ phí trực tuyến đối với thủ tục cấp hộ chiếu công vụ.",
			"Mẫu tờ khai chưa thống nhất giữa cổng dịch vụ công và văn bản công bố thủ tục." };

	private static final String[] ANSWERS = {
			"Sở đã kiểm tra, chấn chỉnh cán bộ liên quan và trả kết quả cho Ông/Bà; đồng thời xin lỗi về sự chậm trễ.",
			"Sở đã rà soát, hướng dẫn lại thành phần hồ sơ theo đúng thủ tục đã công bố và thông báo cho Ông/Bà.",
			"Sở ghi nhận kiến nghị và đã đề xuất Ủy ban nhân dân tỉnh sửa đổi, đơn giản hóa thủ tục trong kế hoạch rà soát năm.",
			"Nội dung kiến nghị đã được tổng hợp, báo cáo cơ quan có thẩm quyền xem xét sửa đổi quy định." };

	private static final String[] TARGETS = { "Cục Lãnh sự, Bộ Ngoại giao", "Công an tỉnh Hà Tĩnh",
			"Sở Tư pháp tỉnh Hà Tĩnh", "Văn phòng Ủy ban nhân dân tỉnh" };

	private final FeedbackManagement management;

	private final FeedbackItems items;

	private final CalendarManagement calendar;

	private final AgencyDirectory agencies;

	private final FieldDirectory fields;

	private final boolean enabled;

	private final int size;

	private final Clock clock;

	FeedbackDemoData(FeedbackManagement management, FeedbackItems items, CalendarManagement calendar,
			AgencyDirectory agencies, FieldDirectory fields, @Value("${motcua.demo-data:false}") boolean enabled,
			@Value("${motcua.demo-feedback:120}") int size, Clock clock) {
		this.clock = clock;
		this.management = management;
		this.items = items;
		this.calendar = calendar;
		this.agencies = agencies;
		this.fields = fields;
		this.enabled = enabled;
		this.size = size;
	}

	@Override
	public void initialize() {
		if (!enabled || size <= 0 || items.count() > 0) {
			return;
		}
		UUID agency = agencies.findByCode("SNV-HT").map(a -> a.id()).orElse(null);
		List<String> codes = fields.findAll()
			.stream()
			.filter(Field::active)
			.map(Field::code)
			.filter(c -> List.of("DOI_NGOAI", "HOI_NGHI", "LANH_SU").contains(c))
			.toList();
		if (agency == null || codes.isEmpty()) {
			return;
		}
		SystemTask.run(() -> generate(codes, VietnamTime.today(clock)));
	}

	private void generate(List<String> codes, LocalDate today) {
		Random random = new Random(2026_12_02L);
		WorkingCalendar working = calendar.calendar();
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate start = today.minusDays(370);
		List<History> histories = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			LocalDate day = start.plusDays(random.nextInt(368));
			OffsetDateTime received = at(day, 7 * 60 + 45 + random.nextInt(8 * 60), working);
			if (!received.isBefore(now)) {
				received = at(working.plusWorkingDays(today, -1 - random.nextInt(5)), 9 * 60, working);
			}
			histories.add(history(i, codes, received, random, working, now));
		}
		histories.sort((a, b) -> a.events().get(0).at().compareTo(b.events().get(0).at()));
		int imported = 0;
		for (int from = 0; from < histories.size(); from += 50) {
			imported += management.importHistories(histories.subList(from, Math.min(histories.size(), from + 50)))
				.imported();
		}
		log.info("Demo data: {} feedback items for SNV-HT", imported);
	}

	private History history(int n, List<String> codes, OffsetDateTime received, Random random,
			WorkingCalendar working, OffsetDateTime now) {
		boolean behaviour = random.nextInt(100) < 55;
		String kind = behaviour ? "BEHAVIOUR" : "REGULATION";
		String field = codes.get(random.nextInt(100) < 55 ? 0 : random.nextInt(codes.size()));
		String content = behaviour ? BEHAVIOUR[random.nextInt(BEHAVIOUR.length)]
				: REGULATION[random.nextInt(REGULATION.length)];
		String channel = switch (random.nextInt(10)) {
			case 0, 1, 2, 3 -> "PORTAL";
			case 4, 5 -> "PHONE";
			case 6, 7 -> "EMAIL";
			case 8 -> "LETTER";
			default -> "DIRECT";
		};
		String name = FAMILY[random.nextInt(FAMILY.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
		SenderData sender = new SenderData(name, "09" + (10_000_000 + random.nextInt(89_999_999)), null,
				PLACES[random.nextInt(PLACES.length)] + ", Hà Tĩnh", null);
		List<HistoryEvent> events = new ArrayList<>();
		events.add(event("RECEIVE", received, null, null, null, null, null, null));
		LocalDate cursor = received.toLocalDate();
		Steps steps = new Steps(events, now, working, random);
		if (random.nextInt(100) < 7) {
			steps.add(cursor, 1 + random.nextInt(2), "REFUSE", null, null, null,
					"Không đủ điều kiện tiếp nhận: không có thông tin liên hệ để trả lời", null, null);
		}
		else {
			boolean inScope = random.nextInt(100) < 85;
			if (steps.add(cursor, random.nextInt(2), "CLASSIFY", inScope, null, null, null, null, null)) {
				cursor = steps.lastDay();
				boolean going = true;
				if (!inScope) {
					going = steps.add(cursor, 1 + random.nextInt(3), "FORWARD", null,
							TARGETS[random.nextInt(TARGETS.length)], null, null, null, null);
				}
				else if (random.nextInt(100) < 15) {
					going = steps.add(cursor, 1 + random.nextInt(3), "REQUEST_INFO", null, null,
							"Đề nghị cung cấp số hồ sơ và ngày nộp", null, null, null)
							&& random.nextInt(100) < 85
							&& steps.add(steps.lastDay(), 2 + random.nextInt(6), "INFO_RECEIVED", null, null, null,
									null, null, null);
				}
				if (going) {
					int days = random.nextInt(100) < 88 ? 3 + random.nextInt(11) : 16 + random.nextInt(6);
					boolean answered = steps.add(steps.lastDay(), days, "RESOLVE", null, null, null, null,
							ANSWERS[random.nextInt(ANSWERS.length)], null);
					if (answered && random.nextInt(100) < 80) {
						steps.add(steps.lastDay(), 1 + random.nextInt(2), "PUBLISH", null, null, null, null, null, null);
					}
					if (answered && random.nextInt(100) < 60) {
						int r = random.nextInt(100);
						steps.add(steps.lastDay(), 1 + random.nextInt(4), "RATE", null, null, null, null, null,
								r < 82 ? "SATISFIED" : r < 93 ? "NEUTRAL" : "DISSATISFIED");
					}
				}
			}
		}
		return new History("DEMO-PAKN-" + (n + 1), "SNV-HT", channel, sender, content, field, kind, events);
	}

	/** Appends steps a number of working days apart, as long as they are in the past. */
	private static final class Steps {

		private final List<HistoryEvent> events;

		private final OffsetDateTime now;

		private final WorkingCalendar working;

		private final Random random;

		Steps(List<HistoryEvent> events, OffsetDateTime now, WorkingCalendar working, Random random) {
			this.events = events;
			this.now = now;
			this.working = working;
			this.random = random;
		}

		LocalDate lastDay() {
			return events.get(events.size() - 1).at().atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
		}

		boolean add(LocalDate from, int workingDays, String action, @Nullable Boolean inScope, @Nullable String target,
				@Nullable String note, @Nullable String reason, @Nullable String answer,
				@Nullable String satisfaction) {
			OffsetDateTime at = at(working.plusWorkingDays(from, workingDays), 8 * 60 + random.nextInt(8 * 60), working);
			OffsetDateTime last = events.get(events.size() - 1).at();
			if (!at.isAfter(last)) {
				at = last.plusMinutes(30);
			}
			if (!at.isBefore(now)) {
				return false;
			}
			events.add(event(action, at, inScope, target, note, reason, answer, satisfaction));
			return true;
		}
	}

	private static HistoryEvent event(String action, OffsetDateTime at, @Nullable Boolean inScope,
			@Nullable String target, @Nullable String note, @Nullable String reason, @Nullable String answer,
			@Nullable String satisfaction) {
		return new HistoryEvent(action, at, null, inScope, null, target, reason, answer, note, satisfaction);
	}

	private static OffsetDateTime at(LocalDate day, int minutes, WorkingCalendar working) {
		LocalDate date = day;
		while (!working.isWorkingDay(date)) {
			date = date.plusDays(1);
		}
		int clamped = Math.min(minutes, 16 * 60 + 50);
		return date.atTime(clamped / 60, clamped % 60).atZone(VietnamTime.ZONE).toOffsetDateTime();
	}
}
