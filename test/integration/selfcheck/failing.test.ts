import * as assert from 'assert';
import * as vscode from 'vscode';

// Built into dist-test/integration-selfcheck/ only. `node test/integration/run.js --selfcheck`
// runs it to prove the harness reports a failure (exit 1) instead of a vacuous pass.
describe('harness self-check', () => {
  it('passes a real assertion inside the extension host', () => {
    assert.strictEqual(typeof vscode.version, 'string');
  });

  it('fails on purpose', () => {
    assert.strictEqual(1 + 1, 3, 'deliberate failure: the harness must exit 1');
  });
});
