/** The price table as the deployment configures it: the shipped defaults and an override file. */
package dev.sessionvault.infrastructure.cost;
