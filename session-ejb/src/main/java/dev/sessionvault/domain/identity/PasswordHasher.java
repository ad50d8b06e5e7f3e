package dev.sessionvault.domain.identity;

/** Slow salted password hashes: only the hash is stored, and checking a guess costs time. */
public interface PasswordHasher {
  String hash(String password);

  boolean verify(String password, String hash);
}
