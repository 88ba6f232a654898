import type { EntityName } from '../../shared/entities.ts';

/** The screen where a record of this entity is edited, for links from lists of changes. */
export function recordPath(entity: EntityName, id: string): string | null {
  switch (entity) {
    case 'forum':
      return `/forums/${id}`;
    case 'recommendation':
      return `/recommendations/${id}`;
    case 'training':
      return `/trainings/${id}/edit`;
    default:
      return null;
  }
}
