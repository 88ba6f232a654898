// A spreadsheet read into records on the device, every row checked before anything is saved: the one
// way the import screens choose a file, show what is wrong or what will be saved, and save all of it in
// one transaction, or nothing.
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { EntityName } from '../../shared/entity-names.ts';
import type { EntityData } from '../db/schema.ts';
import { saveMany } from '../db/write.ts';
import { db } from '../runtime.ts';
import type { ImportError } from './import-errors.tsx';
import { readTable, UnreadableFileError, type Cell } from './read-table.ts';
import { storageFull } from './save-errors.ts';

/** What a file's rows became: the records to save, or what is wrong line by line. */
export interface FileRows<R> {
  rows: R[];
  errors: ImportError[];
}

export function useFileImport<
  E extends EntityName,
  R extends { id: string; data: Partial<EntityData<E>> },
>(
  entity: E,
  {
    read,
    savedTo,
  }: {
    /** The file's cells to rows and errors, checked against what the device holds now. */
    read: (table: Cell[][]) => Promise<FileRows<R>> | FileRows<R>;
    /** Where the screen goes once the rows are saved. */
    savedTo: string;
  },
) {
  const [, navigate] = useLocation();
  const [fileName, setFileName] = useState<string | null>(null);
  const [result, setResult] = useState<FileRows<R> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (file: File | undefined) => {
    setResult(null);
    setFailure(null);
    if (!file) return;
    setFileName(file.name);
    setBusy(true);
    try {
      setResult(await read(await readTable(file)));
    } catch (error) {
      setFailure(error instanceof UnreadableFileError ? error.message : 'Không đọc được tệp này.');
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!result || result.errors.length > 0) return;
    setBusy(true);
    try {
      await saveMany(
        db,
        entity,
        result.rows.map((row) => ({ id: row.id, values: row.data })),
      );
      navigate(savedTo);
    } catch (error) {
      // A full phone says so; anything else left the device's data as it was.
      setFailure(
        storageFull(error) ?? 'Chưa nhập được. Dữ liệu trên máy không thay đổi; hãy thử lại.',
      );
      setBusy(false);
    }
  };

  return { fileName, result, failure, busy, choose, confirm };
}
