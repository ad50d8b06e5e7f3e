package dev.sessionvault.it.support;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the end-to-end tests: the test server runs the EAR the build produced (exactly what users
 * run, deployed once per run by {@link TestServer}), and the tests talk to it over HTTP as a client
 * would.
 */
@ExtendWith(TestServer.class)
public abstract class EndToEndTest {}
