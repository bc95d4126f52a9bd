package org.vinculo.sales;

/**
 * A product a party has not bought that similar customers did, with how many of
 * them and why they count as similar ("3 of 4 customers in segment Retail who
 * bought CRM Licence also bought Training"), for the user to read.
 */
public record CrossSellSuggestion(Product product, int similarCustomers, double score, String reason) {
}
