package dev.sessionvault.it.support;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the end-to-end tests: Arquillian deploys the EAR the build produced (exactly what users
 * run) to a managed Liberty test server, and the tests talk to it over HTTP as a client would.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class EndToEndTest {

  @Deployment(testable = false)
  public static EnterpriseArchive application() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("ear.file")));
  }
}
