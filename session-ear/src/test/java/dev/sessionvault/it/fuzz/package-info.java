/** The hostile-input fuzzer of FuzzIT: generators, a raw HTTP client, the rules and the tally. */
package dev.sessionvault.it.fuzz;
