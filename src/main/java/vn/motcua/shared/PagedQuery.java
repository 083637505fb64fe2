package vn.motcua.shared;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a SQL query and its total, the same way for every list: {@code count} and {@code select} share the
 * filter parameters; the page adds {@code limit ? offset ?}.
 *
 * @param countSql "select count(*) from … where …"
 * @param selectSql "select … from … where … order by …" (without limit)
 * @param orderParams parameters of the {@code order by} of the select only (e.g. the words a result is ranked by)
 */
public record PagedQuery(String countSql, String selectSql, List<Object> params, List<Object> orderParams) {

	public PagedQuery(String countSql, String selectSql, List<Object> params) {
		this(countSql, selectSql, params, List.of());
	}

	public <T> PageResult<T> run(JdbcClient jdbc, PageRequest page, RowMapper<T> mapper) {
		long total = jdbc.sql(countSql).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.addAll(orderParams);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<T> items = jdbc.sql(selectSql + " limit ? offset ?").params(pageParams).query(mapper).list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}
}
