export { CaseList } from './components/CaseList';
export { CasePage } from './components/CasePage';
export { ContactItem } from './components/ContactItem';
export { ContactPanel } from './components/ContactPanel';
export { ContactSection } from './components/ContactSection';
export { Timeline } from './components/Timeline';
export { amsterdamLocalToIso } from './hooks/amsterdam-time';
