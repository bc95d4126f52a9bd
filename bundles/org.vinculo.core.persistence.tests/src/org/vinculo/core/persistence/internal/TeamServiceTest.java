package org.vinculo.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.Segment;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.ValidationException;
import org.vinculo.core.users.Quota;
import org.vinculo.core.users.Team;
import org.vinculo.core.users.User;

/** Users are the owner list; teams have a manager and members; quotas are per user and month. */
class TeamServiceTest {

	@TempDir
	Path folder;
	private Database database;
	private JdbcTeamService teams;
	private long ana;
	private long luis;
	private long marta;

	@BeforeEach
	void open() {
		database = Database.openEmbedded(folder.resolve("db"));
		teams = JdbcTeamService.on(database);
		JpaChoiceListService choices = new JpaChoiceListService(database);
		ana = choices.save(new ChoiceValue(Segment.OWNER.listCode(), "Ana Ruiz")).getId();
		luis = choices.save(new ChoiceValue(Segment.OWNER.listCode(), "Luis Vega")).getId();
		marta = choices.save(new ChoiceValue(Segment.OWNER.listCode(), "Marta Sanz")).getId();
	}

	@AfterEach
	void close() {
		database.close();
	}

	@Test
	void usersAreTheOwnerListAndTeamsRollUpToTheirManager() {
		assertEquals(List.of("Ana Ruiz", "Luis Vega", "Marta Sanz"), teams.users(false).stream().map(User::name).toList());
		Team iberia = teams.save(new Team(null, "Iberia", marta, List.of(ana, luis), 0));
		assertEquals(List.of(ana, luis), iberia.memberIds());
		assertEquals(Set.of(marta, ana, luis), teams.reportsOf(marta), "a manager sees their team and themselves");
		assertEquals(Set.of(ana), teams.reportsOf(ana), "a rep sees only themselves");

		Team renamed = teams.save(new Team(iberia.id(), "Iberia & LatAm", marta, List.of(ana), iberia.version()));
		assertEquals(List.of(ana), renamed.memberIds());
		assertThrows(StaleRecordException.class,
				() -> teams.save(new Team(iberia.id(), "Stale copy", marta, List.of(), iberia.version())),
				"a copy saved by someone else meanwhile is refused");
		assertEquals("Iberia & LatAm", teams.teams().get(0).name());
	}

	@Test
	void badTeamsAreRefusedWithEveryReason() {
		teams.save(new Team(null, "Iberia", null, List.of(ana), 0));
		ValidationException refused = assertThrows(ValidationException.class,
				() -> teams.save(new Team(null, " iberia ", null, List.of(424242L), 0)));
		assertTrue(refused.concerns("name"), refused.getMessage());
		assertTrue(refused.concerns("members"), refused.getMessage());
		assertEquals(1, teams.teams().size());
	}

	@Test
	void quotasArePerUserAndMonthAndCanBeCleared() {
		YearMonth jan = YearMonth.of(2026, 1);
		teams.setQuota(ana, jan, new BigDecimal("50000"));
		teams.setQuota(ana, jan.plusMonths(1), new BigDecimal("60000"));
		teams.setQuota(luis, jan, new BigDecimal("40000"));
		teams.setQuota(ana, jan, new BigDecimal("55000"));
		List<Quota> quotas = teams.quotas(List.of(ana), jan, jan.plusMonths(11));
		assertEquals(2, quotas.size());
		assertEquals(0, new BigDecimal("55000").compareTo(quotas.get(0).amount()), "the later value replaces the first");
		teams.setQuota(ana, jan, null);
		assertEquals(List.of(jan.plusMonths(1)), teams.quotas(List.of(ana), jan, jan.plusMonths(11)).stream()
				.map(Quota::month).toList(), "January's quota cleared, February's kept");
		assertThrows(ValidationException.class, () -> teams.setQuota(ana, jan, new BigDecimal("-1")));
	}
}
