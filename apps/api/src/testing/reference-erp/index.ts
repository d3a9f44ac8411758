export * from './corporation';
export * from './loket-client';
export * from './schemas';
export * from './reference-erp';
export * from './verify-by-hand';
