package org.vinculo.sales.ui.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.Segment;
import org.vinculo.core.service.ChoiceListService;
import org.vinculo.core.users.User;
import org.vinculo.sales.Opportunity;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.Stage;
import org.vinculo.sales.StageKind;
import org.vinculo.sales.ui.internal.SalesServices;

/**
 * Records the sales UI tests work on, created through the real services (no
 * mocks): names carry a per-run suffix so tests never see each other's data.
 */
final class SalesFixtures {

	private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000);
	private static final AtomicInteger NEXT = new AtomicInteger();

	private SalesFixtures() {
	}

	/** A name unique to this run and call: "Board Test 4711-3". */
	static String unique(String name) {
		return name + " " + RUN + "-" + NEXT.incrementAndGet();
	}

	static Organization organization(String name) {
		return SalesServices.parties().createOrganization(new Organization(name));
	}

	static Person person(String firstName, String lastName) {
		return SalesServices.parties().createPerson(new Person(firstName, lastName));
	}

	/**
	 * The B2B pipeline: the active one that sells to organizations only ("Business
	 * sales" as shipped) with at least two open stages, else any that accepts
	 * organizations, else one made here.
	 */
	static Pipeline b2b() {
		List<Pipeline> pipelines = SalesServices.sales().pipelines(false).stream()
				.filter(p -> p.stages().stream().filter(s -> s.kind() == StageKind.OPEN).count() >= 2).toList();
		return pipelines.stream().filter(p -> p.partyKind() == PartyKind.ORGANIZATION).findFirst()
				.or(() -> pipelines.stream().filter(p -> p.accepts(PartyKind.ORGANIZATION)).findFirst())
				.orElseGet(() -> SalesServices.sales().savePipeline(new Pipeline(null, unique("B2B"),
						PartyKind.ORGANIZATION,
						List.of(new Stage(null, "Qualification", 10, StageKind.OPEN, 0),
								new Stage(null, "Proposal", 50, StageKind.OPEN, 1),
								new Stage(null, "Negotiation", 80, StageKind.OPEN, 2),
								new Stage(null, "Won", 100, StageKind.WON, 3),
								new Stage(null, "Lost", 0, StageKind.LOST, 4)),
						false, 0)));
	}

	/** The stage after {@code stage} in its pipeline. */
	static Stage after(Pipeline pipeline, Stage stage) {
		List<Stage> stages = pipeline.stages();
		for (int i = 0; i < stages.size() - 1; i++) {
			if (stages.get(i).id().equals(stage.id())) {
				return stages.get(i + 1);
			}
		}
		throw new AssertionError(stage.name() + " is the last stage of " + pipeline.name());
	}

	/** A new user (an entry of the owner list) to own opportunities. */
	static User rep(String name) {
		ChoiceListService choices = SalesServices.get(ChoiceListService.class);
		ChoiceValue saved = choices.save(new ChoiceValue(Segment.OWNER.listCode(), name));
		return SalesServices.teams().users(false).stream().filter(u -> u.id() == saved.getId()).findFirst()
				.orElseThrow(() -> new AssertionError("The new owner " + name + " is not a user"));
	}

	/** An opportunity in EUR at the pipeline's first open stage. */
	static Opportunity opportunity(String title, long partyId, Pipeline pipeline, long amount, LocalDate closeDate,
			Long ownerId) {
		return SalesServices.sales().save(Opportunity.draft(title, partyId, pipeline, BigDecimal.valueOf(amount),
				"EUR", closeDate, ownerId));
	}
}
