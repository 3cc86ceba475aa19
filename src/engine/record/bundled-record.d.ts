// Resolved by esbuild.js: the bundled record, validated and compiled at build time.
declare module 'factdesk:bundled-record' {
  import type { CompiledRecord } from './load';
  const record: CompiledRecord;
  export default record;
}
