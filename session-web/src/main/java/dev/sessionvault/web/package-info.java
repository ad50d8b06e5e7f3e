/**
 * Web adapters: the REST API under /api/v1 and the health checks. They call application services
 * only.
 */
package dev.sessionvault.web;
