// The app shell: sign-in gate, layout and routes. Everything below it reads from the device's
// database, so every screen works offline.
import { Suspense, useEffect } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { HomePage } from '../features/home/home-page.tsx';
import { useT } from '../i18n/locale.ts';
import { engine } from '../runtime.ts';
import { useSessionState } from '../session/store.ts';
import { Layout } from './layout.tsx';
import { screens } from './lazy-screens.ts';
import { ScreenBoundary } from './screen-boundary.tsx';

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
        <screens.LoginPage username={session.lastUsername} />
      </Suspense>
    );
  if (session.status === 'expired')
    return (
      <Suspense fallback={opening}>
        <screens.LoginPage
          username={session.session.user.username}
          expired
          {...(session.disabled ? { disabledUser: session.session.user } : {})}
        />
      </Suspense>
    );
  if (session.session.user.mustChangePassword)
    return (
      <Suspense fallback={opening}>
        <screens.ForcedChangePage />
      </Suspense>
    );
  return (
    <Layout>
      <ScreenBoundary location={location}>
        <Suspense fallback={opening}>
          <Switch>
            <Route path="/" component={HomePage} />
            <Route path="/forums" component={screens.ForumsPage} />
            <Route path="/forums/new" component={screens.ForumFormPage} />
            <Route path="/forums/:id" component={screens.ForumFormPage} />
            <Route path="/recommendations" component={screens.RecommendationsPage} />
            <Route path="/recommendations/new" component={screens.RecommendationFormPage} />
            <Route path="/recommendations/:id" component={screens.RecommendationFormPage} />
            <Route path="/trainings" component={screens.TrainingsPage} />
            <Route path="/trainings/new" component={screens.TrainingFormPage} />
            <Route path="/trainings/:id/edit" component={screens.TrainingFormPage} />
            <Route path="/trainings/:id/sheet" component={screens.AttendancePrintPage} />
            <Route path="/trainings/:id/attendance" component={screens.AttendanceSheetPage} />
            <Route path="/follow-up" component={screens.FollowUpPage} />
            <Route path="/follow-up/import" component={screens.ImportPage} />
            <Route path="/follow-up/:id" component={screens.RespondPage} />
            <Route path="/forwarding" component={screens.ForwardingPage} />
            <Route path="/work-programme" component={screens.WorkProgrammePage} />
            <Route path="/work-programme/import" component={screens.ImportProgrammePage} />
            <Route path="/reports" component={screens.DashboardPage} />
            <Route path="/reports/submissions" component={screens.SubmissionsPage} />
            <Route path="/reports/letterhead" component={screens.LetterheadPage} />
            <Route path="/reports/print/:year" component={screens.PrintPage} />
            <Route path="/more" component={screens.MorePage} />
            <Route path="/account" component={screens.AccountPage} />
            <Route path="/plans" component={screens.PlansPage} />
            <Route path="/plans/:id" component={screens.PlanEditorPage} />
            <Route path="/admin/accounts" component={screens.AccountsPage} />
            <Route path="/admin/units" component={screens.UnitsPage} />
            <Route path="/sync" component={screens.SyncPage} />
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </ScreenBoundary>
    </Layout>
  );
}
