export { CaseOwnership } from './components/CaseOwnership';
export { ForwardDialog } from './components/ForwardDialog';
export { useClaimCase, useForwardCase } from './api/forward';
