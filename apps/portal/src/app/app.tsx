import { createQueryClient, sessionBackend } from '@loket/web/api-client';
import { createSessionApp } from '@loket/web/session';
import { routes } from './routes';

// A 401 anywhere means the session is gone: back to the login, then back to where the tenant was.
export const App = createSessionApp({ routes, backend: sessionBackend, queryClient: createQueryClient() });

export default App;
