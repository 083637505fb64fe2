package vn.motcua.control;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review plans with their procedures. */
@Repository
class Reviews {

	private final JdbcClient jdbc;

	Reviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Review review, @Nullable String externalId, String by) {
		jdbc.sql("insert into review_plan (id, agency_id, year, plan_name, external_id, created_by) values (?, ?, ?, ?, ?, ?)")
			.params(review.id(), review.agencyId(), review.year(), review.planName(), externalId, by)
			.update();
		insertItems(review);
	}

	void update(Review review) {
		jdbc.sql("update review_plan set year = ?, plan_name = ? where id = ?")
			.params(review.year(), review.planName(), review.id())
			.update();
		jdbc.sql("delete from review_item where review_id = ?").param(review.id()).update();
		insertItems(review);
	}

	private void insertItems(Review review) {
		int position = 0;
		for (Review.Item item : review.items()) {
			jdbc.sql("""
					insert into review_item (review_id, position, procedure_code, procedure_name, outcomes, cost_before_vnd,
					                         cost_after_vnd, reviewed_on)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(review.id(), ++position, item.code(), item.name(),
						item.outcomes().stream().map(Enum::name).sorted().toArray(String[]::new), item.costBeforeVnd(),
						item.costAfterVnd(), item.reviewedOn())
				.update();
		}
	}

	Optional<UUID> findByExternalId(UUID agencyId, String externalId) {
		return jdbc.sql("select id from review_plan where agency_id = ? and external_id = ?")
			.params(agencyId, externalId)
			.query(UUID.class)
			.optional();
	}

	Optional<Review> findById(UUID id) {
		return jdbc.sql("select * from review_plan where id = ?").param(id).query(this::plan).optional()
			.map(r -> withItems(List.of(r)).get(0));
	}

	/** The review plans of the agencies for the given years (inclusive), by year and name. */
	List<Review> find(Collection<UUID> agencies, int fromYear, int toYear) {
		List<Review> plans = jdbc.sql("""
				select * from review_plan where agency_id = any(?) and year between ? and ?
				order by year, plan_name collate "vi-x-icu", id""")
			.params(agencies.toArray(UUID[]::new), fromYear, toYear)
			.query(this::plan)
			.list();
		return withItems(plans);
	}

	long count() {
		return jdbc.sql("select count(*) from review_plan").query(Long.class).single();
	}

	private List<Review> withItems(List<Review> plans) {
		if (plans.isEmpty()) {
			return plans;
		}
		Map<UUID, List<Review.Item>> items = jdbc
			.sql("select * from review_item where review_id = any(?) order by review_id, position")
			.param(plans.stream().map(Review::id).toArray(UUID[]::new))
			.query((rs, n) -> Map.entry(rs.getObject("review_id", UUID.class), item(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return plans.stream()
			.map(p -> new Review(p.id(), p.agencyId(), p.year(), p.planName(), items.getOrDefault(p.id(), List.of())))
			.toList();
	}

	private Review plan(ResultSet rs, int n) throws SQLException {
		return new Review(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class), rs.getInt("year"),
				rs.getString("plan_name"), List.of());
	}

	private static Review.Item item(ResultSet rs) throws SQLException {
		Array array = rs.getArray("outcomes");
		Set<ReviewOutcome> outcomes = EnumSet.noneOf(ReviewOutcome.class);
		if (array != null) {
			Arrays.stream((String[]) array.getArray()).map(ReviewOutcome::valueOf).forEach(outcomes::add);
		}
		long before = rs.getLong("cost_before_vnd");
		Long costBefore = rs.wasNull() ? null : before;
		long after = rs.getLong("cost_after_vnd");
		Long costAfter = rs.wasNull() ? null : after;
		return new Review.Item(rs.getString("procedure_code"), rs.getString("procedure_name"), outcomes, costBefore,
				costAfter, rs.getObject("reviewed_on", LocalDate.class));
	}
}
