// The Node entry, `@org/cs-metrics/io`: reading CSV, JSON lines and JSON exports into the library's
// records. Kept apart from the main entry, which runs anywhere (browsers, workers, Deno) and imports
// no Node built-in; this one streams files with csv-parse and Node streams.
export { CRM_MAPPINGS, type CrmMappingName } from './crm-mappings.js';
export { type ColumnMapping, type CopyRule, defineMapping } from './mapping.js';
export { type ReadRecordsOptions, type RecordSource, readRecords } from './read.js';
export type { RecordOfType, RecordTypeMap } from './record-types.js';
