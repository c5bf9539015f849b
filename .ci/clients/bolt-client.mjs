// The official Neo4j JavaScript driver against the embedded Neo4j that `waqai serve` starts.
import neo4j from 'neo4j-driver';

const uri = process.env.WAQAI_BOLT ?? 'bolt://127.0.0.1:7688';
const driver = neo4j.driver(uri, neo4j.auth.none());
try {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const r = await session.run('MATCH (e:Event) RETURN count(e) AS n');
  const n = r.records[0].get('n').toNumber();
  await session.close();
  if (n <= 0) {
    console.error('bolt: no events over Bolt');
    process.exit(1);
  }
  console.log(`bolt: ${n} events via neo4j-driver`);
} finally {
  await driver.close();
}
