/** MicroProfile Health checks: ready only when the database answers a real query. */
package dev.sessionvault.web.health;
