/**
 * Routes `require('vscode')` to fake-vscode.ts for the extension modules a
 * hardening test imports. Import this module FIRST (before anything under
 * src/extension). Only the request "vscode" is redirected; no other unit test
 * imports it, and the real-host tests run in their own process.
 */
import Module from 'node:module';
import path from 'node:path';

const FAKE = path.join(__dirname, 'fake-vscode.ts');
type Resolve = (request: string, ...rest: unknown[]) => string;
const M = Module as unknown as { _resolveFilename: Resolve & { factdeskFake?: true } };
if (!M._resolveFilename.factdeskFake) {
  const original = M._resolveFilename;
  const patched = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'vscode' ? FAKE : original.call(this, request, ...rest);
  } as Resolve & { factdeskFake?: true };
  patched.factdeskFake = true;
  M._resolveFilename = patched;
}
