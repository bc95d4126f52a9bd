package org.vinculo.core.users;

import java.math.BigDecimal;
import java.time.YearMonth;

/** What a user is expected to close in one month, in the organization's reporting currency. */
public record Quota(long userId, YearMonth month, BigDecimal amount) {
}
