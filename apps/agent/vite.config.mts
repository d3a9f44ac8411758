import { webAppConfig } from '../../libs/web/ui/vite.web.mjs';

export default webAppConfig({ app: 'agent', port: 4300 });
