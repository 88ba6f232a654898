// The theme codes each plan's recommendations use: a theme in use may be reworded or retired, not
// removed (shared/plans/plan-year.ts § themeProblems).
import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';

export async function themesInUse(
  db: Executor,
  planIds: string[],
): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  if (planIds.length === 0) return found;
  const rows = await db.execute<{ plan: string; theme: string }>(sql`
    SELECT DISTINCT data->>'planId' AS plan, data->>'themeCode' AS theme
    FROM records
    WHERE entity = 'recommendation' AND NOT deleted
      AND data->>'planId' IN (SELECT jsonb_array_elements_text(${JSON.stringify(planIds)}::jsonb))`);
  for (const row of rows.rows) {
    const themes = found.get(row.plan) ?? new Set<string>();
    themes.add(row.theme);
    found.set(row.plan, themes);
  }
  return found;
}
