package org.vinculo.core.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * The one-column storage of a record's custom field values: {@code code=value}
 * lines, with backslash escapes for backslash, newline and equals sign. One
 * column on the record's own row keeps reads and writes at the speed of the
 * record itself at a million parties; search reads the values into its index.
 * <p>
 * Values are stored as text in a locale-free form: numbers with a dot, dates
 * ISO ({@code 2026-11-23}), booleans {@code true}/{@code false}, choices the
 * choice value's id, multi-choices ids separated by commas, party references the
 * party id.
 */
public final class CustomValues {

	private CustomValues() {
	}

	public static Map<String, String> decode(String stored) {
		Map<String, String> values = new TreeMap<>();
		if (stored == null || stored.isEmpty()) {
			return values;
		}
		StringBuilder key = new StringBuilder();
		StringBuilder value = new StringBuilder();
		StringBuilder current = key;
		for (int i = 0; i < stored.length(); i++) {
			char c = stored.charAt(i);
			if (c == '\\' && i + 1 < stored.length()) {
				char next = stored.charAt(++i);
				current.append(next == 'n' ? '\n' : next);
			} else if (c == '=' && current == key) {
				current = value;
			} else if (c == '\n') {
				put(values, key, value);
				current = key;
			} else {
				current.append(c);
			}
		}
		put(values, key, value);
		return values;
	}

	private static void put(Map<String, String> values, StringBuilder key, StringBuilder value) {
		if (key.length() > 0) {
			values.put(key.toString(), value.toString());
		}
		key.setLength(0);
		value.setLength(0);
	}

	/** The stored form, {@code null} when there are no values. */
	public static String encode(Map<String, String> values) {
		StringBuilder out = new StringBuilder();
		for (Map.Entry<String, String> entry : new TreeMap<>(values).entrySet()) {
			if (entry.getValue() == null || entry.getValue().isEmpty()) {
				continue;
			}
			if (out.length() > 0) {
				out.append('\n');
			}
			escape(out, entry.getKey());
			out.append('=');
			escape(out, entry.getValue());
		}
		return out.length() == 0 ? null : out.toString();
	}

	private static void escape(StringBuilder out, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '\\' -> out.append("\\\\"); //$NON-NLS-1$
			case '\n' -> out.append("\\n"); //$NON-NLS-1$
			case '=' -> out.append("\\="); //$NON-NLS-1$
			default -> out.append(c);
			}
		}
	}
}
