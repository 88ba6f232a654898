// Every screen a route opens, by name: read by the type checker only (lazy-screens.ts). At run time
// each screen is loaded on first use, in a chunk of its own, from the file its name is spelled in
// (`ForumFormPage` from `forum-form-page.tsx`); lazy-screens.test.ts holds the list to that rule.
export { AccountPage } from '../features/account/account-page.tsx';
export { ForcedChangePage } from '../features/account/forced-change-page.tsx';
export { AccountsPage } from '../features/admin/accounts-page.tsx';
export { UnitsPage } from '../features/admin/units-page.tsx';
export { LoginPage } from '../features/auth/login-page.tsx';
export { FollowUpPage } from '../features/follow-up/follow-up-page.tsx';
export { ImportPage } from '../features/follow-up/import-page.tsx';
export { RespondPage } from '../features/follow-up/respond-page.tsx';
export { ForumFormPage } from '../features/forums/forum-form-page.tsx';
export { ForumsPage } from '../features/forums/forums-page.tsx';
export { ForwardingPage } from '../features/forwarding/forwarding-page.tsx';
export { PlanEditorPage } from '../features/plans/plan-editor-page.tsx';
export { PlansPage } from '../features/plans/plans-page.tsx';
export { RecommendationFormPage } from '../features/recommendations/recommendation-form-page.tsx';
export { RecommendationsPage } from '../features/recommendations/recommendations-page.tsx';
export { DashboardPage } from '../features/reports/dashboard-page.tsx';
export { LetterheadPage } from '../features/reports/letterhead-page.tsx';
export { PrintPage } from '../features/reports/print-page.tsx';
export { SubmissionsPage } from '../features/reports/submissions-page.tsx';
export { SyncPage } from '../features/sync-status/sync-page.tsx';
export { AttendancePrintPage } from '../features/trainings/attendance-print-page.tsx';
export { AttendanceSheetPage } from '../features/trainings/attendance-sheet-page.tsx';
export { TrainingFormPage } from '../features/trainings/training-form-page.tsx';
export { TrainingsPage } from '../features/trainings/trainings-page.tsx';
export { ImportProgrammePage } from '../features/work-programme/import-programme-page.tsx';
export { WorkProgrammePage } from '../features/work-programme/work-programme-page.tsx';
export { MorePage } from './more-page.tsx';
