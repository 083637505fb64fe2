package vn.motcua.identity;

/** Administrative level of an agency. Since 1/7/2025 there is no district level. */
public enum AgencyLevel {

	/** Bộ, cơ quan ngang bộ (e.g. the Ministry of Foreign Affairs). */
	MINISTRY("Cấp bộ", 3),

	/** Cấp tỉnh: the provincial People's Committee and its departments (Sở). */
	PROVINCE("Cấp tỉnh", 2),

	/** Cấp xã: communes and wards. */
	COMMUNE("Cấp xã", 1);

	private final String label;

	private final int rank;

	AgencyLevel(String label, int rank) {
		this.label = label;
		this.rank = rank;
	}

	public String label() {
		return label;
	}

	/** Whether an agency of this level may sit under a parent of the given level. */
	public boolean mayBeUnder(AgencyLevel parent) {
		return rank <= parent.rank;
	}
}
