/**
 * A description with no verb of its own answers the heading or question before it about one product: an explainer's
 * "**What is the H20?** A Hopper part with 80 GB of memory." or a profile's "## The H20" then "An accelerator with
 * …" reads as "H20 is a Hopper part with 80 GB of memory." (found by checking a fresh Q&A explainer as a user).
 * A clause, another product, an actor or a comparison in the answer reads nothing of the kind.
 */
import { readingTable } from '../../helpers/reading-table';

const AS_OF = '2026-03-20';

readingTable('answers: a verbless description after a question or heading about one product', [
  {
    text: '**What is the H20?** A Hopper part with 80 GB of memory.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: "**And the H200?** Nvidia's bigger Hopper accelerator, fitted with 96 GB of HBM3e.",
    asOf: AS_OF,
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: '## The H20\n\nAn accelerator built for China, with 141 GB of memory.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'What about the H800? A cut-down Ampere part for China.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h800'],
  },
  // Look-alikes: the answer is a clause, names another product, or compares.
  {
    text: '**What is the H20?** A licence was required for 80 GB parts in April.',
    asOf: AS_OF,
    report: [],
  },
  {
    text: '**What is the H20?** A week later Washington approved exports of 80 GB parts.',
    asOf: AS_OF,
    report: [],
  },
  {
    text: '**What is the H20?** A rival to the MI308 with 80 GB of memory.',
    asOf: AS_OF,
    report: [],
  },
  {
    text: '**What is the H20?** A smaller part than the H100, with 80 GB of memory.',
    asOf: AS_OF,
    report: [],
  },
  {
    text: 'The H20 is a China part. A Hopper part with 80 GB of memory is what Nvidia sells elsewhere.',
    asOf: AS_OF,
    report: [],
  },
]);

readingTable('references: a chip as the object of a trade noun ("licences for it")', [
  {
    text: 'The H20 is a Hopper part. Washington started issuing licences for it in August, in exchange for 20% of the revenue.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The H20 was built for China. In August the US began granting export licences for it, taking 20% of sales.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'Consider the H20. Export licences for it came in August 2025, with 20% of the revenue going to Washington.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: two chips in mind, or "it" that is no chip.
  {
    text: 'The H20 and the MI308 are China parts. Washington started issuing licences for it in August, in exchange for 20% of the revenue.',
    asOf: AS_OF,
    report: [],
  },
  {
    text: 'Nvidia applied for a licence. Washington started issuing licences for it in August, in exchange for 20% of the revenue.',
    asOf: AS_OF,
    report: [],
  },
]);
