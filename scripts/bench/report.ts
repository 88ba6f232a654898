// What a bench run found: figures (written to bench/results.json) and budgets (the table, and with
// --check the exit code).
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';

export interface Budget {
  name: string;
  value: number;
  unit: string;
  limit: number;
  /** 'max': value must be ≤ limit; 'min': value must be ≥ limit. */
  kind: 'max' | 'min';
}
export const budgets: Budget[] = [];
export const figures: Record<string, unknown> = {};
export function budget(
  name: string,
  value: number,
  unit: string,
  kind: 'max' | 'min',
  limit: number,
) {
  budgets.push({ name, value: Math.round(value * 100) / 100, unit, limit, kind });
}
export const log = (message: string) => console.log(`• ${message}`);

export function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** Writes bench/results.json, prints the table, and with `check` exits 1 when a budget is missed. */
export async function finish(began: number, check: boolean): Promise<void> {
  const missed = budgets.filter((b) => (b.kind === 'max' ? b.value > b.limit : b.value < b.limit));
  const results = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    seconds: Math.round((Date.now() - began) / 1000),
    budgets,
    missed: missed.map((b) => b.name),
    figures,
  };
  await mkdir('bench', { recursive: true });
  await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.table(
    budgets.map((b) => ({
      figure: b.name,
      value: `${b.value} ${b.unit}`.trim(),
      budget: `${b.kind === 'max' ? '≤' : '≥'} ${b.limit} ${b.unit}`.trim(),
      ok: missed.includes(b) ? 'MISSED' : 'ok',
    })),
  );
  console.log(`peak server memory: ${String(figures['peakServerMemoryMb'])} MB`);
  console.log(`bench/results.json written in ${results.seconds} s`);
  if (check && missed.length > 0) {
    console.error(`✖ budgets missed: ${missed.map((b) => b.name).join('; ')}`);
    process.exit(1);
  }
}
