package org.vinculo.sales;

/**
 * A person's part in an opportunity: decision maker, economic buyer,
 * influencer, user… ({@code role} is a code of the "contact role" list, see
 * {@link SalesService#contactRoles()}).
 */
public record ContactRole(long personId, String role) {
}
