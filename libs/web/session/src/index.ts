export { createSessionApp } from './lib/createSessionApp';
export { LoginPage } from './lib/LoginPage';
export { LOGIN_PATH, loginPath, safeNextPath } from './lib/login-path';
export { RequireSession } from './lib/RequireSession';
export { SessionRenewal } from './lib/SessionRenewal';
export type { AccountKind, ErrorInfo, SessionBackend, SessionProps } from './lib/session-backend';
export { sessionTexts } from './lib/texts/texts';
export { UserArea } from './lib/UserArea';
