/**
 * The search index on an OpenSearch or Elasticsearch cluster shared by several application nodes:
 * index names, settings and the rebuild marker. Chosen by configuration alone (README,
 * "Deployment").
 */
package dev.sessionvault.infrastructure.search.elasticsearch;
