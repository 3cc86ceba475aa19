/**
 * Routes `factdesk:bundled-record` (an esbuild virtual module) to the record
 * compiled from data/record, so extension modules that import it (packs.ts)
 * load in a unit test. Import after use-fake-vscode, before src/extension.
 */
import Module from 'node:module';
import path from 'node:path';

const STUB = path.join(__dirname, 'bundled-record-stub.ts');
type Resolve = (request: string, ...rest: unknown[]) => string;
const M = Module as unknown as { _resolveFilename: Resolve & { factdeskRecord?: true } };
if (!M._resolveFilename.factdeskRecord) {
  const original = M._resolveFilename;
  const patched = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'factdesk:bundled-record' ? STUB : original.call(this, request, ...rest);
  } as Resolve & { factdeskRecord?: true };
  patched.factdeskRecord = true;
  M._resolveFilename = patched;
}
