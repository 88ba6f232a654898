// The app shell: sign-in gate, layout and routes. Everything below it reads from the device's
// database, so every screen works offline.
import { lazy, Suspense, useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { HomePage } from '../features/home/home-page.tsx';
import { engine } from '../runtime.ts';
import { useSessionState } from '../session/store.ts';
import { Layout } from './layout.tsx';

// Screens load on first use: the first visit over 3G downloads the shell and the home screen only.
// All of them are precached by the service worker, so they open offline all the same.
const LoginPage = lazy(() =>
  import('../features/auth/login-page.tsx').then((m) => ({ default: m.LoginPage })),
);
const ForumsPage = lazy(() =>
  import('../features/forums/forums-page.tsx').then((m) => ({ default: m.ForumsPage })),
);
const ForumFormPage = lazy(() =>
  import('../features/forums/forum-form-page.tsx').then((m) => ({ default: m.ForumFormPage })),
);
const RecommendationsPage = lazy(() =>
  import('../features/recommendations/recommendations-page.tsx').then((m) => ({
    default: m.RecommendationsPage,
  })),
);
const RecommendationFormPage = lazy(() =>
  import('../features/recommendations/recommendation-form-page.tsx').then((m) => ({
    default: m.RecommendationFormPage,
  })),
);
const SyncPage = lazy(() =>
  import('../features/sync-status/sync-page.tsx').then((m) => ({ default: m.SyncPage })),
);

const opening = <p className="splash">Đang mở…</p>;

export function App() {
  const session = useSessionState();
  const signedIn = session.status === 'signed-in';
  useEffect(() => {
    if (!signedIn) return;
    engine.start();
    return () => engine.stop();
  }, [signedIn]);

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
        <LoginPage username={session.session.user.username} expired />
      </Suspense>
    );
  return (
    <Layout>
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
          <Route path="/sync" component={SyncPage} />
          <Route>
            <p>Không tìm thấy trang này.</p>
          </Route>
        </Switch>
      </Suspense>
    </Layout>
  );
}
