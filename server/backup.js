// `npm run backup:api -- <file>`: an online backup of the API's SQLite database (DATABASE_URL)
// into a new file, safe while the API is serving. PostgreSQL has its own tools (pg_dump).
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Copies the SQLite database at `source` to `target` page by page, without stopping writers.
 * @param {string} source
 * @param {string} target a file that does not exist yet
 * @returns {Promise<number>} pages copied
 */
export async function backupSqlite(source, target) {
  if (/^postgres(ql)?:\/\//.test(source)) throw new Error('This database is PostgreSQL: back it up with pg_dump (see README).');
  if (!existsSync(source)) throw new Error(`There is no SQLite database at ${source}.`);
  if (existsSync(target)) throw new Error(`${target} already exists; choose a new file name.`);
  const db = new Database(source, { fileMustExist: true });
  try {
    const { totalPages } = await db.backup(target);
    return totalPages;
  } finally {
    db.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = process.argv[2];
  if (!target || !process.env.DATABASE_URL) {
    console.error('Usage: DATABASE_URL=<sqlite file> npm run backup:api -- <backup file>');
    process.exit(1);
  }
  try {
    const pages = await backupSqlite(process.env.DATABASE_URL, target);
    console.log(`Backed up ${pages} pages to ${target}.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
