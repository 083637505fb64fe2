package vn.motcua.catalogue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.MotCuaApplication;
import vn.motcua.identity.AgencyManagement;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.FieldDirectory;
import vn.motcua.shared.SystemTask;

/**
 * Public search benchmark (not a unit test; run with {@code main}): the application on a fresh embedded PostgreSQL
 * with the demo data plus 10,000 published procedures (the size of a national catalogue; 2,000 of them with a second
 * version) inserted with SQL, then the p50/p95/p99 latency of the public search page {@code GET /thu-tuc?q=...} over
 * HTTP (search, count, Vietnamese sort, paging, Thymeleaf rendering), after 400 warm-up requests, 100 more warm-up and 200 timed requests per query, one at a time.
 * See docs/benchmarks.md for the command and the figures.
 */
public final class CatalogueBenchmark {

	static final String[] VERBS = { "Cấp", "Cấp lại", "Cấp đổi", "Gia hạn", "Đăng ký", "Thay đổi", "Điều chỉnh",
			"Xác nhận", "Chứng thực", "Thẩm định", "Phê duyệt", "Công nhận", "Thu hồi", "Cho phép", "Hợp pháp hóa" };

	static final String[] OBJECTS = { "giấy phép", "giấy chứng nhận", "hộ chiếu", "thị thực", "chứng chỉ hành nghề",
			"giấy phép lao động", "giấy xác nhận", "văn bản chấp thuận", "quyết định", "thẻ", "giấy đăng ký" };

	static final String[] DOMAINS = { "kinh doanh", "xây dựng", "môi trường", "đất đai", "khám bệnh, chữa bệnh",
			"giáo dục", "lao động", "hộ tịch", "lãnh sự", "văn hóa", "du lịch", "giao thông vận tải", "nông nghiệp",
			"thủy sản", "khoáng sản", "tài nguyên nước", "dược", "an toàn thực phẩm", "điện lực", "viễn thông" };

	static final String[] QUALIFIERS = { "cho tổ chức", "cho cá nhân", "đối với doanh nghiệp có vốn đầu tư nước ngoài",
			"cấp tỉnh", "cấp xã", "trong trường hợp bị mất, hỏng", "cho người nước ngoài", "đối với hộ kinh doanh",
			"tại Trung tâm Phục vụ hành chính công", "do thay đổi thông tin" };

	public static void main(String[] args) throws Exception {
		int procedures = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int timed = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		ConfigurableApplicationContext context = SpringApplication.run(MotCuaApplication.class, "--server.port=0",
				"--motcua.embedded-db.ephemeral=true", "--motcua.embedded-db.port=55471", "--motcua.demo-data=true",
				"--motcua.demo-dossiers=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
		try {
			load(context, procedures);
			ProcedureManagement management = context.getBean(ProcedureManagement.class);
			for (String q : List.of("", "ho chieu", "1.0012")) {
				long[] times = new long[timed];
				for (int i = 0; i < timed + 30; i++) {
					long start = System.nanoTime();
					management.publicSearch(q, vn.motcua.shared.PageRequest.of(0, 20));
					if (i >= 30) {
						times[i - 30] = System.nanoTime() - start;
					}
				}
				Arrays.sort(times);
				System.out.printf("service only %-23s p50 %6.1f ms  p95 %6.1f ms%n", "\"" + q + "\"", times[timed / 2] / 1e6,
						times[(int) (timed * 0.95)] / 1e6);
			}
			if (System.getProperty("explain") != null) {
				JdbcClient jdbc = context.getBean(JdbcClient.class);
				for (String sql : List.of(
						"select count(*) from procedure_version v where v.latest and v.public_listed",
						"select v.id from procedure_version v join procedure p on p.id = v.procedure_id join agency a on a.id = p.agency_id left join field f on f.id = v.field_id left join publication_decision d on d.id = v.decision_id where v.latest and p.status = 'PUBLISHED' order by v.name collate \"vi-x-icu\", v.procedure_id limit 20 offset 0",
						"select v.id from procedure_version v join procedure p on p.id = v.procedure_id join agency a on a.id = p.agency_id left join field f on f.id = v.field_id left join publication_decision d on d.id = v.decision_id where v.latest and v.search_text like '%ho chieu%' and p.status = 'PUBLISHED' order by v.name collate \"vi-x-icu\", v.procedure_id limit 20 offset 0")) {
					System.out.println(sql);
					jdbc.sql("explain analyze " + sql).query(String.class).list().forEach(System.out::println);
				}
			}
			String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
			// like a browser, keep the session cookie (the layout's CSRF token otherwise makes a session per request)
			HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
			List<String> queries = List.of("", "ho chieu", "hộ chiếu ngoại giao", "HOP PHAP HOA", "giay phep lao dong",
					"an toàn thực phẩm cho cá nhân", "1.0012", "khong co thu tuc nay");
			// warm the JIT on every page first, so the first query measured is not penalised
			for (int round = 0; round < 50; round++) {
				for (String q : queries) {
					http.send(HttpRequest.newBuilder(URI.create(base + "/thu-tuc?q=" + URLEncoder.encode(q,
							StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.discarding());
				}
			}
			measure(http, base + "/dang-nhap", "baseline: login page (no search)", timed);
			List<long[]> all = new ArrayList<>();
			for (String q : queries) {
				all.add(measure(http, base + "/thu-tuc?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), q, timed));
			}
			all.add(measure(http, base + "/thu-tuc?q=" + URLEncoder.encode("cap", StandardCharsets.UTF_8) + "&page=40",
					"cap (page 41)", timed));
			long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
			System.out.printf("%-36s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d requests)%n", "ALL QUERIES",
					merged[merged.length / 2] / 1e6, merged[(int) (merged.length * 0.95)] / 1e6,
					merged[(int) (merged.length * 0.99)] / 1e6, merged.length);
		}
		finally {
			context.close();
		}
	}

	static long[] measure(HttpClient http, String url, String label, int timed) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
		for (int i = 0; i < 100; i++) {
			http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		long[] times = new long[timed];
		int status = 0;
		int length = 0;
		for (int i = 0; i < timed; i++) {
			long start = System.nanoTime();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			times[i] = System.nanoTime() - start;
			status = response.statusCode();
			length = response.body().length();
		}
		long[] sorted = times.clone();
		Arrays.sort(sorted);
		System.out.printf("%-36s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (HTTP %d, %d chars)%n", "\"" + label + "\"",
				sorted[timed / 2] / 1e6, sorted[(int) (timed * 0.95)] / 1e6, sorted[(int) (timed * 0.99)] / 1e6, status,
				length);
		return times;
	}

	static void load(ConfigurableApplicationContext context, int count) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		AgencyDirectory agencyTable = context.getBean(AgencyDirectory.class);
		FieldDirectory fields = context.getBean(FieldDirectory.class);
		SystemTask.run(() -> context.getBean(AgencyManagement.class)
			.create(new AgencyManagement.AgencyCommand("BENCH-TTHC", "Đơn vị thử tải danh mục", null, "000.00.99.H36",
					"PROVINCE", "UBND-HT", null, null, null, true)));
		UUID agency = agencyTable.findByCode("BENCH-TTHC").orElseThrow().id();
		List<UUID> fieldIds = fields.findAll().stream().map(f -> f.id()).toList();
		Random random = new Random(20261202L);
		long start = System.nanoTime();
		List<Object[]> procedureRows = new ArrayList<>();
		List<Object[]> versionRows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			String name = VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)]
					+ " trong lĩnh vực " + DOMAINS[random.nextInt(DOMAINS.length)] + " "
					+ QUALIFIERS[random.nextInt(QUALIFIERS.length)];
			procedureRows.add(new Object[] { id, "1.%06d".formatted(i), agency });
			int versions = i % 5 == 0 ? 2 : 1;
			for (int v = 1; v <= versions; v++) {
				String versionName = v == 1 ? name : name + " (sửa đổi)";
				versionRows.add(new Object[] { UUID.randomUUID(), id, v, LocalDate.of(2020 + v * 2, 1, 1), versionName,
						fieldIds.get(random.nextInt(fieldIds.size())), 1 + random.nextInt(30),
						random.nextBoolean() ? "FULL" : "PARTIAL", v == versions, "1.%06d".formatted(i), versionName,
						v == versions });
			}
		}
		var template = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
		template.batchUpdate("insert into procedure (id, code, agency_id, status) values (?, ?, ?, 'PUBLISHED')",
				procedureRows);
		template.batchUpdate("""
				insert into procedure_version (id, procedure_id, version, valid_from, name, field_id, level, origin,
				    processing_amount, processing_unit, online_mode, online_reason, result_type, created_by, latest,
				    search_text, public_listed)
				values (?, ?, ?, ?, ?, ?, 'PROVINCE', 'CENTRAL', ?, 'WORKING_DAY', ?, 'Lý do', 'PAPER', 'benchmark', ?,
				    f_unaccent(lower(? || ' ' || ?)), ?)""",
				versionRows);
		jdbc.sql("analyze procedure").update();
		jdbc.sql("analyze procedure_version").update();
		System.out.printf("loaded %d procedures (%d versions) in %.1f s%n", count, versionRows.size(),
				(System.nanoTime() - start) / 1e9);
	}
}
