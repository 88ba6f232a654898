// A table of figures as every report screen shows it: scrolling sideways in its own named box on a
// phone, a header row, and the totals row set apart.
import type { ReactNode } from 'react';
import { scrollRegion } from './scroll-region.ts';

export interface FigureRow {
  key: string | number;
  cells: ReactNode[];
  /** The totals row, drawn apart from the others. */
  total?: boolean;
}

/** `label` and `headers` are shown as given: the caller translates them. */
export function FigureTable({
  label,
  headers,
  rows,
}: {
  label: string;
  headers: ReactNode[];
  rows: FigureRow[];
}) {
  return (
    <div className="table-scroll" {...scrollRegion(label)}>
      <table className="table" aria-label={label}>
        <thead>
          <tr>
            {headers.map((header, index) => (
              <th key={index}>{header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.total ? 'table__total' : ''}>
              {row.cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
