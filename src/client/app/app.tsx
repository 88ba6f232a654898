// The app shell: sign-in gate, layout and routes. Everything below it reads from the device's
// database, so every screen works offline.
import { Suspense, useEffect } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { HomePage } from '../features/home/home-page.tsx';
import { useT } from '../i18n/locale.ts';
import { engine } from '../runtime.ts';
import { useSessionState } from '../session/store.ts';
import { Layout } from './layout.tsx';
import { lazyScreen } from './lazy-screen.ts';
import { ScreenBoundary } from './screen-boundary.tsx';

// Screens load on first use: the first visit over 3G downloads the shell and the home screen only.
// All of them are precached by the service worker, so they open offline all the same.
const LoginPage = lazyScreen(() => import('../features/auth/login-page.tsx'), 'LoginPage');
const ForumsPage = lazyScreen(() => import('../features/forums/forums-page.tsx'), 'ForumsPage');
const ForumFormPage = lazyScreen(
  () => import('../features/forums/forum-form-page.tsx'),
  'ForumFormPage',
);
const RecommendationsPage = lazyScreen(
  () => import('../features/recommendations/recommendations-page.tsx'),
  'RecommendationsPage',
);
const RecommendationFormPage = lazyScreen(
  () => import('../features/recommendations/recommendation-form-page.tsx'),
  'RecommendationFormPage',
);
const TrainingsPage = lazyScreen(
  () => import('../features/trainings/trainings-page.tsx'),
  'TrainingsPage',
);
const TrainingFormPage = lazyScreen(
  () => import('../features/trainings/training-form-page.tsx'),
  'TrainingFormPage',
);
const AttendanceSheetPage = lazyScreen(
  () => import('../features/trainings/attendance-sheet-page.tsx'),
  'AttendanceSheetPage',
);
const AttendancePrintPage = lazyScreen(
  () => import('../features/trainings/attendance-print-page.tsx'),
  'AttendancePrintPage',
);
const FollowUpPage = lazyScreen(
  () => import('../features/follow-up/follow-up-page.tsx'),
  'FollowUpPage',
);
const RespondPage = lazyScreen(
  () => import('../features/follow-up/respond-page.tsx'),
  'RespondPage',
);
const ImportPage = lazyScreen(() => import('../features/follow-up/import-page.tsx'), 'ImportPage');
const ForwardingPage = lazyScreen(
  () => import('../features/forwarding/forwarding-page.tsx'),
  'ForwardingPage',
);
const WorkProgrammePage = lazyScreen(
  () => import('../features/work-programme/work-programme-page.tsx'),
  'WorkProgrammePage',
);
const DashboardPage = lazyScreen(
  () => import('../features/reports/dashboard-page.tsx'),
  'DashboardPage',
);
const PrintPage = lazyScreen(() => import('../features/reports/print-page.tsx'), 'PrintPage');
const AccountPage = lazyScreen(() => import('../features/account/account-page.tsx'), 'AccountPage');
const ForcedChangePage = lazyScreen(
  () => import('../features/account/forced-change-page.tsx'),
  'ForcedChangePage',
);
const SubmissionsPage = lazyScreen(
  () => import('../features/reports/submissions-page.tsx'),
  'SubmissionsPage',
);
const LetterheadPage = lazyScreen(
  () => import('../features/reports/letterhead-page.tsx'),
  'LetterheadPage',
);
const AccountsPage = lazyScreen(
  () => import('../features/admin/accounts-page.tsx'),
  'AccountsPage',
);
const UnitsPage = lazyScreen(() => import('../features/admin/units-page.tsx'), 'UnitsPage');
const PlansPage = lazyScreen(() => import('../features/plans/plans-page.tsx'), 'PlansPage');
const PlanEditorPage = lazyScreen(
  () => import('../features/plans/plan-editor-page.tsx'),
  'PlanEditorPage',
);
const ImportProgrammePage = lazyScreen(
  () => import('../features/work-programme/import-programme-page.tsx'),
  'ImportProgrammePage',
);
const MorePage = lazyScreen(() => import('./more-page.tsx'), 'MorePage');
const SyncPage = lazyScreen(() => import('../features/sync-status/sync-page.tsx'), 'SyncPage');

const opening = <p className="splash">Đang mở…</p>;

function NotFound() {
  const t = useT();
  return <p>{t('Không tìm thấy trang này.')}</p>;
}

export function App() {
  const session = useSessionState();
  const [location] = useLocation();
  // A one-time password opens nothing but the screen to change it: no sync before that.
  const signedIn =
    session.status === 'signed-in' && session.session.user.mustChangePassword !== true;
  const role = session.status === 'signed-in' ? session.session.user.role : null;
  useEffect(() => {
    if (!signedIn) return;
    engine.start();
    return () => engine.stop();
  }, [signedIn]);
  useEffect(() => {
    // Staff devices keep the report tools for offline use (docs/decisions/0006).
    if (role)
      void import('../features/reports/warm-office.ts').then((m) => m.warmOfficeTools(role));
  }, [role]);

  if (session.status === 'loading') return opening;
  if (session.status === 'signed-out')
    return (
      <Suspense fallback={opening}>
        <LoginPage username={session.lastUsername} />
      </Suspense>
    );
  if (session.status === 'expired')
    return (
      <Suspense fallback={opening}>
        <LoginPage
          username={session.session.user.username}
          expired
          {...(session.disabled ? { disabledUser: session.session.user } : {})}
        />
      </Suspense>
    );
  if (session.session.user.mustChangePassword)
    return (
      <Suspense fallback={opening}>
        <ForcedChangePage />
      </Suspense>
    );
  return (
    <Layout>
      <ScreenBoundary location={location}>
        <Suspense fallback={opening}>
          <Switch>
            <Route path="/" component={HomePage} />
            <Route path="/forums" component={ForumsPage} />
            <Route path="/forums/new">{() => <ForumFormPage />}</Route>
            <Route path="/forums/:id">{(params) => <ForumFormPage id={params.id} />}</Route>
            <Route path="/recommendations" component={RecommendationsPage} />
            <Route path="/recommendations/new">{() => <RecommendationFormPage />}</Route>
            <Route path="/recommendations/:id">
              {(params) => <RecommendationFormPage id={params.id} />}
            </Route>
            <Route path="/trainings" component={TrainingsPage} />
            <Route path="/trainings/new">{() => <TrainingFormPage />}</Route>
            <Route path="/trainings/:id/edit">
              {(params) => <TrainingFormPage id={params.id} />}
            </Route>
            <Route path="/trainings/:id/sheet">
              {(params) => <AttendancePrintPage id={params.id} />}
            </Route>
            <Route path="/trainings/:id/attendance">
              {(params) => <AttendanceSheetPage id={params.id} />}
            </Route>
            <Route path="/follow-up" component={FollowUpPage} />
            <Route path="/follow-up/import" component={ImportPage} />
            <Route path="/follow-up/:id">{(params) => <RespondPage id={params.id} />}</Route>
            <Route path="/forwarding" component={ForwardingPage} />
            <Route path="/work-programme" component={WorkProgrammePage} />
            <Route path="/work-programme/import" component={ImportProgrammePage} />
            <Route path="/reports" component={DashboardPage} />
            <Route path="/reports/submissions" component={SubmissionsPage} />
            <Route path="/reports/letterhead" component={LetterheadPage} />
            <Route path="/reports/print/:year">
              {(params) => <PrintPage year={Number(params.year)} />}
            </Route>
            <Route path="/more" component={MorePage} />
            <Route path="/account" component={AccountPage} />
            <Route path="/plans" component={PlansPage} />
            <Route path="/plans/:id">
              {(params) => <PlanEditorPage id={decodeURIComponent(params.id)} />}
            </Route>
            <Route path="/admin/accounts" component={AccountsPage} />
            <Route path="/admin/units" component={UnitsPage} />
            <Route path="/sync" component={SyncPage} />
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </ScreenBoundary>
    </Layout>
  );
}
