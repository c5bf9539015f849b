// One TDB2 bulk load of an N-Quads file with one of Jena's loaders, as the bulk path of ingest runs it
// (docs/scaling.md, "TDB2 loader on 2 cores"). Run as a single-file program under /usr/bin/time:
//   java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*" \
//     bench/Tdb2LoaderBench.java GRAPHS.nq EMPTY-TDB2-DIR parallel|phased|sequential|basic
// bench/tdb2-loader-bench.sh alternates the loaders and prints medians.
import java.lang.management.ManagementFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.waqai.store.rdf.Tdb2BulkLoad;

public class Tdb2LoaderBench {
  public static void main(String[] a) {
    Tdb2BulkLoad.Loader kind = Tdb2BulkLoad.Loader.fromSetting(a[2]);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long c0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(a[1]);
    DataLoader loader = kind.create(dsg);
    loader.startBulk();
    loader.load(a[0]);
    loader.finishBulk();
    long quads = loader.countQuads();
    TDBInternal.expel(dsg);
    long t1 = System.nanoTime();
    long c1 = os.getProcessCpuTime();
    System.out.printf("%s\t%d quads\t%.2f s wall\t%.2f CPU-s\t%.0f quads/s%n", kind, quads, (t1 - t0) / 1e9,
        (c1 - c0) / 1e9, quads / ((t1 - t0) / 1e9));
  }
}
