package vn.motcua.catalogue;

import org.jspecify.annotations.Nullable;

/** A line of the public search: what a result tile shows, read without the version's lists. */
public record ProcedureSummary(String code, String name, @Nullable String fieldName, int processingAmount,
		String processingUnit, String onlineMode) {
}
