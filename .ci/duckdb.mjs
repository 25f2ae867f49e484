// A stand-in for the duckdb command line where only DuckDB's Node binding
// can be installed: `duckdb -noheader -csv -c SQL` prints the result's rows
// as comma-separated values, which is all the export tests ask of it.
import { DuckDBInstance } from '@duckdb/node-api';

const sql = process.argv[process.argv.indexOf('-c') + 1];
const db = await DuckDBInstance.create(':memory:');
const rows = (await (await db.connect()).runAndReadAll(sql)).getRows();
for (const row of rows) console.log(row.map(String).join(','));
