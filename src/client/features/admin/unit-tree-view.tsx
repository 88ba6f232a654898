// The unit tree on a chosen day: every unit with its type and code, searchable, those that had
// ended shown with what carried them on.
import { useMemo } from 'react';
import type { UnitState, UnitTree } from '../../../shared/units/unit-tree.ts';
import { fold } from '../../../shared/text/fold.ts';
import { UNIT_TYPE_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';

function Node({
  tree,
  unit,
  depth,
  matches,
  selected,
  onSelect,
}: {
  tree: UnitTree;
  unit: UnitState;
  depth: number;
  matches: (unit: UnitState) => boolean;
  selected: string | null;
  onSelect: (code: string) => void;
}) {
  const t = useT();
  const children = tree.children(unit.code).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const shownChildren = children.filter(
    (child) =>
      matches(child) || tree.children(child.code).some((grandchild) => matches(grandchild)),
  );
  return (
    <li className={`unit-node${unit.active ? '' : ' unit-node--ended'}`}>
      <button
        type="button"
        className={`unit-node__label${selected === unit.code ? ' unit-node__label--on' : ''}`}
        aria-pressed={selected === unit.code}
        onClick={() => onSelect(unit.code)}
      >
        <strong>{unit.name}</strong>{' '}
        <span className="muted">
          {t(UNIT_TYPE_LABEL[unit.type])} · {unit.code}
          {!unit.active &&
            unit.successors.length > 0 &&
            ` → ${unit.successors.map((code) => tree.name(code)).join(', ')}`}
        </span>
      </button>
      {shownChildren.length > 0 && depth < 3 && (
        <ul className="unit-tree">
          {shownChildren.map((child) => (
            <Node
              key={child.code}
              tree={tree}
              unit={child}
              depth={depth + 1}
              matches={matches}
              selected={selected}
              onSelect={onSelect}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

export function UnitTreeView({
  tree,
  query,
  showEnded,
  selected,
  onSelect,
}: {
  tree: UnitTree;
  query: string;
  showEnded: boolean;
  selected: string | null;
  onSelect: (code: string) => void;
}) {
  const roots = useMemo(
    () =>
      tree
        .all()
        .filter((unit) => unit.parentCode === null && (showEnded || unit.active))
        .sort((a, b) => Number(b.active) - Number(a.active)),
    [tree, showEnded],
  );
  const folded = fold(query);
  const matches = (unit: UnitState) =>
    (showEnded || unit.active) &&
    (folded === '' || fold(`${unit.name} ${unit.code}`).includes(folded));
  return (
    <ul className="unit-tree" aria-label="Cây đơn vị hành chính">
      {roots.map((root) => (
        <Node
          key={root.code}
          tree={tree}
          unit={root}
          depth={0}
          matches={matches}
          selected={selected}
          onSelect={onSelect}
        />
      ))}
    </ul>
  );
}
