// The official Neo4j JavaScript driver against the embedded Neo4j that `waqai serve` starts: refused without
// credentials, served with the password the store generated into its data directory (docs/security.md).
import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';

const uri = process.env.WAQAI_BOLT ?? 'bolt://127.0.0.1:7687';
const password = readFileSync(process.env.WAQAI_BOLT_PASSWORD_FILE, 'utf8').trim();

const anonymous = neo4j.driver(uri, neo4j.auth.none());
try {
  await anonymous.executeQuery('RETURN 1');
  console.error('bolt: a client without credentials was served');
  process.exit(1);
} catch (e) {
  if (!String(e.code).includes('Unauthorized')) {
    console.error(`bolt: expected Unauthorized without credentials, got ${e.code}: ${e.message}`);
    process.exit(1);
  }
  console.log('bolt: refused without credentials');
} finally {
  await anonymous.close();
}

const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
try {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const r = await session.run('MATCH (e:Event) RETURN count(e) AS n');
  const n = r.records[0].get('n').toNumber();
  await session.close();
  if (n <= 0) {
    console.error('bolt: no events over Bolt');
    process.exit(1);
  }
  console.log(`bolt: ${n} events via neo4j-driver with the stored credentials`);
} finally {
  await driver.close();
}
