package org.waqai.cli;

import org.waqai.extract.ExtractorVersion;
import picocli.CommandLine;

/** Prints the software and extractor-data version. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"waqai " + ExtractorVersion.current()};
  }
}
