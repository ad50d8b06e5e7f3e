/**
 * Everything Hibernate Search: the analyzer names, their definitions, and the mapping of the
 * entities onto indexes (programmatic, so that the domain stays free of the Search API).
 */
package dev.sessionvault.infrastructure.search;
