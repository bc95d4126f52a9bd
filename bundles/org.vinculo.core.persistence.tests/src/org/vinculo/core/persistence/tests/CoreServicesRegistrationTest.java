package org.vinculo.core.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;
import org.vinculo.core.model.Activity;
import org.vinculo.core.model.ActivityKind;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.Relationship;
import org.vinculo.core.model.RelationshipType;
import org.vinculo.core.network.NetworkSource;
import org.vinculo.core.persistence.internal.DatabaseComponent;
import org.vinculo.core.service.ActivityService;
import org.vinculo.core.service.AffiliationService;
import org.vinculo.core.service.ChoiceListService;
import org.vinculo.core.service.FieldService;
import org.vinculo.core.service.PartyService;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.core.service.RelationshipService;

/**
 * The services as other bundles see them: Declarative Services components found
 * in the OSGi registry, backed by a Derby database, announcing commits on Event Admin.
 */
class CoreServicesRegistrationTest {

	@TempDir
	static Path folder;

	@Test
	void servicesAreRegisteredAndPostCommitEvents() throws Exception {
		System.setProperty(DatabaseComponent.DIRECTORY_PROPERTY, folder.resolve("db").toString());
		BundleContext context = FrameworkUtil.getBundle(DatabaseComponent.class).getBundleContext();
		BlockingQueue<Event> events = new LinkedBlockingQueue<>();
		ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, events::add,
				new java.util.Hashtable<>(java.util.Map.of(EventConstants.EVENT_TOPIC, RecordEvents.ALL_TOPICS)));
		try {
			PartyService parties = service(context, PartyService.class);
			AffiliationService affiliations = service(context, AffiliationService.class);

			Person jose = parties.createPerson(new Person("José", "Minds"));
			Organization ba = parties.createOrganization(new Organization("BA Minds"));
			affiliations.affiliate(
					new Affiliation(jose, ba, affiliations.roleByCode(AffiliationRole.EMPLOYEE)));
			RelationshipService relationships = service(context, RelationshipService.class);
			relationships.relate(new Relationship(jose, relationships.typeByCode(RelationshipType.CONSULTANT_FOR), ba));
			assertNotNull(service(context, NetworkSource.class));
			assertNotNull(service(context, ChoiceListService.class));
			assertNotNull(service(context, FieldService.class));
			Activity call = new Activity(ActivityKind.CALL, "Intro call", java.time.LocalDateTime.now());
			call.setPerson(jose);
			call.setOrganization(ba);
			service(context, ActivityService.class).save(call);

			assertTrue(Files.isDirectory(folder.resolve("db")), "database created where configured");
			List<String> topics = List.of(next(events), next(events), next(events), next(events), next(events));
			assertEquals(List.of(RecordEvents.PARTY_TOPIC + RecordEvents.CREATED,
					RecordEvents.PARTY_TOPIC + RecordEvents.CREATED,
					RecordEvents.AFFILIATION_TOPIC + RecordEvents.CREATED,
					RecordEvents.RELATIONSHIP_TOPIC + RecordEvents.CREATED,
					RecordEvents.ACTIVITY_TOPIC + RecordEvents.CREATED), topics);
		} finally {
			handler.unregister();
			System.clearProperty(DatabaseComponent.DIRECTORY_PROPERTY);
		}
	}

	private static String next(BlockingQueue<Event> events) throws InterruptedException {
		Event event = events.poll(10, TimeUnit.SECONDS);
		assertNotNull(event, "an event within 10 s");
		return event.getTopic();
	}

	private static <T> T service(BundleContext context, Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(10_000);
		assertNotNull(service, type.getSimpleName() + " registered");
		return service;
	}
}
