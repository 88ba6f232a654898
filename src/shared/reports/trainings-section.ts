// Section V: trainings before the forums, and who took part. One definition (docs/reports.md § V):
// trainings whose first day is in the year, within the area; their attendees counted by role and
// gender (children counted, never named), those present at least one day, and the children whose
// guardian agreed.
import { ATTENDEE_ROLES, type AttendeeRole } from '../schemas/training.ts';
import { GENDERS, type Gender } from '../schemas/recommendation.ts';
import { inArea, yearOfDate, type ReportInput } from './report-input.ts';

export interface TrainingsSection {
  trainings: number;
  /** Attendees by role, and by gender within each role. */
  byRole: Record<
    AttendeeRole,
    { total: number; present: number; byGender: Record<Gender, number> }
  >;
  attendees: number;
  present: number;
  childrenWithConsent: number;
}

export function trainingsSection(input: ReportInput): TrainingsSection {
  const trainings = new Set(
    input.trainings
      .filter((t) => yearOfDate(t.date) === input.year && inArea(input, t.unitCode))
      .map((t) => t.id),
  );
  const presentIds = new Set(
    input.attendance
      .filter((a) => a.present && trainings.has(a.trainingId))
      .map((a) => a.attendeeId),
  );
  // Object.fromEntries forgets the keys' types; every role and gender is filled in here.
  const byRole = Object.fromEntries(
    ATTENDEE_ROLES.map((role) => [
      role,
      { total: 0, present: 0, byGender: Object.fromEntries(GENDERS.map((g) => [g, 0])) },
    ]),
  ) as TrainingsSection['byRole'];
  let attendees = 0;
  let present = 0;
  let childrenWithConsent = 0;
  for (const person of input.attendees) {
    if (!trainings.has(person.trainingId)) continue;
    const row = byRole[person.role];
    row.total += 1;
    row.byGender[person.gender] += 1;
    attendees += 1;
    if (presentIds.has(person.id)) {
      row.present += 1;
      present += 1;
    }
    if (person.role === 'child' && person.guardianConsent === true) childrenWithConsent += 1;
  }
  return { trainings: trainings.size, byRole, attendees, present, childrenWithConsent };
}
