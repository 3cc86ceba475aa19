/**
 * Numbers the way reporters write them (issue 17, round ten): spec tables whose header row names the chips, a
 * memory type beside a capacity in a cell or in a parenthetical spec list, a subject with a describing compound whose
 * coordinated figures reach far, a figure said as a multiple of another figure named by its noun ("three times its
 * FP16 rate"), and a share of another chip's figure after a verb and the figure's noun, its unit perhaps left out
 * ("cutting NVLink to a third of the A100's six hundred"). Each reading has sentences that must be read and
 * look-alikes that must not.
 */
import { readingTable } from '../../helpers/reading-table';

const table = (...rows: string[]) => rows.join('\n');

readingTable('tables: a count said with its scale word under a header naming what is counted', [
  {
    text: table(
      '| Spec | B200 | H100 | A100 |',
      '|---|---|---|---|',
      '| Transistors | 218 billion | 80 billion | 54 billion |',
    ),
    report: ['contradicted:nvidia-b200'],
  },
  {
    text: table('| GPU | Transistor count | Memory |', '|---|---|---|', '| A100 | 64 billion | 80 GB |'),
    report: ['contradicted:nvidia-a100'],
  },
  {
    text: table('| | H100 | B200 |', '|---|---|---|', '| Total transistors | 90 bn | 208 bn |'),
    report: ['contradicted:nvidia-h100'],
  },
  // Look-alikes: the header counts something else; the cell says more than its count.
  {
    text: table('| Spec | B200 | H100 |', '|---|---|---|', '| Revenue | 218 billion | 80 billion |'),
    report: [],
  },
  {
    text: table('| Spec | B200 | H100 |', '|---|---|---|', '| Transistors | 218 billion (two dies) | 80 billion |'),
    report: [],
  },
]);

readingTable('tables: a capacity cell that names its memory type claims the type too', [
  {
    text: table('| Spec | H200 | H20 |', '|---|---|---|', '| Memory | 141 GB HBM3 | 96 GB HBM3 |'),
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: table('| Chip | GPU memory | TDP |', '|---|---|---|', '| A100 80GB | 80GB of HBM3 | 400 W |'),
    report: ['contradicted:nvidia-a100'],
  },
  {
    text: table('| | L20 | H20 |', '|---|---|---|', '| Memory (GB) | 48 GB (HBM3) | 96 GB (HBM3) |'),
    report: ['contradicted:nvidia-l20'],
  },
  // Look-alikes: two figures in one cell; a type named for another part; a bandwidth row.
  {
    text: table('| Spec | H100 |', '|---|---|', '| Memory | 80 GB HBM3 / 94 GB HBM3 |'),
    report: [],
  },
  {
    text: table('| Spec | H200 |', '|---|---|', '| Memory | 141 GB (HBM3 in early samples) |'),
    report: [],
  },
  {
    text: table('| Spec | H200 |', '|---|---|', '| Memory bandwidth | 4.8 TB/s HBM3 |'),
    report: [],
  },
]);

readingTable('a memory type in a spec list in parentheses after one chip’s name', [
  { text: 'The H100 PCIe (350 W, HBM3) tops out at 2 TB/s per card.', report: ['contradicted:nvidia-h100'] },
  { text: "Nvidia's H200 (HBM3, 141 GB) is the chip Chinese labs want.", report: ['contradicted:nvidia-h200'] },
  { text: 'Buyers still ask for the L20 (48 GB; HBM3) in Shenzhen.', report: ['contradicted:nvidia-l20'] },
  // Look-alikes: the parenthesis compares or names another part; the type is right.
  { text: 'The H20 (unlike the H200, HBM3e) is Nvidia’s China part.', report: [] },
  { text: 'The H100 PCIe (HBM3 on the SXM) tops out at 2 TB/s per card.', report: [] },
  { text: 'The H100 PCIe (350 W, HBM2e) tops out at 2 TB/s per card.', report: [] },
]);

readingTable('a subject with a describing compound owns its coordinated figures', [
  {
    text: 'The Ampere-based A100 80GB still turns up in second-hand listings, offering 2,039 GB/s of memory bandwidth per GPU and NVLink of 900 GB/s per GPU.',
    report: ['contradicted:nvidia-a100'],
  },
  {
    text: 'The Hopper-based H100 SXM remains a staple of rented clusters in Malaysia, with 3.35 TB/s of memory bandwidth per GPU and NVLink of 600 GB/s.',
    report: ['contradicted:nvidia-h100'],
  },
  {
    text: "Nvidia's Blackwell-generation B200 is now shipping in volume to the large US clouds, pairing 8 TB/s of memory bandwidth with NVLink of 900 GB/s per GPU.",
    report: ['contradicted:nvidia-b200'],
  },
  // Look-alikes: the far figure is another clause's; the describing word is not a compound on the subject.
  {
    text: 'The Ampere-based A100 80GB still turns up in second-hand listings, offering 2,039 GB/s of memory bandwidth, while rival boards offer NVLink of 900 GB/s.',
    report: [],
  },
  {
    text: 'The Ampere A100 80GB fell out of favour with labs that once bought it by the thousand for training, and NVLink of 900 GB/s.',
    report: [],
  },
]);

readingTable('a written figure as a multiple of another figure named by its noun', [
  {
    text: 'Where the H20 falls short is compute. Its FP8 rate of two hundred and ninety-six teraflops is three times its FP16 rate.',
    report: ['contradicted:nvidia-h20'],
  },
  { text: 'The H20 delivers 148 TFLOPS of FP16, a third of its FP8 throughput.', report: ['contradicted:nvidia-h20'] },
  {
    text: "The H200 moves 4.8 TB/s of memory bandwidth, about twice the H100 SXM's memory bandwidth.",
    report: ['contradicted:nvidia-h100'],
  },
  // Right multiples are supported.
  { text: "The H20's FP8 rate of 296 TFLOPS is twice its FP16 rate.", report: [] },
  // Look-alikes: denied, hypothetical, the same figure, no figure's noun; a wrong written figure is reported once.
  { text: "The H20's FP8 rate of 296 TFLOPS is not three times its FP16 rate.", report: [] },
  { text: "If the H20's FP8 rate of 296 TFLOPS were three times its FP16 rate, buyers would balk.", report: [] },
  { text: "The H20's FP8 rate of 296 TFLOPS is three times its FP8 rate.", report: [] },
  { text: "The H20's FP8 rate of 296 TFLOPS is three times its price.", report: [] },
  { text: "The H20's FP16 rate of 296 teraflops is twice its FP8 rate.", report: ['contradicted:nvidia-h20'] },
]);

readingTable('a share of another chip’s figure after a verb and the figure’s noun, its unit perhaps left out', [
  {
    text: "The H800's chip-to-chip link runs at four hundred gigabytes a second. The A800 went further, cutting NVLink to a third of the A100's six hundred.",
    report: ['contradicted:nvidia-a800'],
  },
  { text: "The A800 cut NVLink to a third of the A100's 600 GB/s.", report: ['contradicted:nvidia-a800'] },
  { text: "The H20 draws only a quarter of the H100 SXM's seven hundred.", report: ['contradicted:nvidia-h20'] },
  { text: "The A800 cut its NVLink to two-thirds of the A100's six hundred.", report: [] },
  // Look-alikes: denied; a count of something else; a number too small to be the figure in any unit.
  { text: "The A800 did not cut NVLink to a third of the A100's six hundred.", report: [] },
  { text: "The A800 cut NVLink to a third of the A100's 600 engineers.", report: [] },
  { text: "The A800 cut NVLink to a third of the A100's six.", report: [] },
]);

readingTable('a charge said with a verb of amounting', [
  { text: "Nvidia's H20 write-down came in at five and a half billion dollars.", report: ['contradicted:nvidia-h20'] },
  {
    text: 'In April Nvidia had warned of H20 charges; the charge it actually booked came to three and a half billion dollars.',
    report: ['contradicted:nvidia-h20'],
  },
  { text: 'The H20 charge totalled $2.5 billion.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H20 charge came to $4.5 billion, Nvidia said.', report: [] },
  // Look-alikes: denied; another amount that comes to a figure.
  { text: 'The H20 charge did not come to $2.5 billion.', report: [] },
  { text: "Nvidia's H20 revenue came to $2.5 billion.", report: [] },
]);

readingTable('another form of the chip as a possessive: “the SXM module’s”, “its SXM sibling’s”', [
  { text: "The H100 PCIe card runs at 350 watts, half the SXM module's 600.", report: ['contradicted:nvidia-h100'] },
  { text: "Nvidia's H100 PCIe, at 350 W, draws half the SXM version's 800.", report: ['contradicted:nvidia-h100'] },
  // The share of the sibling's figure is the subject's: 350 W is not the H200 NVL's 600 W.
  { text: "The H200 NVL draws half of its SXM sibling's 700 W.", report: ['contradicted:nvidia-h200'] },
  {
    text: "The H200 NVL card, at three-quarters of its SXM sibling's seven hundred watts, is the one most enterprise buyers pick.",
    report: [],
  },
  // Look-alikes: a form not as a possessive after a comparison; a rival's figure is nobody's here.
  { text: 'The H100 SXM, at 700 W, draws twice as much as the PCIe card (350 W).', report: [] },
  { text: "The H20 draws less than its rival's 700 W.", report: [] },
  { text: "The H20 draws 400 W, well below its Hopper rival's 700 W.", report: [] },
]);
