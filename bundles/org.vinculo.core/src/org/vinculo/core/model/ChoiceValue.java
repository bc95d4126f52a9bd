package org.vinculo.core.model;

import org.vinculo.core.internal.Messages;

/**
 * One entry of an admin-edited choice list (industries, territories, owners,
 * the values of a custom choice field…). Records point at entries by id, so an
 * entry can be renamed or reordered freely and is retired, never deleted: a
 * record that uses a retired value keeps showing it.
 * <p>
 * Entries shipped with Vinculo carry a {@link #getCode() code} and show a
 * translated label until an admin renames them.
 */
public final class ChoiceValue {

	private Long id;
	private long version;
	private String listCode;
	private String code;
	private String name;
	private int position;
	private boolean retired;

	public ChoiceValue() {
	}

	/** A new entry of {@code listCode} named {@code name}. */
	public ChoiceValue(String listCode, String name) {
		this.listCode = listCode;
		this.name = Party.trimToNull(name);
	}

	/** A working copy for an editor: same id and version. */
	public ChoiceValue copy() {
		ChoiceValue copy = new ChoiceValue(listCode, name);
		copy.id = id;
		copy.version = version;
		copy.code = code;
		copy.position = position;
		copy.retired = retired;
		return copy;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getListCode() {
		return listCode;
	}

	/** Stable code of an entry Vinculo ships, {@code null} for the admin's own. */
	public String getCode() {
		return code;
	}

	/** The admin's name, or {@code null} while the built-in label applies. */
	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = Party.trimToNull(name);
	}

	public String getLabel() {
		if (name != null) {
			return name;
		}
		String builtIn = code == null ? null : Messages.choiceLabel(listCode, code);
		return builtIn != null ? builtIn : String.valueOf(code);
	}

	public int getPosition() {
		return position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	public boolean isRetired() {
		return retired;
	}

	public void setRetired(boolean retired) {
		this.retired = retired;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof ChoiceValue other && id != null && id.equals(other.id);
	}

	@Override
	public int hashCode() {
		return id == null ? System.identityHashCode(this) : id.hashCode();
	}

	@Override
	public String toString() {
		return getLabel();
	}
}
