import { webAppConfig } from '../../libs/web/ui/vite.web.mjs';

export default webAppConfig({ app: 'portal', port: 4200 });
