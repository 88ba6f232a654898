// A screen's filter: a labelled list to pick from, with an optional "all" entry first. The options
// are drawn by `Options`, shared with the form's `Select`.
import { Labelled } from './labelled.tsx';

export interface Option {
  value: string | number;
  label: string | number;
}

/** The <option>s of a list, after an empty entry when `empty` names it ("Tất cả", "Chọn…"). */
export function Options({ options, empty }: { options: readonly Option[]; empty?: string }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}

export function Filter({
  label,
  value,
  options,
  onChange,
  all,
}: {
  label: string;
  value: string | number;
  options: readonly Option[];
  /** Told the value picked, as text ('' for "all"). */
  onChange: (value: string) => void;
  /** The label of the entry that filters nothing, when there is one. */
  all?: string;
}) {
  return (
    <Labelled label={label}>
      {(id) => (
        <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
          <Options options={options} {...(all === undefined ? {} : { empty: all })} />
        </select>
      )}
    </Labelled>
  );
}
