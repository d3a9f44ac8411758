import { createQueryClient, sessionBackend } from '@loket/web/api-client';
import { createSessionApp } from '@loket/web/session';
import { routes } from './routes';

// A session that runs out while the agent works: log in again in place, and the save completes.
// Giving up there (or a 401 without a session) goes to the login, then back to where the agent was.
export const App = createSessionApp({ routes, backend: sessionBackend, queryClient: createQueryClient(), kind: 'staff' });

export default App;
