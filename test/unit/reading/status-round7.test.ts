/**
 * Status readings on prose the reader was not tuned on (round 7): a denied licence route is a total ban, a
 * participle appositive between subject and predicate, … Each reading has at least three differently worded
 * sentences that must be read and two look-alikes that must not. Verdicts are judged as of each case's date.
 */
import assert from 'node:assert/strict';
import { testEngine } from '../../helpers/record';

interface Case {
  text: string;
  asOf: string;
  /** Every reported finding (contradicted / outdated / disputed) as "verdict:entity-id". */
  report: string[];
}

function reported(c: Case): string[] {
  const r = testEngine().check(c.text, { asOf: c.asOf });
  return r.findings
    .filter((f) => ['contradicted', 'outdated', 'disputed'].includes(f.verdict) && f.severity !== 'information')
    .map((f) => `${f.verdict}:${f.entityId}`);
}

function table(name: string, cases: Case[]) {
  describe(name, () => {
    for (const c of cases) {
      it(`${c.report.join(', ') || 'nothing'} ← ${c.text} (${c.asOf})`, () => assert.deepEqual(reported(c), c.report));
    }
  });
}

table('status: "cannot be licensed" denies any licence route, as "under any licence" does', [
  // Case by case since 15 January 2026; the licence requirement before it was a route, so not merely outdated.
  {
    text: "The L40S can't be licensed for China, whatever its buyer promises.",
    asOf: '2026-07-20',
    report: ['contradicted:nvidia-l40s'],
  },
  { text: 'The H100 cannot be licensed for Chinese buyers.', asOf: '2026-03-01', report: ['contradicted:nvidia-h100'] },
  { text: 'H800s cannot be licensed for sale to China.', asOf: '2026-07-20', report: ['contradicted:nvidia-h800'] },
  // Under a licence requirement with none granted, "cannot be licensed" is what buyers met: neither right nor wrong.
  { text: 'The H100 cannot be licensed for China.', asOf: '2025-06-15', report: [] },
  // Look-alikes: the right status (no route at all); the past; a condition.
  { text: 'The B200 cannot be licensed for China.', asOf: '2026-03-01', report: [] },
  { text: 'The B30A cannot be licensed for Chinese buyers.', asOf: '2026-07-20', report: [] },
  { text: 'The L40S could not be licensed for China in 2024.', asOf: '2026-07-20', report: [] },
  { text: 'If the L40S cannot be licensed for China, Nvidia will lose the market.', asOf: '2026-07-20', report: [] },
]);

table('status: a participle appositive ("named in the same rule") between the subject and its predicate', [
  {
    text: "AMD's MI325X, named in the same rule, cannot be shipped to China under any circumstances.",
    asOf: '2026-07-20',
    report: ['contradicted:amd-mi325x'],
  },
  {
    text: "The MI325X, listed in the January rule, can't be exported to China.",
    asOf: '2026-07-20',
    report: ['contradicted:amd-mi325x'],
  },
  {
    text: 'The H200, covered by the January rule, cannot be sold to China.',
    asOf: '2026-07-20',
    report: ['outdated:nvidia-h200'],
  },
  {
    text: 'The B200, cited in the December decision, can be shipped to China.',
    asOf: '2026-07-20',
    report: ['contradicted:nvidia-b200'],
  },
  // Look-alikes: the right status; a list, not an appositive; the past; a condition.
  {
    text: "AMD's MI325X, named in the same rule, can be sold to approved customers in China.",
    asOf: '2026-07-20',
    report: [],
  },
  { text: 'The H200, named in the same rule, and the B200 cannot be sold to China.', asOf: '2026-07-20', report: [] },
  { text: 'The MI325X, named in the rule, could not be shipped to China in 2025.', asOf: '2026-07-20', report: [] },
  {
    text: 'If the MI325X, named in the same rule, cannot be shipped to China, AMD loses.',
    asOf: '2026-07-20',
    report: [],
  },
]);

table('status: "covered by US restrictions", "subject to any export controls" say a licence is needed', [
  {
    text: "The L40S can be licensed case by case for China, but the RTX 4090 isn't covered by any US restriction.",
    asOf: '2026-07-20',
    report: ['contradicted:nvidia-rtx-4090'],
  },
  {
    text: 'The A100 is no longer caught by any US restrictions on China.',
    asOf: '2026-07-20',
    report: ['contradicted:nvidia-a100'],
  },
  // The H20 needed no licence before April 2025, and has been licensed since August 2025.
  {
    text: 'The H20 is not subject to any US export controls in China.',
    asOf: '2025-10-01',
    report: ['outdated:nvidia-h20'],
  },
  // The H800 needed no licence until October 2023.
  {
    text: 'The H800 is covered by US export controls for China.',
    asOf: '2023-06-15',
    report: ['contradicted:nvidia-h800'],
  },
  // Look-alikes: the right status; a named rule (an event, not the status now); the past; a condition.
  { text: 'The RTX 4090 is covered by US export controls for China.', asOf: '2026-07-20', report: [] },
  { text: "The H800 isn't covered by any US restriction in China.", asOf: '2023-06-15', report: [] },
  { text: "The H20 isn't covered by the October 2023 rules for China.", asOf: '2026-07-20', report: [] },
  { text: 'The RTX 4090 was not covered by any US restriction on China in 2022.', asOf: '2026-07-20', report: [] },
  {
    text: "If the H100 isn't covered by any US restriction, Nvidia will ship it to China.",
    asOf: '2026-07-20',
    report: [],
  },
]);

table('status: "remains under the flat ban", "is under a US embargo on China" say the chip is banned', [
  // Case by case since 15 January 2026 (licence required, none granted, before): a flat ban is total, so contradicted.
  {
    text: 'Chinese buyers hear mixed news. The H800, by contrast, remains under the flat ban imposed in October 2023.',
    asOf: '2026-07-20',
    report: ['contradicted:nvidia-h800'],
  },
  { text: 'The H20 is under a total ban in China.', asOf: '2025-10-01', report: ['contradicted:nvidia-h20'] },
  { text: 'H100s are still under the US embargo on China.', asOf: '2026-03-01', report: ['outdated:nvidia-h100'] },
  {
    text: 'The A800 is no longer under any ban for Chinese buyers.',
    asOf: '2024-06-15',
    report: ['contradicted:nvidia-a800'],
  },
  // Look-alikes: the right status; the past; another place; a belief.
  { text: 'The B200 remains under a flat ban for China.', asOf: '2026-03-01', report: [] },
  { text: 'The H800 was under the ban in 2024.', asOf: '2026-07-20', report: [] },
  { text: 'The H100 remains under a ban in Russia.', asOf: '2026-07-20', report: [] },
  { text: 'Analysts think the H20 remains under a ban in China.', asOf: '2026-07-20', report: [] },
]);

table('status: "has yet to" denies, and China letting a buyer import the chip is its import status', [
  // China let some buyers import the H200 from 28 January 2026 (blocked 7–28 January): a denial is outdated.
  {
    text: 'Customs were told in mid-January that the H200 was not permitted to enter, and to this day Beijing has yet to allow a single company to import the H200.',
    asOf: '2026-07-20',
    report: ['outdated:nvidia-h200'],
  },
  { text: 'China has not allowed any company to buy the H200.', asOf: '2026-03-01', report: ['outdated:nvidia-h200'] },
  // The H20 and RTX Pro 6000D are not let in.
  { text: 'Beijing now lets Chinese firms buy the H20.', asOf: '2026-07-20', report: ['contradicted:nvidia-h20'] },
  {
    text: 'Chinese customs allow ByteDance to import the RTX Pro 6000D.',
    asOf: '2026-07-20',
    report: ['contradicted:nvidia-rtx-pro-6000d'],
  },
  // "has yet to be cleared": a denial of the chip's own state (approved for approved customers since December 2025).
  { text: 'The H200 has yet to be cleared for China.', asOf: '2026-07-20', report: ['outdated:nvidia-h200'] },
  // Look-alikes: the right status; some buyers only; "has yet to" denying the US agent's permission (right: the
  // B200 may not go); a condition.
  { text: 'Beijing has allowed ByteDance to import the H200.', asOf: '2026-07-20', report: [] },
  { text: 'Beijing has yet to allow state-funded data centres to buy the H200.', asOf: '2026-07-20', report: [] },
  { text: 'Washington has yet to allow Nvidia to sell the B200 to China.', asOf: '2026-07-20', report: [] },
  { text: 'The B200 has yet to be cleared for China.', asOf: '2026-07-20', report: [] },
  { text: 'If Beijing allows Alibaba to buy the H20, Nvidia gains.', asOf: '2026-07-20', report: [] },
]);

table('status: "needs a licence that Commerce reviews case by case" says a licence route exists', [
  // The B30A has had no licence route since 6 November 2025 (the B200 since 8 December 2025).
  {
    text: 'The B30A needs a US licence, reviewed case by case, for China.',
    asOf: '2026-07-20',
    report: ['contradicted:nvidia-b30a'],
  },
  {
    text: 'The B30A needs a licence for China that Commerce reviews case by case.',
    asOf: '2026-07-20',
    report: ['contradicted:nvidia-b30a'],
  },
  // The B200 needed a licence (none granted) before December 2025: the route was there then.
  {
    text: 'The B200 needs a licence that Commerce reviews case by case for China.',
    asOf: '2026-03-01',
    report: ['outdated:nvidia-b200'],
  },
  // Look-alikes: the right status; no route said (a licence requirement matches a prohibition); a condition.
  { text: 'The H20 requires a licence which BIS weighs case by case for China.', asOf: '2026-07-20', report: [] },
  { text: 'The B30A needs a licence for China.', asOf: '2026-07-20', report: [] },
  {
    text: 'If the B30A needs a licence that Commerce reviews case by case, Nvidia will apply to ship it to China.',
    asOf: '2026-07-20',
    report: [],
  },
]);

table('ellipsis: "…, and so does the A100; the B30A too" repeats the predicate of the subject before the first', [
  {
    text: 'The H100 needs a licence for China that Commerce reviews case by case, and so does the A100; the B30A too, according to one distributor.',
    asOf: '2026-07-20',
    report: ['contradicted:nvidia-b30a'],
  },
  // The H20 needed no licence in 2024; the H200 needed one (none granted) in October 2025.
  {
    text: 'The H100 is barred from China, and so is the A100; the H20 too.',
    asOf: '2024-06-15',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The H20 can be exported to China under licence, as can the MI308; the H200 too, according to one reseller.',
    asOf: '2025-10-01',
    report: ['contradicted:nvidia-h200'],
  },
  // Look-alikes: the third subject says its own predicate; the right status; a contrast.
  { text: 'The H100 is barred from China, and so is the A100; the H20 is not.', asOf: '2024-06-15', report: [] },
  {
    text: 'The H100 is barred from China, and so is the A100; the H800 too, as one analyst said.',
    asOf: '2024-06-15',
    report: [],
  },
  { text: 'The H100 is barred from China, unlike the H20; the A800 too.', asOf: '2023-06-15', report: [] },
]);

table('status: "has dropped out of the licence system", "is exempt from US export controls" say no licence is needed', [
  // Case by case since 15 January 2026. Leaving the licence system is a change, so the H20's licence-free past
  // (before April 2025) does not make it merely outdated.
  {
    text: 'Chinese buyers take note. Then there is the H20. Once the poster child of the licence fight, it has dropped out of the licence system altogether.',
    asOf: '2026-07-20',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The A800 has been removed from the licensing requirements for China.',
    asOf: '2026-07-20',
    report: ['contradicted:nvidia-a800'],
  },
  {
    text: 'The A100 is now exempt from US export controls in China.',
    asOf: '2026-07-20',
    report: ['contradicted:nvidia-a100'],
  },
  {
    text: 'The H200 is free of any licence requirement for Chinese buyers.',
    asOf: '2026-07-20',
    report: ['contradicted:nvidia-h200'],
  },
  // Look-alikes: the right status; a denial; the past (no "has"); another place.
  { text: 'The H20 is outside the licensing regime for China.', asOf: '2024-06-15', report: [] },
  { text: 'The H20 has not dropped out of the licence system for China.', asOf: '2026-07-20', report: [] },
  { text: 'The H20 dropped out of the licence system for China in 2024.', asOf: '2026-07-20', report: [] },
  { text: 'The H20 is outside the licensing regime for Malaysia.', asOf: '2026-07-20', report: [] },
]);

table('status: a lead paragraph about China’s export rules makes the draft about China (no "to China" needed)', [
  {
    text: '---\ntitle: "Six months on"\n---\n\nHalf a year after Washington rewrote its licence policy for China, exporters ask questions.\n\nThe H100 remains off-limits.\n',
    asOf: '2026-07-20',
    report: ['outdated:nvidia-h100'],
  },
  {
    text: '# Chip notes\n\nThe export controls on China tightened again this year.\n\nThe H20 needs no licence.\n',
    asOf: '2025-10-01',
    report: ['outdated:nvidia-h20'],
  },
  {
    text: "# Weekly brief\n\n<!-- draft -->\n\nWashington's export rules for China keep changing.\n\nThe B200 can be sold freely.\n",
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-b200'],
  },
  // Look-alikes: the lead names China but not its rules; the rules named after the lead; another country.
  {
    text: "# Weekly brief\n\nChina's AI labs are growing fast.\n\nThe H100 remains off-limits.\n",
    asOf: '2026-07-20',
    report: [],
  },
  {
    text: "# Weekly brief\n\nThe market moved this week.\n\nWashington's export rules for China keep changing.\n\nThe H100 remains off-limits.\n",
    asOf: '2026-07-20',
    report: [],
  },
  {
    text: '# Weekly brief\n\nWashington rewrote its export rules for Malaysia.\n\nThe H100 remains off-limits.\n',
    asOf: '2026-07-20',
    report: [],
  },
]);

table('status: China "hasn\'t let … in", "hasn\'t blocked" deny China\'s verb', [
  // The H200 is let in for some buyers since 28 January 2026 (blocked 7–28 January); the H20 and RTX Pro 6000D not.
  { text: "China hasn't let the H200 in.", asOf: '2026-07-20', report: ['outdated:nvidia-h200'] },
  { text: "Beijing hasn't blocked the H20.", asOf: '2026-07-20', report: ['contradicted:nvidia-h20'] },
  {
    text: "Chinese customs haven't stopped the RTX Pro 6000D.",
    asOf: '2026-07-20',
    report: ['contradicted:nvidia-rtx-pro-6000d'],
  },
  // Look-alikes: the right status; another country; a condition.
  { text: "Chinese customs haven't let the RTX Pro 6000D through.", asOf: '2026-07-20', report: [] },
  { text: "Beijing hasn't blocked the H200.", asOf: '2026-07-20', report: [] },
  { text: "Malaysia hasn't let the H20 in.", asOf: '2026-07-20', report: [] },
  { text: "If China hasn't let the H200 in, Nvidia loses.", asOf: '2026-07-20', report: [] },
]);

table('status: an agent "may apply to sell" the chip: a licence route (denied: none at all)', [
  // The B30A has had no licence route since 6 November 2025; the H20 needed no licence in 2024; the H100 has been
  // licensable case by case since 15 January 2026.
  {
    text: 'AMD may apply for a licence to ship the B30A to China.',
    asOf: '2026-07-20',
    report: ['contradicted:nvidia-b30a'],
  },
  { text: 'Nvidia can apply to sell the H20 to China.', asOf: '2024-06-15', report: ['contradicted:nvidia-h20'] },
  { text: 'Nvidia cannot apply to sell the H100 to China.', asOf: '2026-07-20', report: ['contradicted:nvidia-h100'] },
  // A day in the next clause dates that clause: the status is still read (B200: a licence, none granted, before 8 Dec 2025).
  {
    text: 'Nvidia may apply to sell the B200 to approved customers in China, and each application is weighed under the rule that took effect on 13 January.',
    asOf: '2026-07-20',
    report: ['outdated:nvidia-b200'],
  },
  // Look-alikes: the right status; no route, rightly; another place; a condition.
  {
    text: 'Nvidia may apply to sell the H200 to approved customers in China, and each application is weighed case by case.',
    asOf: '2026-07-20',
    report: [],
  },
  { text: 'Nvidia cannot apply to sell the B200 to China.', asOf: '2026-07-20', report: [] },
  { text: 'Nvidia can apply to sell the B200 in Malaysia.', asOf: '2026-07-20', report: [] },
  { text: 'If Nvidia may apply to sell the B200 to China, it will.', asOf: '2026-07-20', report: [] },
]);

table('status: "is back on Chinese order books" says China lets the chip in (a cue, China\'s side)', [
  // The RTX Pro 6000D has been blocked since September 2025, the H20 since 10 October 2025.
  {
    text: "Beijing's gate matters. The RTX Pro 6000D, by contrast, is once again on Chinese order books after the regulator withdrew its instruction.",
    asOf: '2026-07-20',
    report: ['contradicted:nvidia-rtx-pro-6000d'],
  },
  {
    text: 'The RTX Pro 6000D is back on Chinese order books.',
    asOf: '2026-07-20',
    report: ['contradicted:nvidia-rtx-pro-6000d'],
  },
  { text: 'The H20 is on Chinese order books again.', asOf: '2026-07-20', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: the right status (let in for some buyers); a denial; the past; a condition.
  { text: 'The H200 is back on Chinese order books.', asOf: '2026-07-20', report: [] },
  { text: 'The RTX Pro 6000D is not on Chinese order books.', asOf: '2026-07-20', report: [] },
  { text: 'The RTX Pro 6000D was on Chinese order books in 2025.', asOf: '2026-07-20', report: [] },
  { text: 'If the RTX Pro 6000D is back on Chinese order books, Nvidia gains.', asOf: '2026-07-20', report: [] },
]);
