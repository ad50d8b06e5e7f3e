package dev.sessionvault.infrastructure.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * This node's name in the cluster's records (who runs a rebuild, who holds a timer's lock): {@code
 * sessionvault.node.name} (SESSIONVAULT_NODE_NAME) when set, else host name and process id, which
 * tells apart two servers on one machine.
 */
public final class NodeName {
  private static final String NAME = resolve();

  private NodeName() {}

  public static String get() {
    return NAME;
  }

  private static String resolve() {
    return ConfigProvider.getConfig(NodeName.class.getClassLoader())
        .getOptionalValue("sessionvault.node.name", String.class)
        .filter(name -> !name.isBlank())
        .orElseGet(() -> host() + "/" + ProcessHandle.current().pid());
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
