import './lib/styles/loket.css';

export * from './lib/components/AddressLines';
export * from './lib/components/Button';
export * from './lib/components/ContractsList';
export * from './lib/components/fields';
export * from './lib/components/feedback';
export * from './lib/components/LanguageChoice';
export * from './lib/components/layout';
export * from './lib/components/LoadError';
export * from './lib/components/NotFoundPage';
export * from './lib/components/PhoneNumbers';
export * from './lib/format/format';
export * from './lib/hooks/useDocumentTitle';
export * from './lib/hooks/useFocusOnMount';
export * from './lib/i18n/i18n';
