export { CaseCustomer, SafetyBanner } from './components/SafetyBanner';
export { CurrentCustomer, CurrentCustomerLine, customerRef, useCurrentCustomer } from './components/CurrentCustomer';
