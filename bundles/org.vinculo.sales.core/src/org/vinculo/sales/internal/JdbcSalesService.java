package org.vinculo.sales.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Segment;
import org.vinculo.core.model.CustomValues;
import org.vinculo.core.service.ChoiceListService;
import org.vinculo.core.service.FieldService;
import org.vinculo.core.service.Validation;
import org.vinculo.core.service.RecordNotFoundException;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.ValidationException;
import org.vinculo.core.service.ValidationException.Problem;
import org.vinculo.core.storage.DataStore;
import org.vinculo.sales.ContactRole;
import org.vinculo.sales.Opportunity;
import org.vinculo.sales.OpportunityQuery;
import org.vinculo.sales.OpportunityRow;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.SalesService;
import org.vinculo.sales.Stage;
import org.vinculo.sales.StageChange;
import org.vinculo.sales.StageKind;

/**
 * {@link SalesService} in plain JDBC on the core's {@link DataStore}. Every
 * write is one transaction that re-reads what it checks (the party's kind, the
 * pipeline's stages, the stored version), so a refusal never leaves half a
 * record behind.
 */
@Component(service = SalesService.class)
public final class JdbcSalesService implements SalesService {

	static final String TITLE = "title"; //$NON-NLS-1$
	static final String PARTY = "partyId"; //$NON-NLS-1$
	static final String PIPELINE = "pipelineId"; //$NON-NLS-1$
	static final String STAGE = "stageId"; //$NON-NLS-1$
	static final String AMOUNT = "amount"; //$NON-NLS-1$
	static final String CURRENCY = "currency"; //$NON-NLS-1$
	static final String OWNER = "ownerId"; //$NON-NLS-1$
	static final String CONTACTS = "contacts"; //$NON-NLS-1$
	static final String SOURCE_CAMPAIGN = "sourceCampaign"; //$NON-NLS-1$
	static final String CUSTOM_VALUES = "customValues"; //$NON-NLS-1$
	static final String NAME = "name"; //$NON-NLS-1$
	static final String STAGES = "stages"; //$NON-NLS-1$
	static final String PARTY_KIND = "partyKind"; //$NON-NLS-1$

	private static final String OPPORTUNITY_COLUMNS = "ID, VERSION, TITLE, PARTY_ID, PIPELINE_ID, STAGE_ID, AMOUNT, " //$NON-NLS-1$
			+ "CURRENCY, CLOSE_DATE, OWNER_ID, SOURCE_CAMPAIGN, CUSTOM_VALUES, CREATED_AT, CLOSED_AT"; //$NON-NLS-1$

	private final DataStore store;
	private final ChoiceListService choices;
	/** The admin's extra fields of each pipeline; {@code null} only in tests that do not concern them. */
	private final FieldService fields;

	@Activate
	public JdbcSalesService(@Reference DataStore store, @Reference ChoiceListService choices,
			@Reference FieldService fields) {
		this.store = store;
		this.choices = choices;
		this.fields = fields;
	}

	/** For tests and tools that build the services by hand, checking the pipelines' extra fields. */
	public static JdbcSalesService on(DataStore store, ChoiceListService choices, FieldService fields) {
		return new JdbcSalesService(store, choices, fields);
	}

	/** As {@link #on(DataStore, ChoiceListService, FieldService)}, for tests where extra fields play no part. */
	public static JdbcSalesService on(DataStore store, ChoiceListService choices) {
		return new JdbcSalesService(store, choices, null);
	}

	// ---- pipelines

	@Override
	public List<Pipeline> pipelines(boolean includeRetired) {
		return Sql.read(store, connection -> readPipelines(connection, includeRetired, null));
	}

	@Override
	public Optional<Pipeline> pipeline(long id) {
		return Optional.ofNullable(Sql.read(store, connection -> pipeline(connection, id)));
	}

	static Pipeline pipeline(Connection connection, long id) throws SQLException {
		List<Pipeline> found = readPipelines(connection, true, id);
		return found.isEmpty() ? null : found.get(0);
	}

	private static List<Pipeline> readPipelines(Connection connection, boolean includeRetired, Long id)
			throws SQLException {
		Object[] parameters = id == null ? new Object[0] : new Object[] { id };
		String stageWhere = id == null ? "" : " WHERE PIPELINE_ID = ?"; //$NON-NLS-1$ //$NON-NLS-2$
		String where = id != null ? " WHERE ID = ?" : includeRetired ? "" : " WHERE RETIRED = FALSE"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Map<Long, List<Stage>> stages = new HashMap<>();
		Sql.list(connection, "SELECT ID, PIPELINE_ID, CODE, NAME, PROBABILITY, KIND, SORT_ORDER FROM SALES_STAGE" + stageWhere //$NON-NLS-1$
				+ " ORDER BY PIPELINE_ID, SORT_ORDER, ID", rows -> { //$NON-NLS-1$
					stages.computeIfAbsent(rows.getLong("PIPELINE_ID"), k -> new ArrayList<>()) //$NON-NLS-1$
							.add(new Stage(rows.getLong("ID"), //$NON-NLS-1$
									SeededNames.shown(rows.getString("CODE"), rows.getString("NAME")), rows.getInt("PROBABILITY"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
									StageKind.valueOf(rows.getString("KIND").strip()), rows.getInt("SORT_ORDER"))); //$NON-NLS-1$ //$NON-NLS-2$
					return null;
				}, parameters);
		return Sql.list(connection, "SELECT ID, VERSION, CODE, NAME, PARTY_KIND, RETIRED FROM SALES_PIPELINE" + where //$NON-NLS-1$
				+ " ORDER BY ID", rows -> new Pipeline(rows.getLong("ID"), //$NON-NLS-1$ //$NON-NLS-2$
						SeededNames.shown(rows.getString("CODE"), rows.getString("NAME")), //$NON-NLS-1$ //$NON-NLS-2$
						partyKind(Sql.trimmed(rows, "PARTY_KIND")), //$NON-NLS-1$
						stages.getOrDefault(rows.getLong("ID"), List.of()), rows.getBoolean("RETIRED"), //$NON-NLS-1$ //$NON-NLS-2$
						rows.getLong("VERSION")), //$NON-NLS-1$
				parameters);
	}

	@Override
	public Pipeline savePipeline(Pipeline pipeline) {
		String name = Sql.trimToNull(pipeline.name());
		List<Stage> stages = pipeline.stages().stream()
				.sorted(Comparator.comparingInt(Stage::position)).toList();
		List<Problem> problems = checkPipeline(name, stages);
		Checks.require(problems);
		long id = Sql.write(store, connection -> {
			List<Problem> found = new ArrayList<>();
			Long pipelineId = pipeline.id();
			String storedName = pipelineId == null ? name
					: SeededNames.stored(codeOf(connection, "SALES_PIPELINE", pipelineId), name); //$NON-NLS-1$
			Long taken = Sql.first(connection, "SELECT ID FROM SALES_PIPELINE WHERE LOWER(NAME) = ? AND ID <> ?", //$NON-NLS-1$
					rows -> rows.getLong(1), storedName.toLowerCase(Locale.ROOT), pipelineId == null ? -1L : pipelineId);
			if (taken != null) {
				found.add(new Problem(NAME, NLS.bind(Messages.Validation_pipelineNameTaken, name)));
			}
			Map<Long, Stage> stored = new HashMap<>();
			if (pipelineId != null) {
				Pipeline current = pipeline(connection, pipelineId);
				if (current == null || current.version() != pipeline.version()) {
					throw new StaleRecordException(NLS.bind(Messages.Stale_pipeline, name), pipelineId, null);
				}
				current.stages().forEach(stage -> stored.put(stage.id(), stage));
				checkStoredStages(connection, pipelineId, stages, stored, found);
				if (pipeline.partyKind() != null) {
					long otherKind = Sql.count(connection, "SELECT COUNT(*) FROM OPPORTUNITY o JOIN PARTY p ON p.ID = o.PARTY_ID " //$NON-NLS-1$
							+ "WHERE o.PIPELINE_ID = ? AND p.KIND <> ?", pipelineId, kindCode(pipeline.partyKind())); //$NON-NLS-1$
					if (otherKind > 0) {
						found.add(new Problem(PARTY_KIND, Messages.Validation_pipelineKindInUse));
					}
				}
			}
			Checks.require(found);
			long savedId;
			if (pipelineId == null) {
				savedId = Sql.insert(connection, "INSERT INTO SALES_PIPELINE (VERSION, NAME, PARTY_KIND, RETIRED) VALUES (1, ?, ?, ?)", //$NON-NLS-1$
						name, kindCode(pipeline.partyKind()), pipeline.retired());
			} else {
				savedId = pipelineId;
				int updated = Sql.update(connection, "UPDATE SALES_PIPELINE SET NAME = ?, PARTY_KIND = ?, RETIRED = ?, " //$NON-NLS-1$
						+ "VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?", storedName, kindCode(pipeline.partyKind()), //$NON-NLS-1$
						pipeline.retired(), pipelineId, pipeline.version());
				if (updated == 0) {
					throw new StaleRecordException(NLS.bind(Messages.Stale_pipeline, name), pipelineId, null);
				}
			}
			writeStages(connection, savedId, stages, stored);
			return savedId;
		});
		store.post(TOPIC, Map.of("pipelineId", id)); //$NON-NLS-1$
		return pipeline(id).orElseThrow();
	}

	/** The code of a shipped pipeline or stage, {@code null} for one an admin made. */
	private static String codeOf(Connection connection, String table, long id) throws SQLException {
		return Sql.first(connection, "SELECT CODE FROM " + table + " WHERE ID = ?", rows -> rows.getString(1), id); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<Problem> checkPipeline(String name, List<Stage> stages) {
		List<Problem> problems = new ArrayList<>();
		if (name == null) {
			problems.add(new Problem(NAME, Messages.Validation_pipelineNameRequired));
		}
		Checks.fits(problems, NAME, name, 200);
		Set<String> names = new HashSet<>();
		boolean open = false;
		boolean won = false;
		for (Stage stage : stages) {
			String stageName = Sql.trimToNull(stage.name());
			if (stageName == null) {
				problems.add(new Problem(STAGES, Messages.Validation_stageNameRequired));
				continue;
			}
			Checks.fits(problems, STAGES, stageName, 200);
			if (!names.add(stageName.toLowerCase(Locale.ROOT))) {
				problems.add(new Problem(STAGES, NLS.bind(Messages.Validation_stageNameTaken, stageName)));
			}
			if (stage.probability() < 0 || stage.probability() > 100) {
				problems.add(new Problem(STAGES, NLS.bind(Messages.Validation_stageProbability, stageName)));
			}
			if (stage.kind() == null) {
				problems.add(new Problem(STAGES, NLS.bind(Messages.Validation_stageKindRequired, stageName)));
			}
			open |= stage.kind() == StageKind.OPEN;
			won |= stage.kind() == StageKind.WON;
		}
		if (!open) {
			problems.add(new Problem(STAGES, Messages.Validation_openStageRequired));
		}
		if (!won) {
			problems.add(new Problem(STAGES, Messages.Validation_wonStageRequired));
		}
		return problems;
	}

	/** Stages must be this pipeline's own, and a stage opportunities are in must stay. */
	private static void checkStoredStages(Connection connection, long pipelineId, List<Stage> stages,
			Map<Long, Stage> stored, List<Problem> problems) throws SQLException {
		Set<Long> kept = new HashSet<>();
		for (Stage stage : stages) {
			if (stage.id() != null) {
				if (!stored.containsKey(stage.id())) {
					problems.add(new Problem(STAGES, NLS.bind(Messages.Validation_stageOfOtherPipeline, stage.name())));
				}
				kept.add(stage.id());
			}
		}
		for (Stage removed : stored.values()) {
			if (!kept.contains(removed.id())) {
				long inUse = Sql.count(connection, "SELECT COUNT(*) FROM OPPORTUNITY WHERE STAGE_ID = ?", removed.id()); //$NON-NLS-1$
				if (inUse > 0) {
					problems.add(new Problem(STAGES, NLS.bind(Messages.Validation_stageInUse, removed.name(), inUse)));
				}
			}
		}
	}

	private static void writeStages(Connection connection, long pipelineId, List<Stage> stages, Map<Long, Stage> stored)
			throws SQLException {
		Set<Long> kept = new HashSet<>();
		int position = 1;
		Instant now = Sql.now();
		for (Stage stage : stages) {
			String name = stage.name().strip();
			if (stage.id() == null) {
				Sql.insert(connection, "INSERT INTO SALES_STAGE (PIPELINE_ID, NAME, PROBABILITY, KIND, SORT_ORDER) " //$NON-NLS-1$
						+ "VALUES (?, ?, ?, ?, ?)", pipelineId, name, stage.probability(), stage.kind().name(), position); //$NON-NLS-1$
			} else {
				kept.add(stage.id());
				Sql.update(connection, "UPDATE SALES_STAGE SET NAME = ?, PROBABILITY = ?, KIND = ?, SORT_ORDER = ? WHERE ID = ?", //$NON-NLS-1$
						SeededNames.stored(codeOf(connection, "SALES_STAGE", stage.id()), name), stage.probability(), //$NON-NLS-1$
						stage.kind().name(), position, stage.id());
				StageKind before = stored.get(stage.id()).kind();
				if (before != stage.kind()) {
					// opportunities in a stage that now closes (or reopens) follow it, as if moved
					if (stage.kind() == StageKind.OPEN) {
						Sql.update(connection, "UPDATE OPPORTUNITY SET CLOSED_AT = NULL WHERE STAGE_ID = ?", stage.id()); //$NON-NLS-1$
					} else {
						Sql.update(connection, "UPDATE OPPORTUNITY SET CLOSED_AT = ? WHERE STAGE_ID = ? AND CLOSED_AT IS NULL", //$NON-NLS-1$
								now, stage.id());
					}
				}
			}
			position++;
		}
		for (Long removed : stored.keySet()) {
			if (!kept.contains(removed)) {
				Sql.update(connection, "DELETE FROM SALES_STAGE WHERE ID = ?", removed); //$NON-NLS-1$
			}
		}
	}

	// ---- opportunities

	@Override
	public List<OpportunityRow> opportunities(OpportunityQuery query) {
		StringBuilder sql = new StringBuilder("SELECT o.ID, o.TITLE, o.PARTY_ID, p.DISPLAY_NAME, p.KIND AS PARTY_KIND, " //$NON-NLS-1$
				+ "o.PIPELINE_ID, o.STAGE_ID, s.CODE AS STAGE_CODE, s.NAME AS STAGE_NAME, s.KIND AS STAGE_KIND, s.PROBABILITY, o.AMOUNT, o.CURRENCY, " //$NON-NLS-1$
				+ "o.CLOSE_DATE, o.OWNER_ID, u.NAME AS OWNER_NAME, u.CODE AS OWNER_CODE, o.VERSION " //$NON-NLS-1$
				+ "FROM OPPORTUNITY o JOIN PARTY p ON p.ID = o.PARTY_ID JOIN SALES_STAGE s ON s.ID = o.STAGE_ID " //$NON-NLS-1$
				+ "LEFT JOIN CHOICE_VALUE u ON u.ID = o.OWNER_ID WHERE 1 = 1"); //$NON-NLS-1$
		List<Object> parameters = new ArrayList<>();
		if (query.pipelineId() != null) {
			sql.append(" AND o.PIPELINE_ID = ?"); //$NON-NLS-1$
			parameters.add(query.pipelineId());
		}
		if (query.partyId() != null) {
			sql.append(" AND o.PARTY_ID = ?"); //$NON-NLS-1$
			parameters.add(query.partyId());
		}
		if (query.ownerId() != null) {
			sql.append(" AND o.OWNER_ID = ?"); //$NON-NLS-1$
			parameters.add(query.ownerId());
		}
		if (query.kind() != null) {
			sql.append(" AND s.KIND = ?"); //$NON-NLS-1$
			parameters.add(query.kind().name());
		}
		if (query.closingFrom() != null) {
			sql.append(" AND o.CLOSE_DATE >= ?"); //$NON-NLS-1$
			parameters.add(query.closingFrom());
		}
		if (query.closingTo() != null) {
			sql.append(" AND o.CLOSE_DATE <= ?"); //$NON-NLS-1$
			parameters.add(query.closingTo());
		}
		String text = Sql.trimToNull(query.text());
		if (text != null) {
			// titles compare lower case, names by the party's accent-free sort key ("jose" finds José)
			sql.append(" AND (LOWER(o.TITLE) LIKE ? ESCAPE '!' OR p.SORT_KEY LIKE ? ESCAPE '!')"); //$NON-NLS-1$
			parameters.add(Sql.contains(text.toLowerCase(Locale.ROOT)));
			parameters.add(Sql.contains(Party.normalize(text)));
		}
		sql.append(" ORDER BY o.CLOSE_DATE, o.ID"); //$NON-NLS-1$
		return Sql.read(store, connection -> Sql.list(connection, sql.toString(), JdbcSalesService::row,
				parameters.toArray()));
	}

	private static OpportunityRow row(ResultSet rows) throws SQLException {
		BigDecimal amount = rows.getBigDecimal("AMOUNT"); //$NON-NLS-1$
		String currency = Sql.trimmed(rows, "CURRENCY"); //$NON-NLS-1$
		int probability = rows.getInt("PROBABILITY"); //$NON-NLS-1$
		BigDecimal weighted = DocumentMath.money(
				ForecastMath.weighted(amount == null ? BigDecimal.ZERO : amount, probability), currency);
		String ownerName = rows.getString("OWNER_NAME"); //$NON-NLS-1$
		if (ownerName == null) {
			ownerName = rows.getString("OWNER_CODE"); //$NON-NLS-1$
		}
		return new OpportunityRow(rows.getLong("ID"), rows.getString("TITLE"), rows.getLong("PARTY_ID"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				rows.getString("DISPLAY_NAME"), "O".equals(Sql.trimmed(rows, "PARTY_KIND")), rows.getLong("PIPELINE_ID"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				rows.getLong("STAGE_ID"), SeededNames.shown(rows.getString("STAGE_CODE"), rows.getString("STAGE_NAME")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				StageKind.valueOf(rows.getString("STAGE_KIND").strip()), probability, amount, currency, weighted, //$NON-NLS-1$
				Sql.date(rows, "CLOSE_DATE"), Sql.nullableLong(rows, "OWNER_ID"), ownerName, rows.getLong("VERSION")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public Optional<Opportunity> find(long id) {
		return Optional.ofNullable(Sql.read(store, connection -> find(connection, id)));
	}

	private static Opportunity find(Connection connection, long id) throws SQLException {
		List<ContactRole> contacts = Sql.list(connection,
				"SELECT PERSON_ID, ROLE_CODE FROM OPPORTUNITY_CONTACT WHERE OPPORTUNITY_ID = ? ORDER BY ID", //$NON-NLS-1$
				rows -> new ContactRole(rows.getLong("PERSON_ID"), rows.getString("ROLE_CODE")), id); //$NON-NLS-1$ //$NON-NLS-2$
		return Sql.first(connection, "SELECT " + OPPORTUNITY_COLUMNS + " FROM OPPORTUNITY WHERE ID = ?", //$NON-NLS-1$ //$NON-NLS-2$
				rows -> new Opportunity(rows.getLong("ID"), rows.getString("TITLE"), rows.getLong("PARTY_ID"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						rows.getLong("PIPELINE_ID"), rows.getLong("STAGE_ID"), rows.getBigDecimal("AMOUNT"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						Sql.trimmed(rows, "CURRENCY"), Sql.date(rows, "CLOSE_DATE"), Sql.nullableLong(rows, "OWNER_ID"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						rows.getString("SOURCE_CAMPAIGN"), contacts, rows.getString("CUSTOM_VALUES"), //$NON-NLS-1$ //$NON-NLS-2$
						Sql.instant(rows, "CREATED_AT"), Sql.instant(rows, "CLOSED_AT"), rows.getLong("VERSION")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				id);
	}

	@Override
	public Opportunity save(Opportunity opportunity) {
		String title = Sql.trimToNull(opportunity.title());
		String currency = Checks.currency(opportunity.currency());
		String campaign = Sql.trimToNull(opportunity.sourceCampaign());
		List<Problem> problems = new ArrayList<>();
		if (title == null) {
			problems.add(new Problem(TITLE, Messages.Validation_titleRequired));
		}
		Checks.fits(problems, TITLE, title, 400);
		if (opportunity.amount() != null && opportunity.amount().signum() < 0) {
			problems.add(new Problem(AMOUNT, Messages.Validation_amountNegative));
		}
		Checks.currency(problems, CURRENCY, currency);
		Checks.fits(problems, SOURCE_CAMPAIGN, campaign, 200);
		Checks.fits(problems, CUSTOM_VALUES, opportunity.customValues(), 32000);
		if (fields != null) {
			// the pipeline's extra fields, checked as the core checks a party's (type, choices, required)
			problems.addAll(Validation.checkCustomValues(CustomValues.decode(opportunity.customValues()),
					fields.fields(Pipeline.fieldEntityType(opportunity.pipelineId()), false)));
		}
		// one row per person and role; the same person may hold several roles
		Set<ContactRole> contacts = new LinkedHashSet<>();
		for (ContactRole contact : opportunity.contacts()) {
			String role = Sql.trimToNull(contact.role());
			if (role == null) {
				problems.add(new Problem(CONTACTS, Messages.Validation_contactRoleRequired));
			} else {
				Checks.fits(problems, CONTACTS, role, 64);
				contacts.add(new ContactRole(contact.personId(), role));
			}
		}
		long id = Sql.write(store, connection -> {
			List<Problem> found = new ArrayList<>(problems);
			Stage stage = checkReferences(connection, opportunity, contacts, found);
			Checks.require(found);
			Instant now = Sql.now();
			Long opportunityId = opportunity.id();
			if (opportunityId == null) {
				opportunityId = Sql.insert(connection, "INSERT INTO OPPORTUNITY (VERSION, TITLE, PARTY_ID, PIPELINE_ID, STAGE_ID, " //$NON-NLS-1$
						+ "AMOUNT, CURRENCY, CLOSE_DATE, OWNER_ID, SOURCE_CAMPAIGN, CUSTOM_VALUES, CREATED_AT, UPDATED_AT, CLOSED_AT) " //$NON-NLS-1$
						+ "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", title, opportunity.partyId(), //$NON-NLS-1$
						opportunity.pipelineId(), opportunity.stageId(), opportunity.amount(), currency,
						opportunity.closeDate(), opportunity.ownerId(), campaign, opportunity.customValues(), now, now,
						stage.kind() == StageKind.OPEN ? null : now);
				recordChange(connection, opportunityId, null, stage.id(), now, null);
			} else {
				Current current = current(connection, opportunityId, opportunity.version(), title);
				Instant closedAt = current.closedAt();
				if (current.stageId() != opportunity.stageId()) {
					closedAt = closedAt(current, stage, now);
					recordChange(connection, opportunityId, current.stageId(), stage.id(), now, null);
				}
				int updated = Sql.update(connection, "UPDATE OPPORTUNITY SET TITLE = ?, PARTY_ID = ?, PIPELINE_ID = ?, STAGE_ID = ?, " //$NON-NLS-1$
						+ "AMOUNT = ?, CURRENCY = ?, CLOSE_DATE = ?, OWNER_ID = ?, SOURCE_CAMPAIGN = ?, CUSTOM_VALUES = ?, " //$NON-NLS-1$
						+ "UPDATED_AT = ?, CLOSED_AT = ?, VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?", title, //$NON-NLS-1$
						opportunity.partyId(), opportunity.pipelineId(), opportunity.stageId(), opportunity.amount(),
						currency, opportunity.closeDate(), opportunity.ownerId(), campaign, opportunity.customValues(),
						now, closedAt, opportunityId, opportunity.version());
				if (updated == 0) {
					throw stale(title, opportunityId);
				}
			}
			writeContacts(connection, opportunityId, contacts);
			return opportunityId;
		});
		store.post(TOPIC, Map.of("id", id)); //$NON-NLS-1$
		return find(id).orElseThrow();
	}

	/** Checks what the opportunity points at; returns its stage when the pipeline has it. */
	private static Stage checkReferences(Connection connection, Opportunity opportunity, Set<ContactRole> contacts,
			List<Problem> problems) throws SQLException {
		PartyRef party = Sql.first(connection, "SELECT KIND, DISPLAY_NAME, MERGED_INTO FROM PARTY WHERE ID = ?", //$NON-NLS-1$
				rows -> new PartyRef(partyKind(Sql.trimmed(rows, "KIND")), rows.getString("DISPLAY_NAME"), //$NON-NLS-1$ //$NON-NLS-2$
						Sql.nullableLong(rows, "MERGED_INTO")), //$NON-NLS-1$
				opportunity.partyId());
		if (party == null) {
			problems.add(new Problem(PARTY, Messages.Validation_partyRequired));
		} else if (party.mergedInto() != null) {
			problems.add(new Problem(PARTY, NLS.bind(Messages.Validation_partyMerged, party.name())));
		}
		Pipeline pipeline = pipeline(connection, opportunity.pipelineId());
		Stage stage = null;
		if (pipeline == null) {
			problems.add(new Problem(PIPELINE, Messages.Validation_pipelineRequired));
		} else {
			stage = pipeline.stage(opportunity.stageId()).orElse(null);
			if (stage == null) {
				problems.add(new Problem(STAGE, NLS.bind(Messages.Validation_stageNotInPipeline, pipeline.name())));
			}
			if (party != null && !pipeline.accepts(party.kind())) {
				String message = pipeline.partyKind() == PartyKind.PERSON ? Messages.Validation_pipelineForPersons
						: Messages.Validation_pipelineForOrganizations;
				problems.add(new Problem(PARTY, NLS.bind(message, pipeline.name(), party.name())));
			}
		}
		if (opportunity.ownerId() != null && Sql.count(connection,
				"SELECT COUNT(*) FROM CHOICE_VALUE WHERE ID = ? AND LIST_CODE = ?", opportunity.ownerId(), //$NON-NLS-1$
				Segment.OWNER.listCode()) == 0) {
			problems.add(new Problem(OWNER, Messages.Validation_ownerUnknown));
		}
		Set<Long> persons = new HashSet<>();
		contacts.forEach(contact -> persons.add(contact.personId()));
		if (!persons.isEmpty()) {
			long found = Sql.count(connection, "SELECT COUNT(*) FROM PARTY WHERE KIND = 'P' AND MERGED_INTO IS NULL AND ID IN " //$NON-NLS-1$
					+ Sql.in(persons));
			if (found != persons.size()) {
				problems.add(new Problem(CONTACTS, Messages.Validation_contactPerson));
			}
		}
		return stage;
	}

	private record PartyRef(PartyKind kind, String name, Long mergedInto) {
	}

	/** The stored state an update starts from. */
	private record Current(String title, long pipelineId, long stageId, StageKind kind, Instant closedAt, long version) {
	}

	/** The stored row, refused as stale when it is gone or at another version than {@code expectedVersion}. */
	private static Current current(Connection connection, long id, long expectedVersion, String title)
			throws SQLException {
		Current current = Sql.first(connection, "SELECT o.TITLE, o.PIPELINE_ID, o.STAGE_ID, o.VERSION, o.CLOSED_AT, s.KIND " //$NON-NLS-1$
				+ "FROM OPPORTUNITY o JOIN SALES_STAGE s ON s.ID = o.STAGE_ID WHERE o.ID = ?", //$NON-NLS-1$
				rows -> new Current(rows.getString("TITLE"), rows.getLong("PIPELINE_ID"), rows.getLong("STAGE_ID"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						StageKind.valueOf(rows.getString("KIND").strip()), Sql.instant(rows, "CLOSED_AT"), //$NON-NLS-1$ //$NON-NLS-2$
						rows.getLong("VERSION")), //$NON-NLS-1$
				id);
		if (current == null || current.version() != expectedVersion) {
			throw stale(current == null ? title : current.title(), id);
		}
		return current;
	}

	/**
	 * When the opportunity closed after entering {@code stage}: now when it
	 * enters a won or lost stage (again, if it moves from won to lost), never
	 * while it is open.
	 */
	private static Instant closedAt(Current current, Stage stage, Instant now) {
		if (stage.kind() == StageKind.OPEN) {
			return null;
		}
		return current.kind() == stage.kind() && current.closedAt() != null ? current.closedAt() : now;
	}

	private static void recordChange(Connection connection, long opportunityId, Long from, long to, Instant at,
			Long userId) throws SQLException {
		Sql.insert(connection, "INSERT INTO OPPORTUNITY_STAGE_CHANGE (OPPORTUNITY_ID, FROM_STAGE_ID, TO_STAGE_ID, CHANGED_AT, USER_ID) " //$NON-NLS-1$
				+ "VALUES (?, ?, ?, ?, ?)", opportunityId, from, to, at, userId); //$NON-NLS-1$
	}

	/**
	 * Brings the contact rows in line with {@code contacts}, keeping the rows
	 * that stay: a merge records the rows it re-pointed, and its undo can only
	 * move back rows that still exist.
	 */
	private static void writeContacts(Connection connection, long opportunityId, Set<ContactRole> contacts)
			throws SQLException {
		Map<ContactRole, Long> stored = new LinkedHashMap<>();
		List<Long> duplicates = new ArrayList<>();
		Sql.list(connection, "SELECT ID, PERSON_ID, ROLE_CODE FROM OPPORTUNITY_CONTACT WHERE OPPORTUNITY_ID = ? ORDER BY ID", //$NON-NLS-1$
				rows -> {
					ContactRole role = new ContactRole(rows.getLong("PERSON_ID"), rows.getString("ROLE_CODE")); //$NON-NLS-1$ //$NON-NLS-2$
					if (stored.putIfAbsent(role, rows.getLong("ID")) != null) { //$NON-NLS-1$
						duplicates.add(rows.getLong("ID")); //$NON-NLS-1$
					}
					return null;
				}, opportunityId);
		for (Map.Entry<ContactRole, Long> row : stored.entrySet()) {
			if (!contacts.contains(row.getKey())) {
				duplicates.add(row.getValue());
			}
		}
		if (!duplicates.isEmpty()) {
			Sql.update(connection, "DELETE FROM OPPORTUNITY_CONTACT WHERE ID IN " + Sql.in(duplicates)); //$NON-NLS-1$
		}
		for (ContactRole contact : contacts) {
			if (!stored.containsKey(contact)) {
				Sql.insert(connection, "INSERT INTO OPPORTUNITY_CONTACT (OPPORTUNITY_ID, PERSON_ID, ROLE_CODE) VALUES (?, ?, ?)", //$NON-NLS-1$
						opportunityId, contact.personId(), contact.role());
			}
		}
	}

	@Override
	public Opportunity move(long opportunityId, long stageId, long expectedVersion, Long userId) {
		boolean moved = Sql.write(store, connection -> {
			Current current = current(connection, opportunityId, expectedVersion, String.valueOf(opportunityId));
			Pipeline pipeline = pipeline(connection, current.pipelineId());
			Stage stage = pipeline.stage(stageId).orElseThrow(() -> new ValidationException(List.of(new Problem(STAGE,
					NLS.bind(Messages.Validation_stageNotInPipeline, pipeline.name())))));
			if (stage.id() == current.stageId()) {
				return false;
			}
			Instant now = Sql.now();
			int updated = Sql.update(connection, "UPDATE OPPORTUNITY SET STAGE_ID = ?, CLOSED_AT = ?, UPDATED_AT = ?, " //$NON-NLS-1$
					+ "VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?", stageId, //$NON-NLS-1$
					closedAt(current, stage, now), now, opportunityId, expectedVersion);
			if (updated == 0) {
				throw stale(current.title(), opportunityId);
			}
			recordChange(connection, opportunityId, current.stageId(), stageId, now, userId);
			return true;
		});
		if (moved) {
			store.post(TOPIC, Map.of("id", opportunityId)); //$NON-NLS-1$
		}
		return find(opportunityId).orElseThrow(
				() -> new RecordNotFoundException(NLS.bind(Messages.NotFound_opportunity, opportunityId)));
	}

	@Override
	public void delete(long opportunityId, long expectedVersion) {
		Sql.write(store, connection -> {
			Current current = current(connection, opportunityId, expectedVersion, String.valueOf(opportunityId));
			Sql.update(connection, "DELETE FROM OPPORTUNITY_CONTACT WHERE OPPORTUNITY_ID = ?", opportunityId); //$NON-NLS-1$
			Sql.update(connection, "DELETE FROM OPPORTUNITY_STAGE_CHANGE WHERE OPPORTUNITY_ID = ?", opportunityId); //$NON-NLS-1$
			// quotes, orders and invoices are business records of their own: they stay, unlinked
			Sql.update(connection, "UPDATE SALES_DOCUMENT SET OPPORTUNITY_ID = NULL WHERE OPPORTUNITY_ID = ?", opportunityId); //$NON-NLS-1$
			if (Sql.update(connection, "DELETE FROM OPPORTUNITY WHERE ID = ? AND VERSION = ?", opportunityId, //$NON-NLS-1$
					expectedVersion) == 0) {
				throw stale(current.title(), opportunityId);
			}
			return null;
		});
		store.post(TOPIC, Map.of("id", opportunityId)); //$NON-NLS-1$
	}

	@Override
	public List<StageChange> history(long opportunityId) {
		return Sql.read(store, connection -> Sql.list(connection, "SELECT OPPORTUNITY_ID, FROM_STAGE_ID, TO_STAGE_ID, " //$NON-NLS-1$
				+ "CHANGED_AT, USER_ID FROM OPPORTUNITY_STAGE_CHANGE WHERE OPPORTUNITY_ID = ? ORDER BY CHANGED_AT, ID", //$NON-NLS-1$
				rows -> new StageChange(rows.getLong("OPPORTUNITY_ID"), Sql.nullableLong(rows, "FROM_STAGE_ID"), //$NON-NLS-1$ //$NON-NLS-2$
						rows.getLong("TO_STAGE_ID"), Sql.instant(rows, "CHANGED_AT"), Sql.nullableLong(rows, "USER_ID")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				opportunityId));
	}

	/**
	 * The contact-role entries, retired ones included so an opportunity that
	 * still uses one shows its label. The ones Vinculo ships carry a code and no name
	 * until an admin renames them; they come back named with this plug-in's
	 * translation, since the core only knows its own lists' labels. They are
	 * copies for showing and choosing: the list itself is edited through
	 * {@link ChoiceListService}.
	 */
	@Override
	public List<ChoiceValue> contactRoles() {
		List<ChoiceValue> roles = new ArrayList<>();
		for (ChoiceValue value : choices.values(CONTACT_ROLE_LIST, true)) {
			ChoiceValue copy = value.copy();
			String label = copy.getName() == null ? Messages.contactRoleLabel(copy.getCode()) : null;
			if (label != null) {
				copy.setName(label);
			}
			roles.add(copy);
		}
		return roles;
	}

	private static StaleRecordException stale(String title, long id) {
		return new StaleRecordException(NLS.bind(Messages.Stale_opportunity, title), id, null);
	}

	static PartyKind partyKind(String code) {
		if (code == null) {
			return null;
		}
		return "O".equals(code) ? PartyKind.ORGANIZATION : PartyKind.PERSON; //$NON-NLS-1$
	}

	static String kindCode(PartyKind kind) {
		if (kind == null) {
			return null;
		}
		return kind == PartyKind.ORGANIZATION ? "O" : "P"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
