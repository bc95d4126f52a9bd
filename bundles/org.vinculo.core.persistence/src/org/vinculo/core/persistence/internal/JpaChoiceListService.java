package org.vinculo.core.persistence.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.internal.Messages;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.Segment;
import org.vinculo.core.service.ChoiceListService;
import org.vinculo.core.service.Fields;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.Validation;
import org.vinculo.core.service.ValidationException.Problem;

/** {@link ChoiceListService} on EclipseLink. */
@Component(service = ChoiceListService.class)
public final class JpaChoiceListService implements ChoiceListService {

	private final Database database;

	@Activate
	public JpaChoiceListService(@Reference DatabaseComponent component) {
		this(component.database());
	}

	public JpaChoiceListService(Database database) {
		this.database = database;
	}

	@Override
	public List<ChoiceValue> values(String listCode, boolean includeRetired) {
		return values(List.of(listCode), includeRetired).get(listCode);
	}

	@Override
	public Map<String, List<ChoiceValue>> values(Collection<String> listCodes, boolean includeRetired) {
		Map<String, List<ChoiceValue>> lists = new LinkedHashMap<>();
		listCodes.forEach(code -> lists.put(code, new ArrayList<>()));
		if (lists.isEmpty()) {
			return lists;
		}
		String where = includeRetired ? "" : " AND v.retired = FALSE"; //$NON-NLS-1$ //$NON-NLS-2$
		// one query for all the lists instead of one per list (an organization's editor asks for seven)
		database.read(em -> em.createQuery("SELECT v FROM ChoiceValue v WHERE v.listCode IN :lists" + where //$NON-NLS-1$
				+ " ORDER BY v.listCode, v.position, v.id", ChoiceValue.class).setParameter("lists", lists.keySet()) //$NON-NLS-1$ //$NON-NLS-2$
				.getResultList()).forEach(value -> lists.get(value.getListCode()).add(value));
		return lists;
	}

	@Override
	public Optional<ChoiceValue> value(long id) {
		return Optional.ofNullable(database.read(em -> em.find(ChoiceValue.class, id)));
	}

	@Override
	public ChoiceValue save(ChoiceValue value) {
		List<Problem> problems = new ArrayList<>();
		if (value.getName() == null && value.getCode() == null) {
			problems.add(new Problem(Fields.NAME, Messages.Validation_choiceNameRequired));
		} else {
			String label = value.getLabel();
			boolean taken = values(value.getListCode(), true).stream()
					.anyMatch(other -> !other.equals(value) && other.getLabel().equalsIgnoreCase(label));
			if (taken) {
				problems.add(new Problem(Fields.NAME, NLS.bind(Messages.Validation_choiceNameTaken, label)));
			}
		}
		Validation.require(problems);
		if (value.getId() == null && value.getPosition() == 0) {
			List<ChoiceValue> existing = values(value.getListCode(), true);
			value.setPosition(existing.isEmpty() ? 10 : existing.get(existing.size() - 1).getPosition() + 10);
		}
		return database.saveListEntry(ChoiceValue.class, value, value.getId(), value.getVersion(), value.getLabel(),
				ChoiceValue::getVersion);
	}

	@Override
	public List<ChoiceValue> reorder(List<ChoiceValue> ordered) {
		List<ChoiceValue> saved = database.write(em -> {
			List<ChoiceValue> result = new ArrayList<>();
			for (int i = 0; i < ordered.size(); i++) {
				ChoiceValue value = ordered.get(i);
				ChoiceValue current = em.find(ChoiceValue.class, value.getId());
				if (current == null || current.getVersion() != value.getVersion()) {
					throw new StaleRecordException(NLS.bind(Messages.Stale_entry, value.getLabel()), value.getId(), null);
				}
				current.setPosition((i + 1) * 10);
				result.add(current);
			}
			return result;
		});
		database.post(RecordEvents.TYPES_TOPIC, Map.of());
		return saved;
	}

	@Override
	public long countUses(ChoiceValue value) {
		Segment segment = Segment.ofList(value.getListCode());
		if (segment == null || value.getId() == null) {
			return 0;
		}
		String column = switch (segment) {
		case TYPE -> "typeId"; //$NON-NLS-1$
		case INDUSTRY -> "industryId"; //$NON-NLS-1$
		case BUSINESS_ACTIVITY -> "activityId"; //$NON-NLS-1$
		case SOURCE -> "sourceId"; //$NON-NLS-1$
		case TERRITORY -> "territoryId"; //$NON-NLS-1$
		case OWNER -> "ownerId"; //$NON-NLS-1$
		};
		return database.read(em -> em.createQuery("SELECT COUNT(p) FROM Party p WHERE p." + column + " = :id", Long.class) //$NON-NLS-1$ //$NON-NLS-2$
				.setParameter("id", value.getId()).getSingleResult()); //$NON-NLS-1$
	}

	@Override
	public Map<String, String> tagColours() {
		return database.read(em -> {
			Map<String, String> colours = new java.util.TreeMap<>();
			@SuppressWarnings("unchecked")
			List<Object[]> rows = em.createNativeQuery("SELECT TAG, COLOUR FROM TAG_COLOUR").getResultList(); //$NON-NLS-1$
			rows.forEach(row -> colours.put((String) row[0], (String) row[1]));
			return colours;
		});
	}

	@Override
	public void setTagColour(String tag, String colour) {
		String key = tag.strip().toLowerCase(java.util.Locale.ROOT);
		if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) { //$NON-NLS-1$
			throw new IllegalArgumentException("Not a #rrggbb colour: " + colour); //$NON-NLS-1$
		}
		database.write(em -> {
			em.createNativeQuery("DELETE FROM TAG_COLOUR WHERE TAG = ?").setParameter(1, key).executeUpdate(); //$NON-NLS-1$
			if (colour != null) {
				em.createNativeQuery("INSERT INTO TAG_COLOUR (TAG, COLOUR) VALUES (?, ?)").setParameter(1, key) //$NON-NLS-1$
						.setParameter(2, colour.toLowerCase(java.util.Locale.ROOT)).executeUpdate();
			}
			return null;
		});
		database.post(RecordEvents.TYPES_TOPIC, Map.of());
	}
}
