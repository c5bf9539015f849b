package org.waqai.cli;

import java.io.IOException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/** A separate process holding a TDB2 directory open, as the running service does, until its standard input ends. */
public final class HoldTdb2 {
  private HoldTdb2() {}

  public static void main(String[] args) throws IOException {
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(args[0]);
    System.out.println("holding " + args[0]);
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the test to close our input
    }
    dsg.close();
  }
}
