// Changes to the unit tree, made by administrators through the server (docs/units.md). The tree
// itself reaches every device through sync, so the screen reads it offline.
import type { UnitLevel, UnitType } from '../../../shared/schemas/unit.ts';
import { api } from '../../runtime.ts';

export interface NewUnitInput {
  code: string;
  name: string;
  type: UnitType;
  level: UnitLevel;
  parentCode: string | null;
  validFrom?: string | null;
}

const path = (code: string) => `/api/admin/units/${encodeURIComponent(code)}`;

export const createUnit = (input: NewUnitInput) => api.post('/api/admin/units', input);

export const editUnit = (
  code: string,
  edit: { effective: string | null; name?: string; type?: UnitType; parentCode?: string | null },
) => api.post(`${path(code)}/edit`, edit);

export const mergeUnits = (input: {
  sources: string[];
  into: string | NewUnitInput;
  effective: string;
  moveAccounts: boolean;
}) => api.post('/api/admin/units/merge', input);

export const splitUnit = (code: string, input: { effective: string; into: NewUnitInput[] }) =>
  api.post(`${path(code)}/split`, input);

export const endUnit = (code: string, input: { effective: string; successors: string[] }) =>
  api.post(`${path(code)}/end`, input);
