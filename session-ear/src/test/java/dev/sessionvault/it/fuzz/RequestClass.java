package dev.sessionvault.it.fuzz;

/** The kinds of hostile request the fuzzer generates; each has its own generator in Hostility. */
enum RequestClass {
  WRONG_TYPES("JSON values of the wrong type"),
  HUGE_NUMBERS("huge numbers and exponents"),
  DEEP_NESTING("deeply nested JSON"),
  MALFORMED_JSON("malformed JSON"),
  TRUNCATED_BODY("truncated bodies"),
  INVALID_UTF8("invalid UTF-8"),
  NUL_BYTES("NUL bytes"),
  OVERSIZED_BODY("oversized bodies"),
  OVERSIZED_HEADERS("oversized headers and URLs"),
  BAD_IDS("bad ids in the path"),
  BAD_QUERY_VALUES("bad query parameter values"),
  QUERY_BOMBS("query-syntax bombs"),
  MALFORMED_QUERY_STRING("malformed query strings"),
  WRONG_MEDIA_TYPES("wrong Content-Type and Accept"),
  CONTENT_ENCODING("content encodings"),
  BAD_HEADERS("bad conditional, account and request-id headers"),
  BAD_CREDENTIALS("malformed credentials"),
  WRONG_METHODS("wrong and unknown methods"),
  BROKEN_FRAMING("broken HTTP framing");

  private final String description;

  RequestClass(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }
}
