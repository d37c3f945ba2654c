export * from './labels.ts';
export * from './provinces.ts';
export * from './countries.ts';
export * from './specific-needs.ts';
export * from './relationships.ts';
export * from './document-types.ts';
export * from './languages.ts';
