/**
 * A title whose dateNote says it was made from the page's URL ("Title from the URL", "title taken from
 * the URL slug", "title paraphrased") reads like a headline nobody read, so `record test` refuses it
 * unless the title is plainly a description of the page ("Report on …", "Client alert on …").
 */
import assert from 'node:assert/strict';
import { isDescriptiveTitle, placeholderTitleReason, sourceConsistency } from '../../../../src/engine';
import { bundledRecord } from '../../../helpers/record';

const HEADLINE_LIKE = "Nvidia's Jensen Huang: China is going to win the AI race";

describe('record: titles made from the URL must be descriptions', () => {
  it('a headline-like title fails when its dateNote says it came from the URL, however the note words it', () => {
    for (const note of [
      'Title from the URL.',
      'Date and title from the URL path.',
      'No date in the stored text; title taken from the URL slug.',
      '"Last Updated : Oct 10 2025"; title paraphrased from the URL slug.',
      'Title shortened from the URL.',
      'Date from the URL path; title paraphrased.',
      'The agency says it reports "via Reuters"; title from the URL.',
    ]) {
      assert.match(placeholderTitleReason(HEADLINE_LIKE, note) ?? '', /made from the URL/, note);
    }
  });

  it('the same notes pass when the title describes the page', () => {
    for (const title of [
      'Report on Jensen Huang saying China is going to win the AI race',
      "Bloomberg report on Huawei's plan to double output of its top AI chip",
      'Client alert on China suspending export controls on certain critical-minerals items',
      "Report (Spanish) on Nvidia's announcement of the H200 accelerator with 141 GB of HBM3e",
      'Reuters report (as run by Deccan Chronicle) on DeepSeek training an AI model on Blackwell chips',
      'Blog post on the US-Malaysia Agreement on Reciprocal Trade and its key terms',
      "Report relaying Reuters on Nvidia's plan to begin shipping H200 chips to China by mid-February",
    ]) {
      assert.ok(isDescriptiveTitle(title), title);
      assert.equal(placeholderTitleReason(title, 'Date and title from the URL path.'), undefined, title);
    }
  });

  it('a headline that merely contains a page word is not a description', () => {
    for (const title of [
      "Trump's tariff report on chips sparks a sell-off",
      'Report says Nvidia will resume H20 sales to China',
      'Nvidia reports a truly astonishing $193.7 billion in annual data center revenue',
      'China Suspends Export Controls on Certain Critical Minerals-Related Items',
      'Reporter on the chip beat quits',
    ]) {
      assert.equal(isDescriptiveTitle(title), false, title);
      assert.ok(placeholderTitleReason(title, 'Title from the URL.'), title);
    }
  });

  it('a dateNote that takes only the date from the URL, or only mentions the slug, leaves a headline alone', () => {
    for (const note of [
      'Date from the URL path (/2023/11/27/).',
      "month from the URL; the page names 14 Jan 2026 as the proclamation's date",
      "No date in the stored text; the URL slug says 'h20', but the page is the H200 article its title names.",
      'Headline as read on the page (re-opened with the search tool on 2026-12-07).',
    ]) {
      assert.equal(placeholderTitleReason(HEADLINE_LIKE, note), undefined, note);
    }
    assert.equal(placeholderTitleReason(HEADLINE_LIKE), undefined, 'no dateNote');
  });

  it('record test reports such a source with its id and where it is defined', () => {
    const base = bundledRecord();
    const good = base.sources.find((s) => s.id === 'tomshardware-h20-writeoff')!;
    const slugged = {
      ...good,
      id: 'url-titled',
      url: 'https://www.tomshardware.com/y',
      title: HEADLINE_LIKE,
      dateNote: 'Title from the URL.',
    };
    const problems = sourceConsistency({ publishers: base.publishers, sources: [...base.sources, slugged] });
    assert.deepEqual(
      problems.map((p) => `${p.check} ${p.sourceId}`),
      ['placeholder-title url-titled'],
    );
    assert.match(problems[0]!.message, /was made from the URL \(or paraphrased\), as its dateNote says/);
    assert.equal(problems[0]!.origin, `${good.origin.file}:${good.origin.line}`);
  });

  it('the bundled record: every title its dateNote says came from the URL is a description, and the two headlines read', () => {
    const sources = bundledRecord().sources;
    assert.deepEqual(
      sources.filter((s) => placeholderTitleReason(s.title, s.dateNote)).map((s) => `${s.id}: ${s.title}`),
      [],
    );
    const read = new Map(
      sources.filter((s) => /Headline as read on the page/.test(s.dateNote ?? '')).map((s) => [s.id, s.title]),
    );
    assert.equal(
      read.get('reportaz-reuters-huang-ai-race-2025'),
      "Nvidia's Jensen Huang: 'China going to win AI race'",
    );
    assert.match(
      read.get('tomshardware-megaspeed-2025') ?? '',
      /^Singapore company allegedly helped China smuggle \$2 billion/,
    );
  });
});
