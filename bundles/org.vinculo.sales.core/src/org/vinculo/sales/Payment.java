package org.vinculo.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money received against an invoice; several partial payments may settle one invoice. */
public record Payment(Long id, long invoiceId, LocalDate paidOn, BigDecimal amount, String method) {
}
