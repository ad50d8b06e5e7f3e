/**
 * What a model call costs: the price table (per model, per million tokens, with the source and date
 * of each price) and the usage it prices.
 */
package dev.sessionvault.domain.cost;
