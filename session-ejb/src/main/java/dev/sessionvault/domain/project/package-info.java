/** Projects group an account's sessions by code base; deleting one detaches its sessions. */
package dev.sessionvault.domain.project;
