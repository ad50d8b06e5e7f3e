/**
 * What several application nodes on one database need from each other: a name for each node and
 * work that runs on one node for the cluster (ShedLock's lock rows in the shared database).
 */
package dev.sessionvault.infrastructure.cluster;
