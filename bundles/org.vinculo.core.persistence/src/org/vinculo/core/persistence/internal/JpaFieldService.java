package org.vinculo.core.persistence.internal;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.service.FieldService;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.core.service.Validation;

import jakarta.persistence.EntityManager;

/** {@link FieldService} on EclipseLink. */
@Component(service = FieldService.class)
public final class JpaFieldService implements FieldService {

	private final Database database;

	@Activate
	public JpaFieldService(@Reference DatabaseComponent component) {
		this(component.database());
	}

	public JpaFieldService(Database database) {
		this.database = database;
	}

	@Override
	public List<FieldDefinition> fields(String entityType, boolean includeRetired) {
		return database.read(em -> includeRetired ? all(em, entityType) : fields(em, entityType));
	}

	/** The active definitions of an entity type, for the stores' checks inside their transaction. */
	static List<FieldDefinition> fields(EntityManager em, String entityType) {
		return all(em, entityType).stream().filter(f -> !f.isRetired()).toList();
	}

	private static List<FieldDefinition> all(EntityManager em, String entityType) {
		return em.createQuery("SELECT f FROM FieldDefinition f WHERE f.entityType = :type ORDER BY f.position, f.id", //$NON-NLS-1$
				FieldDefinition.class).setParameter("type", entityType).getResultList(); //$NON-NLS-1$
	}

	@Override
	public FieldDefinition builtIn(String entityType, String fieldCode) {
		return database.read(em -> em.createQuery(
				"SELECT f FROM FieldDefinition f WHERE f.entityType = :type AND f.builtIn = TRUE AND f.code = :code", //$NON-NLS-1$
				FieldDefinition.class).setParameter("type", entityType).setParameter("code", fieldCode) //$NON-NLS-1$ //$NON-NLS-2$
				.getResultStream().findFirst().orElseGet(() -> FieldDefinition.builtIn(entityType, fieldCode)));
	}

	@Override
	public FieldDefinition save(FieldDefinition field) {
		Validation.require(Validation.check(field, fields(field.getEntityType(), true)));
		String label = field.getLabel() != null ? field.getLabel() : field.getCode();
		FieldDefinition saved = database.saveListEntry(FieldDefinition.class, field, field.getId(), field.getVersion(),
				label, FieldDefinition::getVersion);
		database.post(RecordEvents.FIELDS_TOPIC, Map.of());
		return saved;
	}
}
