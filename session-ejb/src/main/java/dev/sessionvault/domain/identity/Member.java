package dev.sessionvault.domain.identity;

/** A person as one account sees it: the person and its membership there. */
public record Member(User user, Membership membership) {}
