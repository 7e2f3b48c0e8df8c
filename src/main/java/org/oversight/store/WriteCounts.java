package org.oversight.store;

/**
 * What one write did.
 *
 * @param created records created
 * @param updated records whose values changed
 * @param unchanged records written again with the same values
 */
public record WriteCounts(long created, long updated, long unchanged) {

	public static final WriteCounts NONE = new WriteCounts(0, 0, 0);

	public WriteCounts plus(WriteCounts other) {
		return new WriteCounts(this.created + other.created, this.updated + other.updated,
				this.unchanged + other.unchanged);
	}

}
