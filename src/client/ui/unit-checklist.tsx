// Units to tick, folded under a line that says what is chosen: which units a plan's deadline or a
// work-programme activity concerns.

interface UnitChecklistProps {
  summary: string;
  units: readonly { code: string; name: string }[];
  chosen: readonly string[];
  onChange: (codes: string[]) => void;
  /** Shows each unit's code beside its name, where names repeat across districts. */
  withCodes?: boolean;
  className?: string;
}

export function UnitChecklist({
  summary,
  units,
  chosen,
  onChange,
  withCodes = false,
  className,
}: UnitChecklistProps) {
  const toggle = (code: string) =>
    onChange(chosen.includes(code) ? chosen.filter((c) => c !== code) : [...chosen, code]);
  return (
    <details className={className}>
      <summary>{summary}</summary>
      <ul className="checklist">
        {units.map((unit) => (
          <li key={unit.code}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(unit.code)}
                onChange={() => toggle(unit.code)}
              />
              {unit.name}
              {withCodes && <span className="muted"> ({unit.code})</span>}
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
