export * from './lib/enums';
export * from './lib/api';
export * from './lib/labels';
export * from './lib/contact-log';
export * from './lib/sla';
export * from './lib/callbacks';
export * from './lib/knowledge-base';
export * from './lib/access-log';
