// The app shell: sign-in gate, layout and routes. Everything below it reads from the device's
// database, so every screen works offline.
import { useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { LoginPage } from '../features/auth/login-page.tsx';
import { ForumFormPage } from '../features/forums/forum-form-page.tsx';
import { ForumsPage } from '../features/forums/forums-page.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { RecommendationFormPage } from '../features/recommendations/recommendation-form-page.tsx';
import { RecommendationsPage } from '../features/recommendations/recommendations-page.tsx';
import { SyncPage } from '../features/sync-status/sync-page.tsx';
import { engine } from '../runtime.ts';
import { useSessionState } from '../session/store.ts';
import { Layout } from './layout.tsx';

export function App() {
  const session = useSessionState();
  const signedIn = session.status === 'signed-in';
  useEffect(() => {
    if (!signedIn) return;
    engine.start();
    return () => engine.stop();
  }, [signedIn]);

  if (session.status === 'loading') return <p className="splash">Đang mở…</p>;
  if (session.status === 'signed-out') return <LoginPage username={session.lastUsername} />;
  if (session.status === 'expired')
    return <LoginPage username={session.session.user.username} expired />;
  return (
    <Layout>
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
    </Layout>
  );
}
