// Hashed assets of every build this server has served, kept after a deploy replaces them, so a tab
// still running the previous version can load its lazy chunks until the user agrees to update.
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

const HASHED = /^[\w.-]+-[\w-]{8}\.(js|css|woff2|png|svg)$/;

/** Copies the current build's assets into the archive; returns the archive folder, or null. */
export async function archiveAssets(staticDir: string, archiveDir: string): Promise<string | null> {
  const assets = join(staticDir, 'assets');
  let names: string[];
  try {
    names = await readdir(assets);
  } catch {
    return null;
  }
  try {
    await mkdir(archiveDir, { recursive: true });
    for (const name of names.filter((file) => HASHED.test(file))) {
      const target = join(archiveDir, name);
      const exists = await stat(target).then(
        () => true,
        () => false,
      );
      if (!exists) await copyFile(join(assets, name), target);
    }
    return archiveDir;
  } catch {
    // The archive is a courtesy to old tabs; a read-only data folder must not stop the server.
    return null;
  }
}

/** The archived file name for a request path under /assets/, or null when it is not one. */
export function archivedName(url: string): string | null {
  if (!url.startsWith('/assets/')) return null;
  const name = basename(url);
  return HASHED.test(name) && `/assets/${name}` === url ? name : null;
}
