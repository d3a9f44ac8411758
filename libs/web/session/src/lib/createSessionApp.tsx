import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { LOGIN_PATH, loginPath } from './login-path';
import type { AccountKind, SessionBackend } from './session-backend';
import { SessionRenewal } from './SessionRenewal';

/**
 * An app's root: its routes in the browser's router, its query cache, and what a lost session
 * means on every page. A 401 anywhere clears the cache and goes to the login page, which says
 * the session expired, and from there back to where the person was. With `kind`, a session that
 * runs out while the person works is renewed in place instead (SessionRenewal): log in again in a
 * dialog, and the waiting request (a form's save) completes.
 */
export function createSessionApp({ routes, backend, queryClient, kind }: { routes: RouteObject[]; backend: SessionBackend; queryClient: QueryClient; kind?: AccountKind }) {
  const router = createBrowserRouter(routes);
  backend.onSessionLost(() => {
    queryClient.clear();
    const { pathname, search } = router.state.location;
    if (!pathname.startsWith(LOGIN_PATH)) {
      void router.navigate(loginPath({ returnTo: pathname + search, notice: 'verlopen' }), { replace: true });
    }
  });

  return function App() {
    return (
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
        {kind ? <SessionRenewal kind={kind} backend={backend} /> : null}
      </QueryClientProvider>
    );
  };
}
