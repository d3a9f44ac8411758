/** Shared with the other forms of the agent app (see @loket/web/ui). */
export { submitOnCtrlEnter } from '@loket/web/ui';
