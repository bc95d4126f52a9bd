package org.vinculo.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.vinculo.core.model.Activity;
import org.vinculo.core.model.ActivityKind;
import org.vinculo.core.model.ActivityStatus;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.Segment;
import org.vinculo.core.service.ActivityService;
import org.vinculo.core.service.ChoiceListService;
import org.vinculo.core.service.PartyService;

/**
 * The demo's day-to-day record: our sales team as owners, every party's
 * lifecycle stage and segments, and a few weeks of calls, meetings, visits,
 * emails, tasks and notes around today, overdue ones included, so the
 * timeline and the agenda have something to show.
 */
final class CustomerRecords {

	private static final String[] CALLS = { "Follow-up call", "Check the delivery", "Renewal call", "Introduce the new plan" };
	private static final String[] MEETINGS = { "Quarterly review", "Product demo", "Contract negotiation", "Kick-off" };
	private static final String[] TASKS = { "Send the proposal", "Prepare the quote", "Update the contact details",
			"Send the invoice copy" };
	private static final String[] OUTCOMES = { "Interested, call back next month", "Asked for a quote",
			"Happy with the service", "Not now: budget frozen until Q3" };

	private final PartyService parties;
	private final ChoiceListService choices;
	private final ActivityService activities;
	private final Random random;
	private final Map<Segment, List<ChoiceValue>> values = new EnumMap<>(Segment.class);
	final List<ChoiceValue> owners = new ArrayList<>();
	int activityCount;

	CustomerRecords(PartyService parties, ChoiceListService choices, ActivityService activities, Random random) {
		this.parties = parties;
		this.choices = choices;
		this.activities = activities;
		this.random = random;
	}

	/** Our team, as the owner list. */
	void team(List<Person> salesTeam) {
		for (Person member : salesTeam) {
			owners.add(choices.save(new ChoiceValue(Segment.OWNER.listCode(), member.getDisplayName())));
		}
		for (Segment segment : Segment.values()) {
			values.put(segment, segment == Segment.OWNER ? owners : choices.values(segment.listCode(), false));
		}
	}

	/** Moves the party through the stages up to {@code stage}, each step kept in its history. */
	<T extends Party> T stage(T party, LifecycleStage stage) {
		T current = party;
		for (LifecycleStage step : LifecycleStage.values()) {
			if (step.ordinal() > stage.ordinal() || step == LifecycleStage.PROSPECT) {
				continue;
			}
			if (stage == LifecycleStage.INACTIVE_CUSTOMER && step == LifecycleStage.INACTIVE_CUSTOMER
					|| step != LifecycleStage.INACTIVE_CUSTOMER) {
				current.setLifecycle(step);
				current = parties.update(current);
			}
		}
		return current;
	}

	/** A random stage (mostly prospects and active customers), segments and owner. */
	<T extends Party> T classify(T party) {
		T current = party;
		int roll = random.nextInt(100);
		LifecycleStage stage = roll < 35 ? LifecycleStage.PROSPECT : roll < 55 ? LifecycleStage.POTENTIAL_CUSTOMER
				: roll < 88 ? LifecycleStage.ACTIVE_CUSTOMER : LifecycleStage.INACTIVE_CUSTOMER;
		for (Segment segment : Segment.values()) {
			List<ChoiceValue> list = values.get(segment);
			boolean applies = party instanceof Organization || segment == Segment.SOURCE || segment == Segment.TERRITORY
					|| segment == Segment.OWNER || segment == Segment.TYPE && random.nextInt(3) == 0;
			if (applies && !list.isEmpty() && random.nextInt(10) < 8) {
				current.setSegment(segment, list.get(random.nextInt(list.size())).getId());
			}
		}
		if (party instanceof Person && current.getSegment(Segment.TYPE) != null) {
			current.setSegment(Segment.TYPE, value(Segment.TYPE, "consumer")); //$NON-NLS-1$
		}
		current = parties.update(current);
		return stage == LifecycleStage.PROSPECT ? current : stage(current, stage);
	}

	Long value(Segment segment, String code) {
		return values.get(segment).stream().filter(v -> code.equals(v.getCode())).findFirst().map(ChoiceValue::getId)
				.orElse(null);
	}

	/** One activity; {@code daysFromToday} negative for the past. */
	Activity activity(ActivityKind kind, String subject, int daysFromToday, int hour, Person person,
			Organization organization, ChoiceValue owner, ActivityStatus status, String outcome) {
		Activity activity = new Activity(kind, subject,
				LocalDateTime.of(LocalDate.now().plusDays(daysFromToday), LocalTime.of(hour, random.nextBoolean() ? 0 : 30)));
		activity.setPerson(person);
		activity.setOrganization(organization);
		activity.setOwnerId(owner == null ? null : owner.getId());
		Integer minutes = switch (kind) {
		case MEETING, VISIT -> 60;
		case CALL -> 15;
		default -> null;
		};
		activity.setDuration(minutes);
		activity.setStatus(status);
		activity.setOutcome(outcome);
		activityCount++;
		return activities.save(activity);
	}

	/** Everyday contact: a few weeks either side of today, done in the past, planned ahead, some overdue. */
	void everydayActivities(List<Person> persons, List<Organization> organizations, int count) {
		for (int i = 0; i < count; i++) {
			Person person = random.nextInt(4) == 0 ? null : persons.get(random.nextInt(persons.size()));
			Organization organization = person != null && random.nextInt(2) == 0 ? null
					: organizations.get(random.nextInt(organizations.size()));
			int day = random.nextInt(75) - 60;
			ActivityKind kind = ActivityKind.values()[random.nextInt(ActivityKind.values().length)];
			String subject = switch (kind) {
			case CALL -> CALLS[random.nextInt(CALLS.length)];
			case MEETING, VISIT -> MEETINGS[random.nextInt(MEETINGS.length)];
			case TASK -> TASKS[random.nextInt(TASKS.length)];
			case EMAIL -> "Sent the catalogue"; //$NON-NLS-1$
			case NOTE -> "Prefers to be called in the morning"; //$NON-NLS-1$
			};
			boolean past = day < 0;
			ActivityStatus status = !past ? ActivityStatus.PLANNED
					: random.nextInt(12) == 0 ? ActivityStatus.PLANNED
							: random.nextInt(10) == 0 ? ActivityStatus.CANCELLED : ActivityStatus.DONE;
			if (kind == ActivityKind.NOTE) {
				status = ActivityStatus.DONE;
				day = Math.min(day, 0);
			}
			activity(kind, subject, day, 9 + random.nextInt(9), person, organization,
					owners.get(random.nextInt(owners.size())), status,
					status == ActivityStatus.DONE && kind != ActivityKind.NOTE ? OUTCOMES[random.nextInt(OUTCOMES.length)] : null);
		}
	}
}
