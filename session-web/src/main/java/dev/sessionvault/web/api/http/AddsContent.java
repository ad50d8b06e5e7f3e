package dev.sessionvault.web.api.http;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method that stores new content (sessions, messages, interactions, todos, imports,
 * forks): refused with 507 while the account is at its storage quota ({@link StorageQuotaFilter}).
 * Edits, deletions and reads stay open, so that an account at its quota can make room.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AddsContent {}
