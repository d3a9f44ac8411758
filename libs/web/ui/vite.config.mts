import { webLibraryConfig } from './vite.web.mjs';

export default webLibraryConfig('ui');
