import { and, eq, sql, type SQL } from 'drizzle-orm';
import { bigrams } from '@gaoxin/domain';
import type { DbOrTx } from '../../db/client.js';
import { escapeLike } from '../../db/like.js';
import { enterprises } from '../../db/schema/index.js';

/**
 * The list's search box: an appeal matches when its number starts with the text, or its title or
 * its enterprise's name contains it, ignoring case (as ILIKE would). Each part is answered by an
 * index, so the database combines three small bitmaps instead of reading every appeal.
 *
 * Titles are found through `title_grams`: every 1- and 2-character piece of the lower-cased title,
 * written by a trigger (migration 0020) with the same `lower()` ILIKE applies. A text of one or two
 * characters is in a title exactly when its piece is among them, so those need no second look;
 * a longer one needs all its pairs, and the title is then compared to weed out pairs that are
 * there but apart. pg_trgm cannot serve here: it skips CJK under a C locale and needs three
 * characters, while most searches are 2-character words (增容, 招聘).
 */
export function appealSearchCondition(text: string, enterpriseIds: readonly string[]): SQL {
  const parts: SQL[] = [];
  const grams = sql`a.title_grams @> appeal_title_search_grams(${text})`;
  parts.push([...text].length > 2 ? sql`(${grams} and ${containsText(sql`a.title`, text)})` : grams);
  // The names were matched beforehand, so this is a list of ids the (enterprise_id) index answers.
  if (enterpriseIds.length > 0) parts.push(sql`a.enterprise_id = any(${uuidArray(enterpriseIds)})`);
  // Numbers are SQ + year + serial: only letters and digits can start one.
  if (/^[A-Za-z0-9]+$/.test(text)) parts.push(sql`lower(a.number) like ${`${text.toLowerCase()}%`}`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

/**
 * The zone's enterprises whose name contains the text. A text without case or spaces first goes
 * through the registry's name bigrams (GIN; written with every name, they hold each pair of the
 * name and the short name), so only the candidates are compared; otherwise every name of the zone.
 */
export async function findEnterpriseIdsNamed(db: DbOrTx, zoneId: string, text: string): Promise<string[]> {
  const conditions = [eq(enterprises.zoneId, zoneId), containsText(sql`${enterprises.name}`, text)];
  const pairs = bigrams(text);
  if (!hasCase(text) && !/\s/.test(text) && pairs.length > 0) {
    const array = sql.join(
      pairs.map((pair) => sql`${pair}`),
      sql`, `,
    );
    conditions.push(sql`${enterprises.nameBigrams} @> array[${array}]::text[]`);
  }
  const rows = await db
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(and(...conditions));
  return rows.map((row) => row.id);
}

/**
 * `column` contains `text`, ignoring case. Without letters that have a case (Chinese, digits,
 * punctuation) LIKE finds the same rows as ILIKE, several times faster: ILIKE lower-cases every
 * value it reads, which for multi-byte text costs more than the comparison itself.
 */
function containsText(column: SQL, text: string): SQL {
  const pattern = `%${escapeLike(text)}%`;
  return hasCase(text) ? sql`${column} ilike ${pattern}` : sql`${column} like ${pattern}`;
}

/** Whether the text has a letter that upper and lower case write differently. */
function hasCase(text: string): boolean {
  return text.toLowerCase() !== text || text.toUpperCase() !== text;
}

function uuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}
