import assert from 'node:assert/strict';
import {
  codeValue,
  diagnosticsFor,
  DIAGNOSTIC_SOURCE,
  findingForDiagnostic,
  toDiagnosticData,
} from '../../../src/extension/logic/diagnostics';
import { DEFAULT_SETTINGS } from '../../../src/extension/logic/settings';
import { check, findingFor, H200 } from './fixtures';

const severity = DEFAULT_SETTINGS.severity;

describe('findings → diagnostics', () => {
  it('maps a contradicted claim to an error: a one-row message, correction first; a readable code that opens the fact card', () => {
    const f = findingFor(H200, 'h200.memory_capacity');
    const d = toDiagnosticData(f, severity)!;
    assert.equal(d.severity, 'error');
    assert.equal(d.source, DIAGNOSTIC_SOURCE);
    assert.equal(d.source, 'Fact Desk');
    assert.deepEqual(d.code, {
      value: 'memory',
      target: `command:factdesk.showFactCard?${encodeURIComponent('["nvidia-h200"]')}`,
    });
    assert.equal(d.message, f.message);
    assert.equal(d.message, 'H200 memory: 141 GB in the record, not 80 GB');
    // The as-of date, the dispute and the sources go to related information, strongest source first.
    assert.match(d.related[0]!, /the record says 141 GB \(as of \d{4}-\d{2}-\d{2}\)\. Sources disagree/);
    assert.match(d.related[1]!, /^Source \(primary\): /);
    assert.equal(d.related.length, 2);
    assert.match(d.related[1]!, /\(\+\d+ more in the hover and the fact card\)$/);
    assert.deepEqual(d.range, f.range);
    assert.equal(H200.slice(d.range.start.character, d.range.end.character), '80 GB');
  });

  it('takes the severity of each verdict from the settings, and "off" drops it', () => {
    const f = findingFor(H200, 'h200.memory_capacity');
    assert.equal(toDiagnosticData(f, { ...severity, contradicted: 'hint' })!.severity, 'hint');
    assert.equal(toDiagnosticData(f, { ...severity, contradicted: 'off' }), undefined);
    const disputed = findingFor("Huawei's Ascend 910C has 64 GB of memory.", 'ascend-910c.memory_capacity');
    assert.equal(disputed.verdict, 'disputed');
    assert.equal(toDiagnosticData(disputed, severity)!.severity, 'information');
    assert.equal(toDiagnosticData(disputed, { ...severity, disputed: 'warning' })!.severity, 'warning');
  });

  it('shows a claim inside a quotation as information at most', () => {
    const f = findingFor(`> ${H200}`, 'h200.memory_capacity');
    assert.equal(f.quoted, true);
    assert.equal(toDiagnosticData(f, severity)!.severity, 'information');
    assert.equal(toDiagnosticData(f, { ...severity, contradicted: 'hint' })!.severity, 'hint');
  });

  it('a value only weak pages give is a warning at most, whatever the setting (red is earned by sources)', () => {
    const f = findingFor(H200, 'h200.memory_capacity');
    const weak = { ...f, sourceTier: 'weak' as const, severity: 'warning' as const };
    assert.equal(toDiagnosticData(weak, severity)!.severity, 'warning');
    assert.equal(
      toDiagnosticData(weak, { ...severity, contradicted: 'information' })!.severity,
      'information',
      'a milder setting stands',
    );
    assert.equal(toDiagnosticData(weak, { ...severity, contradicted: 'off' }), undefined);
    assert.equal(
      toDiagnosticData({ ...weak, verdict: 'outdated' as const }, { ...severity, outdated: 'error' })!.severity,
      'warning',
    );
    assert.notEqual(f.sourceTier, 'weak');
    assert.equal(toDiagnosticData(f, severity)!.severity, 'error', 'a stronger source keeps it red');
  });

  it('never reports supported claims', () => {
    const r = check("Huawei's Ascend 910C has 64 GB of memory.");
    assert.ok(r.findings.some((f) => f.verdict === 'supported'));
    const ds = diagnosticsFor(r.findings, severity);
    assert.deepEqual(
      ds.map((d) => d.verdict),
      ['disputed'],
    );
  });

  it('finds the finding back from a diagnostic range and code', () => {
    const r = check(H200);
    const [a, b] = diagnosticsFor(r.findings, severity);
    assert.equal(findingForDiagnostic(r.findings, a!.range, a!.code)?.factId, 'h200.memory_capacity');
    assert.equal(
      findingForDiagnostic(r.findings, b!.range, { value: b!.factId, target: 'x' })?.factId,
      'h200.memory_type',
    );
    assert.equal(findingForDiagnostic(r.findings, a!.range, 'other.fact'), undefined);
    assert.equal(codeValue(7), '7');
    assert.equal(codeValue(undefined), undefined);
  });
});
