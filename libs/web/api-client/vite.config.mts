import { webLibraryConfig } from '../ui/vite.web.mjs';

export default webLibraryConfig('api-client');
