package dev.sessionvault.it.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The suite's test server, started once per test run with the built EAR in its dropins folder and
 * stopped when the run ends. Deploying the EAR once per test class (Arquillian's way) cost about 16
 * s a class, 7 of a run's 13 minutes; the tests never needed a fresh deployment, as each makes its
 * own accounts, keys and sessions.
 */
public final class TestServer implements BeforeAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(TestServer.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
  }

  /** The running server; the root store closes it once every test class has run. */
  private static final class Running implements AutoCloseable {
    static Running start() {
      try {
        LibertyServer.TEST.deploy();
        LibertyServer.TEST.start();
        return new Running();
      } catch (Exception e) {
        throw new IllegalStateException("the test server did not start", e);
      }
    }

    @Override
    public void close() throws Exception {
      try {
        LibertyServer.TEST.stop();
      } finally {
        LibertyServer.TEST.undeploy();
      }
    }
  }
}
