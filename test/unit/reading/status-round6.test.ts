/**
 * Status readings on prose the reader was not tuned on (round 6): modal and negated statuses, denied lists,
 * coordination and ellipsis, China's own acts, and time. Each reading has at least three differently worded
 * sentences that must be read and two look-alikes that must not. Verdicts are judged as of each case's date.
 */
import assert from 'node:assert/strict';
import { editableDraft } from '../../helpers/record';
import { readingTable as table } from '../../helpers/reading-table';

table('status: "must not" is a prohibition, not a licence requirement denied', [
  // The H20 was licensed from August 2025: a prohibition said in October is outdated (it needed a licence before).
  { text: 'The H20 must not be shipped to China.', asOf: '2025-10-01', report: ['outdated:nvidia-h20'] },
  { text: 'Nvidia must not sell the H20 to Chinese customers.', asOf: '2025-10-01', report: ['outdated:nvidia-h20'] },
  { text: "The H800 mustn't be exported to Chinese buyers.", asOf: '2023-06-15', report: ['contradicted:nvidia-h800'] },
  // Look-alikes: the right status (before, "must not" was read as "no licence needed", a false alarm); a demand.
  { text: 'The H100 must not be exported to China.', asOf: '2025-06-15', report: [] },
  { text: 'Nvidia must not sell the B200 to Chinese buyers.', asOf: '2026-03-01', report: [] },
  { text: 'The H100 must be allowed into China, Beijing says.', asOf: '2025-06-15', report: [] },
]);

table('status: a demand or a subjunctive is no status ("must be allowed", "demands that … be cleared")', [
  // Readings kept: a state said plainly.
  { text: 'The H100 is allowed into China.', asOf: '2025-06-15', report: ['contradicted:nvidia-h100'] },
  { text: 'The H100 remains cleared for China.', asOf: '2025-06-15', report: ['contradicted:nvidia-h100'] },
  { text: 'Nvidia is free to ship the H100 to China.', asOf: '2025-06-15', report: ['contradicted:nvidia-h100'] },
  // Look-alikes.
  { text: 'Beijing demands that the H100 be allowed in China.', asOf: '2025-06-15', report: [] },
  { text: 'The H100 should be allowed into China, analysts say.', asOf: '2025-06-15', report: [] },
  { text: 'Lobbyists call for the H100 to be cleared for China.', asOf: '2025-06-15', report: [] },
  { text: 'Few analysts think the H100 can be sold to China.', asOf: '2025-06-15', report: [] },
]);

table('status: "none of" a list denies the predicate for every chip in it', [
  // The H800 needed no licence until October 2023; the H100 and A100 did.
  {
    text: 'None of the H100, A100 and H800 can be sold to China.',
    asOf: '2023-06-15',
    report: ['contradicted:nvidia-h800'],
  },
  {
    text: 'None of the H800, A100 and H100 may be shipped to Chinese buyers.',
    asOf: '2023-06-15',
    report: ['contradicted:nvidia-h800'],
  },
  // The H200 is approved for approved customers since 8 December 2025: a ban is outdated.
  {
    text: 'None of the B200, H200 and GB200 can be exported to China.',
    asOf: '2026-03-01',
    report: ['outdated:nvidia-h200'],
  },
  {
    text: 'Neither the H800 nor the A800 may be shipped to China.',
    asOf: '2023-06-15',
    report: ['contradicted:nvidia-h800', 'contradicted:nvidia-a800'],
  },
  // Look-alikes: the right status for all (before, each was read as "can be sold": three false alarms); a person.
  { text: 'None of the H100, A100 and H800 can be sold to China.', asOf: '2025-06-15', report: [] },
  { text: 'None of the H100 and A100 are allowed in China.', asOf: '2025-06-15', report: [] },
  { text: 'None of the analysts think the H100 can be sold to China.', asOf: '2025-06-15', report: [] },
  // A participle that only modifies the list has no predicate to deny; "none of this means" denies a consequence.
  { text: 'None of the H200 chips approved for China have shipped yet.', asOf: '2026-03-01', report: [] },
  { text: 'None of this means the H20 can be sold to China freely.', asOf: '2026-03-01', report: [] },
]);

table('status: "it is not the case that", "not only … but also"', [
  {
    text: 'Not only the H100 but also the A100 can be sold to China.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h100', 'contradicted:nvidia-a100'],
  },
  {
    text: 'Not only the H800 but the A800 too is barred from China.',
    asOf: '2023-06-15',
    report: ['contradicted:nvidia-h800', 'contradicted:nvidia-a800'],
  },
  {
    text: 'Not only the H100 but also the A100 may ship to Chinese buyers.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h100', 'contradicted:nvidia-a100'],
  },
  // Look-alikes: a denial of a whole claim says nothing; the right status.
  { text: 'It is not the case that the H100 cannot be sold to China.', asOf: '2025-06-15', report: [] },
  { text: 'It is not true that the A100 can be sold to China.', asOf: '2025-06-15', report: [] },
  { text: 'Not only the H100 but also the A100 is banned in China.', asOf: '2025-06-15', report: [] },
]);

table('status: a coordinated list with "all", "both"', [
  {
    text: 'The H100, A100 and H800 are all barred from China.',
    asOf: '2023-06-15',
    report: ['contradicted:nvidia-h800'],
  },
  {
    text: 'The H800, A800 and L40S can all be sold to China.',
    asOf: '2024-06-15',
    report: ['outdated:nvidia-h800', 'outdated:nvidia-a800', 'contradicted:nvidia-l40s'],
  },
  {
    text: 'The A800 and the H800 are both off-limits to Chinese buyers.',
    asOf: '2023-06-15',
    report: ['contradicted:nvidia-a800', 'contradicted:nvidia-h800'],
  },
  // Look-alikes: the right status for all; a comparison.
  { text: 'The H100, A100 and H800 are all barred from China.', asOf: '2024-06-15', report: [] },
  { text: 'The H800 and the A800 are both less restricted than the H100 in China.', asOf: '2023-06-15', report: [] },
]);

table('status: an ellipsis that closes on "too" or "as well"', [
  { text: 'The H20 can be exported to China; the H800 too.', asOf: '2024-06-15', report: ['outdated:nvidia-h800'] },
  {
    text: 'The H20 can be shipped to Chinese buyers, and the A800 as well.',
    asOf: '2024-06-15',
    report: ['outdated:nvidia-a800'],
  },
  {
    text: 'The H20 is available in China, and so the L40S too.',
    asOf: '2024-06-15',
    report: ['contradicted:nvidia-l40s'],
  },
  // Look-alikes: another clause of its own, a contrast, a denial.
  { text: 'The H20 can be exported to China; the H800 cannot.', asOf: '2024-06-15', report: [] },
  { text: 'The H20 can be exported to China, unlike the H800.', asOf: '2024-06-15', report: [] },
  { text: 'The H20 can be exported to China; the H800 too is restricted.', asOf: '2024-06-15', report: [] },
]);

table('status: China’s authorities act on the chip (judged against China’s import rules, not Washington’s)', [
  // The H200's customs block ran 7/14 – 28 January 2026; from then some buyers may import it.
  { text: 'Chinese customs are blocking the H200.', asOf: '2026-03-01', report: ['outdated:nvidia-h200'] },
  // The B200 is barred on the US side; Beijing only discourages it: a customs block is wrong on China's side.
  { text: 'Chinese customs are blocking the B200.', asOf: '2026-03-01', report: ['contradicted:nvidia-b200'] },
  { text: 'Chinese customs let the H20 in.', asOf: '2026-03-01', report: ['contradicted:nvidia-h20'] },
  { text: 'Beijing no longer blocks the H20.', asOf: '2026-03-01', report: ['contradicted:nvidia-h20'] },
  {
    text: 'Beijing allows ByteDance to import the RTX Pro 6000D.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-rtx-pro-6000d'],
  },
  { text: 'China bars Chinese firms from buying the B200.', asOf: '2026-03-01', report: ['contradicted:nvidia-b200'] },
  // Look-alikes: the right status; a possibility; a condition; a past block that ended; a denied directive.
  { text: 'Chinese customs are blocking the H20.', asOf: '2026-03-01', report: [] },
  // A ban on some buyers or uses is a restriction: Beijing's November 2025 guidance for state-funded projects.
  { text: 'China bars state firms from buying the H100.', asOf: '2026-03-01', report: [] },
  { text: 'Beijing bans the A100 from state-funded data centres.', asOf: '2026-03-01', report: [] },
  { text: 'Beijing has told Chinese firms to stop buying the L20.', asOf: '2026-03-01', report: [] },
  { text: 'Beijing may soon tell firms to stop buying the H200.', asOf: '2026-03-01', report: [] },
  { text: 'If Chinese customs let the H20 in, prices will fall.', asOf: '2026-03-01', report: [] },
  { text: 'Chinese customs blocked the H200 until late January.', asOf: '2026-03-01', report: [] },
  { text: 'Beijing has not told firms to stop buying the H20.', asOf: '2026-03-01', report: [] },
]);

table('status: China’s directives and guidance to buyers are China’s restrictions', [
  // Before August 2025 the record has no Chinese act on the H20, after October 2025 a customs block.
  { text: 'Beijing has told firms to stop buying the RTX Pro 6000D.', asOf: '2026-03-01', report: [] },
  { text: 'Chinese regulators discourage purchases of the H20.', asOf: '2026-03-01', report: [] },
  {
    text: 'The Cyberspace Administration has ordered ByteDance to stop ordering the RTX Pro 6000D.',
    asOf: '2026-03-01',
    report: [],
  },
  // A buyer told to stop is no customs block: "blocking" is wrong where Beijing only discourages.
  { text: 'Chinese customs are blocking the L20.', asOf: '2026-03-01', report: ['contradicted:nvidia-l20'] },
  {
    text: 'Chinese customs will not let the B200 into the country.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-b200'],
  },
  {
    text: 'Beijing is refusing to let the L20 across the border.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-l20'],
  },
  // Look-alikes: discouraged is not barred, so "can buy" is neither right nor wrong; Washington is not Beijing.
  { text: 'Chinese firms can buy the L20.', asOf: '2026-03-01', report: [] },
  { text: 'Washington is blocking the L20.', asOf: '2026-03-01', report: [] },
]);

table('status: a buyer’s act judged on China’s side when the record has only China’s rules for the chip', [
  {
    text: 'Chinese firms can buy the RTX Pro 6000D.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-rtx-pro-6000d'],
  },
  {
    text: 'Chinese buyers are free to purchase the RTX Pro 6000D.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-rtx-pro-6000d'],
  },
  {
    text: 'The RTX Pro 6000D can be imported into China.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-rtx-pro-6000d'],
  },
  { text: 'The H20 can be imported into China freely.', asOf: '2026-03-01', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: the right status; a US-side claim about a chip with US rules stays on the US side.
  { text: 'The RTX Pro 6000D is blocked by Chinese customs.', asOf: '2026-03-01', report: [] },
  { text: 'Chinese firms cannot buy the RTX Pro 6000D.', asOf: '2026-03-01', report: [] },
  { text: 'Chinese firms can buy the H100 with a licence.', asOf: '2026-03-01', report: [] },
]);

table('status: a status that starts after the draft’s date is a plan, not a state', [
  // Readings kept: a start already past.
  {
    text: 'From December 2025 the B200 can be sold to Chinese buyers.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-b200'],
  },
  { text: 'The H100 can be sold to China again.', asOf: '2025-06-15', report: ['contradicted:nvidia-h100'] },
  {
    text: 'Since 2024 the B200 can be sold to Chinese buyers.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-b200'],
  },
  // Look-alikes: a later start, "from next year", plans and hypotheticals.
  { text: 'The H100 can be sold to China from next year.', asOf: '2025-06-15', report: [] },
  { text: 'Starting in 2027, the B200 can be sold to Chinese buyers.', asOf: '2026-03-01', report: [] },
  { text: 'The B200 can be sold to Chinese buyers from March 2027.', asOf: '2026-03-01', report: [] },
  { text: 'The H100 would be allowed in China if Nvidia cut its speed.', asOf: '2025-06-15', report: [] },
  { text: 'Washington plans to allow the H100 to be sold to China.', asOf: '2025-06-15', report: [] },
]);

table('status: approval as a licence, "no licence is needed", and state phrases from data/record/cues.yaml', [
  // The H20 needed no licence before 9 April 2025; the H100 has needed one since 2022.
  {
    text: 'Nvidia requires approval to ship the H20 to China.',
    asOf: '2024-06-15',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The H20 needs Commerce Department approval to be sold to China.',
    asOf: '2024-06-15',
    report: ['contradicted:nvidia-h20'],
  },
  { text: 'No licence is needed to ship the H100 to China.', asOf: '2025-06-15', report: ['contradicted:nvidia-h100'] },
  {
    text: 'Nvidia needs no licence to sell the A100 in China.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-a100'],
  },
  {
    text: 'No export licence is required for the H100 in China.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h100'],
  },
  // Look-alikes: the right status; the past; another destination; a permission is not a requirement.
  { text: 'Nvidia requires approval to ship the H20 to China.', asOf: '2025-06-15', report: [] },
  { text: 'No licence was needed to ship the H100 to China in 2021.', asOf: '2025-06-15', report: [] },
  { text: 'No licence is needed to ship the H100 to Malaysia.', asOf: '2025-06-15', report: [] },
  { text: 'Washington permits Nvidia to ship the H20 to China.', asOf: '2024-06-15', report: [] },
]);

table('status: "got the green light", "is back on sale", "stays on the banned list"', [
  { text: 'The H100 got the green light for sale to China.', asOf: '2025-06-15', report: ['contradicted:nvidia-h100'] },
  {
    text: 'The A100 has been given the green light for China.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-a100'],
  },
  { text: 'The H100 is back on sale in China.', asOf: '2025-06-15', report: ['contradicted:nvidia-h100'] },
  { text: 'The H800 stays on the banned list for China.', asOf: '2023-06-15', report: ['contradicted:nvidia-h800'] },
  // Look-alikes: another destination; a possibility; the right status.
  { text: 'The H100 got the green light for sale to Malaysia.', asOf: '2025-06-15', report: [] },
  { text: 'The H100 could get the green light for China.', asOf: '2025-06-15', report: [] },
  { text: 'The H100 stays on the banned list for China.', asOf: '2025-06-15', report: [] },
]);

table('status: a buyer kept from using the chip is China’s side; a buyer who can use one is no status', [
  // Beijing only discourages the B200, L20 and RTX 4090 (guidance of November 2025): a ban is wrong on its side.
  { text: 'China bars Chinese firms from using the B200.', asOf: '2026-03-01', report: ['contradicted:nvidia-b200'] },
  {
    text: 'Beijing bars Chinese companies from deploying the L20.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-l20'],
  },
  {
    text: 'Beijing has banned Chinese firms from using the RTX 4090.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-rtx-4090'],
  },
  // Look-alikes: chips already owned, cloud access and smuggling say nothing of an export or import status.
  { text: 'Chinese firms can still use H100s they bought before 2022.', asOf: '2025-06-15', report: [] },
  { text: 'Chinese labs can use the H100 through overseas cloud services.', asOf: '2025-06-15', report: [] },
  { text: 'Smugglers can still get the H100 into China.', asOf: '2025-06-15', report: [] },
  { text: 'The H100 can be bought in China on the grey market.', asOf: '2025-06-15', report: [] },
]);

table('status: "no H200 can …" denies; "can’t import … without approval" is a licence requirement', [
  { text: 'No H20 can be sold to China without a licence.', asOf: '2024-06-15', report: ['contradicted:nvidia-h20'] },
  { text: 'No H800 may be shipped to China.', asOf: '2023-06-15', report: ['contradicted:nvidia-h800'] },
  {
    text: "Chinese buyers can't buy the H20 without Washington's approval.",
    asOf: '2024-06-15',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the right status (before, the first read as "no licence needed": a false alarm); a report denied.
  { text: 'No H200 can be sold to China without a licence.', asOf: '2026-03-01', report: [] },
  { text: "Chinese buyers can't import the H200 without Beijing's approval.", asOf: '2026-03-01', report: [] },
  { text: 'Reports that Chinese customs are blocking the H200 proved false.', asOf: '2026-03-01', report: [] },
]);

table('status: customs and regulators of another country are not China’s', [
  { text: 'Chinese regulators have blocked the L20.', asOf: '2026-03-01', report: ['contradicted:nvidia-l20'] },
  { text: 'Customs in China are blocking the L20.', asOf: '2026-03-01', report: ['contradicted:nvidia-l20'] },
  { text: 'Beijing is blocking imports of the B200.', asOf: '2026-03-01', report: ['contradicted:nvidia-b200'] },
  // Look-alikes: the US's and Malaysia's officials.
  { text: 'US customs are blocking shipments of the L20 to China.', asOf: '2026-03-01', report: [] },
  { text: 'Malaysian customs are blocking the L20 on its way to China.', asOf: '2026-03-01', report: [] },
  { text: 'American regulators told firms to stop buying the L20 for China.', asOf: '2026-03-01', report: [] },
]);

table('status: a sentence that only names another subject ("So can the A100.", "Nor can the B200.")', [
  {
    text: 'The H100 can be exported to China. So can the A100.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h100', 'contradicted:nvidia-a100'],
  },
  {
    text: 'The H20 cannot be exported to China. Nor can the H200.',
    asOf: '2026-03-01',
    report: ['outdated:nvidia-h20', 'outdated:nvidia-h200'],
  },
  {
    text: 'The H100 remains off-limits to China. So does the H800.',
    asOf: '2023-06-15',
    report: ['contradicted:nvidia-h800'],
  },
  {
    text: 'Chinese customs are blocking the H20. So is the H200.',
    asOf: '2026-03-01',
    report: ['outdated:nvidia-h200'],
  },
  // Look-alikes: a question; "nor" after no denial; the past; two statuses before; the right status.
  { text: 'The H100 remains off-limits to China. So does the H800?', asOf: '2023-06-15', report: [] },
  { text: 'The H100 remains off-limits to China. Nor does the H800.', asOf: '2023-06-15', report: [] },
  { text: 'The H100 was off-limits to China. So was the H800.', asOf: '2023-06-15', report: [] },
  {
    text: 'The H100 is banned in China, but the H20 can be sold there. So can the H800.',
    asOf: '2023-06-15',
    report: [],
  },
  {
    text: 'The H200 cannot be exported to China. Nor can the B200.',
    asOf: '2026-03-01',
    report: ['outdated:nvidia-h200'],
  },
  // In a quotation the second subject's claim is the speaker's (shown as information, not reported here).
  { text: 'The H100 is banned in China. "So is the A800," one trader said.', asOf: '2023-06-15', report: [] },
]);

table('status: the chip getting past China’s customs is China’s side', [
  // The B200 is barred on the US side, but Beijing only discourages it: a customs block is China's side, and wrong.
  { text: "A paid-for B200 can't get past Chinese customs.", asOf: '2026-03-01', report: ['contradicted:nvidia-b200'] },
  { text: 'The H200 cannot get through customs in China.', asOf: '2026-03-01', report: ['outdated:nvidia-h200'] },
  { text: 'The H20 can now clear Chinese customs.', asOf: '2026-03-01', report: ['contradicted:nvidia-h20'] },
  {
    text: 'The RTX Pro 6000D may legally enter China.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-rtx-pro-6000d'],
  },
  // Look-alikes: the right status; the past.
  { text: "The H20 can't get past Chinese customs.", asOf: '2026-03-01', report: [] },
  { text: 'The H20 could clear Chinese customs in 2024.', asOf: '2026-03-01', report: [] },
]);

table('status: a list under a status lead-in ("Chips that still need a licence:" then one chip per bullet)', [
  {
    text: 'Chips that still need no licence for China:\n\n- H100\n- the A100\n- L40S (the workstation part)',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h100', 'contradicted:nvidia-a100', 'contradicted:nvidia-l40s'],
  },
  {
    text: 'Nvidia parts now cleared for sale to China:\n- H100\n- B200',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h100', 'contradicted:nvidia-b200'],
  },
  {
    text: 'GPUs that can be shipped to Chinese buyers without a licence:\n\n1. H800\n2. H20',
    asOf: '2025-06-15',
    report: ['outdated:nvidia-h800', 'outdated:nvidia-h20'],
  },
  {
    text: '# Export list\n\nChips still barred from China:\n\n* H800\n* A800',
    asOf: '2023-06-15',
    report: ['contradicted:nvidia-h800', 'contradicted:nvidia-a800'],
  },
  // Look-alikes: the right status; a question; an item that says more than a name; a paragraph after the list.
  { text: 'Chips that still need a licence for China:\n\n- H100\n- A100', asOf: '2025-06-15', report: [] },
  { text: 'Which chips can be sold to China?\n\n- H100\n- A100', asOf: '2025-06-15', report: [] },
  {
    text: 'Chips that can be sold to China:\n\n- none of the H100s\n- the A100 only with a licence',
    asOf: '2025-06-15',
    report: [],
  },
  {
    text: 'Chips that can be sold to China:\n\n- H20\n\nThe H100 has 80 GB of memory.',
    asOf: '2024-06-15',
    report: [],
  },
]);

table('status: "needs no licence" with the chip as subject', [
  { text: 'The H100 needs no licence for China.', asOf: '2025-06-15', report: ['contradicted:nvidia-h100'] },
  {
    text: 'The A100 still requires no export licence to be sold to China.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-a100'],
  },
  { text: 'H800s need no US licence for Chinese buyers.', asOf: '2024-06-15', report: ['outdated:nvidia-h800'] },
  // Look-alikes: the right status; before a past rule; a condition.
  { text: 'The H20 needs no licence for China.', asOf: '2025-01-10', report: [] },
  {
    text: 'Before the rules of October 2022 the A100 still needs no licence for China.',
    asOf: '2026-03-01',
    report: [],
  },
  { text: 'If the H100 needs no licence for China, Nvidia will ship it.', asOf: '2025-06-15', report: [] },
]);

table('status: "can be licensed", "under US licences", "only with a licence" say a licence route exists', [
  // The H20 needed no licence before 9 April 2025; the B200 has had no licence route since 8 December 2025.
  {
    text: 'The H20 can be sold to China only with a licence.',
    asOf: '2024-06-15',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The H800 can be exported to Chinese buyers under US licences.',
    asOf: '2023-06-15',
    report: ['contradicted:nvidia-h800'],
  },
  // "now" says how things stand today: the licence requirement before December 2025 does not make it outdated.
  { text: 'The B200 can now be licensed for China.', asOf: '2026-03-01', report: ['contradicted:nvidia-b200'] },
  { text: 'The H20 can be licensed for sale to China.', asOf: '2024-06-15', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: the right statuses (case-by-case review, licences granted, no route at all).
  { text: 'The H200 can be licensed case by case for China.', asOf: '2026-03-01', report: [] },
  { text: 'The H20 can be sold to China under US licences.', asOf: '2025-10-01', report: [] },
  { text: 'The B200 cannot be licensed for China.', asOf: '2026-03-01', report: [] },
]);

table('status: "the ban on … has since been lifted" where the paragraph or sentence names China elsewhere', [
  {
    text: 'In China, the ban on the H100 has since been lifted.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h100'],
  },
  {
    text: 'For Chinese buyers the ban on the A100 has been lifted.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-a100'],
  },
  // The H800 needed no licence before October 2023: outdated, not wrong.
  {
    text: '# China\n\nThe ban on H800 sales has since been lifted.',
    asOf: '2024-06-15',
    report: ['outdated:nvidia-h800'],
  },
  // Look-alikes: the right status; no China in view; a hope.
  { text: 'In China, the ban on the H100 remains in place.', asOf: '2025-06-15', report: [] },
  { text: 'The ban on the H100 has since been lifted.', asOf: '2025-06-15', report: [] },
  { text: 'Nvidia hopes the ban on the H100 in China has been lifted.', asOf: '2025-06-15', report: [] },
]);

table('status: an agent "needs a licence for every H20" it sells', [
  {
    text: 'Nvidia needs a US licence for every H20 it ships to China.',
    asOf: '2024-06-15',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'Nvidia no longer needs a licence for each H100 it sells in China.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h100'],
  },
  {
    text: 'The company requires a licence for all H20 shipments to China.',
    asOf: '2024-06-15',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: another destination; a conditional; the past; the right status.
  { text: 'Nvidia needs a licence for every H20 it ships to Russia.', asOf: '2024-06-15', report: [] },
  { text: 'Nvidia would need a licence for every H20 it ships to China.', asOf: '2024-06-15', report: [] },
  { text: 'Nvidia did not need a licence for the H20 in China.', asOf: '2024-06-15', report: [] },
  { text: 'Nvidia needs a licence for the H100 in China.', asOf: '2024-06-15', report: [] },
]);

describe('status: an edit of a status lead-in re-reads the list after it', () => {
  it('changing "need a licence" to "need no licence" while typing gives what a fresh check gives', () => {
    const draft = editableDraft('2025-06-15');
    const before = '# Chips\n\nIntro.\n\nChips that still need a licence for China:\n\n- H100\n- A100\n\nMore.\n';
    const after = before.replace('need a licence', 'need no licence');
    assert.deepEqual(draft.verdicts(before), [], 'both need a licence');
    assert.deepEqual(
      draft.verdicts(after),
      ['contradicted:nvidia-h100', 'contradicted:nvidia-a100'],
      'neither is free',
    );
    assert.deepEqual(draft.verdicts(after), draft.fresh(after), 'the incremental check equals a fresh one');
    assert.deepEqual(draft.verdicts(before), [], 'and back');
    const apart = after.replace('for China:\n\n- H100', 'for China:\n\nSee below.\n\n- H100');
    assert.deepEqual(
      draft.verdicts(apart),
      draft.fresh(apart),
      'a paragraph between the lead and its list ends the lead',
    );
    assert.deepEqual(draft.fresh(apart), [], 'so the list claims nothing');
  });
});

table('status: "at the Chinese border", "allowed in": China’s side named after the predicate', [
  // The H20 is licensable case by case on the US side, blocked on China's: "blocked" is right only on China's.
  { text: 'The H200 is still blocked at the Chinese border.', asOf: '2026-03-01', report: ['outdated:nvidia-h200'] },
  { text: 'The B200 is blocked at the border with China.', asOf: '2026-03-01', report: ['contradicted:nvidia-b200'] },
  { text: 'In China the H20 is allowed in.', asOf: '2026-03-01', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: the right statuses; "allowed in" said of another country.
  { text: 'Neither the L20 nor the H200 is allowed into China without conditions.', asOf: '2026-03-01', report: [] },
  { text: 'The H20 is still blocked at the Chinese border.', asOf: '2026-03-01', report: [] },
  { text: 'Neither the MI308 nor the H20 is allowed in without conditions.', asOf: '2026-03-01', report: [] },
  { text: 'The H20 is allowed in Malaysia.', asOf: '2026-03-01', report: [] },
]);

table('status: a chip and a system share a coordinated or elliptical predicate', [
  { text: 'The H200 and GB200 are allowed in China.', asOf: '2026-03-01', report: ['contradicted:nvidia-gb200'] },
  // (A date after the GB200's announcement: before it, the chip had no export status to judge.)
  { text: 'The H20 and the GB200 can be sold to China.', asOf: '2024-06-15', report: ['contradicted:nvidia-gb200'] },
  {
    text: 'The H200 can be sold to Chinese buyers, and so can the GB200 NVL72.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-gb200-nvl72'],
  },
  // Look-alikes: the right status for both; the predicate after a colon is another subject's; a model is no chip.
  { text: 'The H100 and GB200 remain barred from China.', asOf: '2024-06-15', report: [] },
  {
    text: 'The A100 is no longer off-limits in China: it may be exported with a licence, and so may the GB200.',
    asOf: '2026-03-01',
    report: [],
  },
  { text: 'The H200 and DeepSeek-V3 are allowed in China.', asOf: '2026-03-01', report: [] },
]);

table('status: an agent "has since lifted its ban on" the chip', [
  {
    text: 'Washington has since lifted its ban on the H100 in China.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h100'],
  },
  { text: 'Beijing has lifted its block on the H20.', asOf: '2026-03-01', report: ['contradicted:nvidia-h20'] },
  {
    text: 'The US has scrapped the licence requirement for the A100 in China.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-a100'],
  },
  // Look-alikes: a denial; another country; a condition; the right status (licences granted from August 2025).
  { text: 'Washington has not lifted its ban on the H100 in China.', asOf: '2025-06-15', report: [] },
  { text: 'Washington has lifted its ban on the H100 in Malaysia.', asOf: '2025-06-15', report: [] },
  { text: 'If Washington has lifted its ban on the H100 in China, Nvidia will say.', asOf: '2025-06-15', report: [] },
  { text: 'Washington has lifted its ban on the H20 in China.', asOf: '2025-10-01', report: [] },
]);

table('status: sales said to have resumed are allowed again', [
  // The H20 needed a licence from April to August 2025; the H100 and A100 have since 2022.
  { text: 'Nvidia has resumed sales of the H20 to China.', asOf: '2025-06-15', report: ['outdated:nvidia-h20'] },
  { text: 'H100 sales to China have resumed.', asOf: '2025-06-15', report: ['contradicted:nvidia-h100'] },
  {
    text: 'Nvidia has quietly resumed shipments of the A100 to Chinese customers.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-a100'],
  },
  // Look-alikes: the right status; another country; a denial; a hope; a dated past act.
  { text: 'Nvidia has resumed sales of the H20 to China.', asOf: '2025-10-01', report: [] },
  { text: 'Nvidia has resumed sales of the H100 in Malaysia.', asOf: '2025-06-15', report: [] },
  { text: 'Nvidia has not resumed sales of the H100 to China.', asOf: '2025-06-15', report: [] },
  { text: 'Nvidia hopes H100 sales to China have resumed by June.', asOf: '2025-06-15', report: [] },
]);

table('status: "unrestricted" denied is a licence requirement, not a ban (double negation)', [
  { text: 'The H20 is not unrestricted in China.', asOf: '2024-06-15', report: ['contradicted:nvidia-h20'] },
  // Licensed from August 2025: "unrestricted" was true until April 2025.
  { text: 'The H20 is unrestricted in China.', asOf: '2025-10-01', report: ['outdated:nvidia-h20'] },
  { text: 'The H800 is no longer unrestricted in China.', asOf: '2023-06-15', report: ['contradicted:nvidia-h800'] },
  // Look-alikes: the right statuses (before, "not unrestricted" was read as a ban, which a licensed chip is not).
  { text: 'The H20 is not unrestricted in China.', asOf: '2025-10-01', report: [] },
  { text: 'The H20 is unrestricted in China.', asOf: '2024-06-15', report: [] },
]);
