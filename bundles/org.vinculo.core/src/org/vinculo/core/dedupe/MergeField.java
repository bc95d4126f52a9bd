package org.vinculo.core.dedupe;

/**
 * One field a merge decides on: the two records' values as users read them,
 * and whether they differ (only those need a choice).
 *
 * @param code  the field: "firstName", "email", "segment.INDUSTRY", "custom.vat"…
 * @param label the field's name, in the current terminology and language
 */
public record MergeField(String code, String label, String survivorValue, String loserValue) {

	public boolean differs() {
		return !java.util.Objects.equals(blankToNull(survivorValue), blankToNull(loserValue));
	}

	/** Whether only the loser has a value: the merge takes it unless told otherwise. */
	public boolean onlyLoser() {
		return blankToNull(survivorValue) == null && blankToNull(loserValue) != null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
