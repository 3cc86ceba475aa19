/**
 * "Add to the record…" as a short form: the value, the source's URL, its title, publisher and date, and the
 * sentence quoted — each field validated as typed — turned into a valid pack entry: the fact (or override)
 * citing the source, and the source itself when the record does not hold that URL yet. No `vscode` import:
 * unit-tested; the command asks the questions (an input box per field) and writes the entries.
 */
import { claimKind, publisherFor, TIER_LABELS, type Finding, type RecordIndex, type SourceTier } from '../../engine';
import { draftRecordEntry, parseDate, parseQuantity, type DraftEntry, type DraftOptions } from './packEntries';
import { validateAsOf } from './settings';

export interface RecordForm {
  value: string;
  url: string;
  title: string;
  publisher: string;
  /** YYYY-MM-DD, or '' when the page shows no date. */
  date: string;
  quote: string;
  /** The publisher's tier, asked only when the publisher list does not know the URL's host. */
  tier?: SourceTier;
}

export type FormField = Exclude<keyof RecordForm, 'tier'>;

/** The host a new publisher entry lists ("www." dropped), or undefined when the record's publisher list knows the URL. */
export function unknownHost(index: RecordIndex, url: string): string | undefined {
  if (publisherFor(url.trim(), index.record.publishers)) return undefined;
  try {
    return new URL(url.trim()).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The tier choices for a publisher the record does not know, strongest first. */
export const TIER_CHOICES: { tier: SourceTier; label: string; detail: string }[] = [
  {
    tier: 'primary',
    label: TIER_LABELS.primary,
    detail: 'The company, agency or court itself: a filing, a rule, a press release, a spec sheet',
  },
  {
    tier: 'major-press',
    label: TIER_LABELS['major-press'],
    detail: 'Reuters, Bloomberg, the FT, the Wall Street Journal, the New York Times…',
  },
  { tier: 'named-outlet', label: TIER_LABELS['named-outlet'], detail: 'A named trade or regional outlet with editors' },
  { tier: 'weak', label: TIER_LABELS.weak, detail: 'An aggregator, wiki, blog or copy: the value warns, never errs' },
];

export interface FormQuestion {
  field: FormField;
  /** "Add to the record (2/6): source URL". */
  title: string;
  prompt: string;
  /** What the box starts with. */
  value: string;
  /** The problem with an answer, in words, or undefined when it will do. */
  validate(input: string): string | undefined;
}

const FIELDS: FormField[] = ['value', 'url', 'title', 'publisher', 'date', 'quote'];
const LABELS: Record<FormField, string> = {
  value: 'value',
  url: 'source URL',
  title: 'page title',
  publisher: 'publisher',
  date: 'date on the page',
  quote: 'quote',
};

/** A web address the record can cite: http(s), with a host. */
export function urlProblem(input: string): string | undefined {
  const text = input.trim();
  if (!text) return 'The source’s web address is required (https://…).';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Not a web address: paste the page’s URL, starting with https://.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Only http and https pages can be cited.';
  if (!url.hostname.includes('.')) return 'The address needs a host name (e.g. www.reuters.com).';
  return undefined;
}

/** The source the record already holds for this URL (bundled or a pack), ignoring a trailing slash. */
export function knownSource(
  index: RecordIndex,
  url: string,
): { id: string; title: string; publisher: string; date: string | null } | undefined {
  const key = (u: string) => {
    let k = u.trim();
    while (k.endsWith('/')) k = k.slice(0, -1);
    return k;
  };
  const wanted = key(url);
  for (const s of index.sources.values()) if (key(s.url) === wanted) return s;
  return undefined;
}

/** The form's questions for a finding, in order; defaults come from the claim and, for a known URL, its source. */
export function formQuestions(finding: Finding, index: RecordIndex): FormQuestion[] {
  // What the value is asked as follows the kind of fact the claim's kind is checked against (the registry).
  const kind = claimKind(finding.kind).factKind;
  const numbered = (field: FormField) =>
    `Add to the record (${FIELDS.indexOf(field) + 1}/${FIELDS.length}): ${LABELS[field]}`;
  const subject = finding.subject || index.entityName(finding.entityId);
  return [
    {
      field: 'value',
      title: numbered('value'),
      prompt: `${subject}: the value as the source gives it${kind === 'quantity' ? ' (with its unit, e.g. 141 GB)' : kind === 'event' ? ' (a date, e.g. 9 April 2025)' : ''}`,
      value: finding.claimed?.words || finding.claim,
      validate: (input) => {
        const text = input.trim();
        if (!text) return 'The value is required.';
        if (kind === 'quantity' && parseQuantity(text, finding.claimed?.attribute).amount === null)
          return 'A quantity needs a number, e.g. 141 GB.';
        if (kind === 'event' && !parseDate(text)) return 'Write the date as 9 April 2025, April 2025 or 2025-04-09.';
        return undefined;
      },
    },
    {
      field: 'url',
      title: numbered('url'),
      prompt: 'The web page the value is read from (https://…)',
      value: '',
      validate: (input) => urlProblem(input),
    },
    {
      field: 'title',
      title: numbered('title'),
      prompt: 'The page’s title, as the page gives it',
      value: '',
      validate: (input) => (input.trim() ? undefined : 'The title is required.'),
    },
    {
      field: 'publisher',
      title: numbered('publisher'),
      prompt: 'Who publishes the page, as it names itself (e.g. Reuters, US Bureau of Industry and Security)',
      value: '',
      validate: (input) => (input.trim() ? undefined : 'The publisher is required.'),
    },
    {
      field: 'date',
      title: numbered('date'),
      prompt: 'The date printed on the page (YYYY-MM-DD); leave empty when the page shows none',
      value: '',
      validate: (input) => (input.trim() ? validateAsOf(input) : undefined),
    },
    {
      field: 'quote',
      title: numbered('quote'),
      prompt: 'The sentence on the page that gives the value, copied as it stands',
      value: '',
      validate: (input) =>
        input.trim().length >= 4 ? undefined : 'Paste the sentence from the page that gives the value.',
    },
  ];
}

/** The default of a question given the answers so far (a known source's title, publisher or date). */
export function defaultFor(question: FormQuestion, index: RecordIndex, answers: Partial<RecordForm>): string {
  const source = answers.url ? knownSource(index, answers.url) : undefined;
  if (source && (question.field === 'title' || question.field === 'publisher')) return source[question.field];
  if (source && question.field === 'date') return source.date ?? '';
  return question.value;
}

function slug(text: string): string {
  let s = text
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 40);
  while (s.endsWith('-')) s = s.slice(0, -1);
  return s || 'source';
}

export interface FormEntries {
  /** A new publisher for `publishers:` (only for a host the publisher list does not know). */
  publisher?: DraftEntry;
  /** A new source for `sources:` (absent when the record holds the URL already). */
  source?: DraftEntry;
  /** The fact (or override) citing it. */
  fact: DraftEntry;
}

/**
 * The pack entries the form's answers make: the entry "Add to the record…" drafts for the finding, with the
 * answered value, citing the source and quote, and a note saying who added it, when, and from which draft.
 */
export function formEntries(
  finding: Finding,
  index: RecordIndex,
  form: RecordForm,
  options: DraftOptions & { who?: string },
): FormEntries | undefined {
  const valued: Finding = { ...finding, claimed: { ...finding.claimed, words: form.value.trim() } };
  const drafted = draftRecordEntry(valued, index, options);
  if (!drafted) return undefined;
  const taken = (id: string) => index.sources.has(id) || !!options.packIds?.has(id);
  const known = knownSource(index, form.url);
  let sourceId = known?.id;
  let source: DraftEntry | undefined;
  if (!sourceId) {
    const host = (() => {
      try {
        return new URL(form.url.trim()).hostname;
      } catch {
        return 'source';
      }
    })();
    const base = `desk-${slug(host)}${form.date.trim() ? `-${form.date.trim()}` : ''}`;
    sourceId = base;
    for (let i = 2; taken(sourceId); i++) sourceId = `${base}-${i}`;
    source = {
      list: 'sources',
      entry: {
        id: sourceId,
        title: form.title.trim(),
        publisher: form.publisher.trim(),
        url: form.url.trim(),
        date: form.date.trim() || null,
        ...(form.date.trim() ? {} : { dateNote: 'no date on the page' }),
        accessed: options.today,
      },
      summary: `the source ${form.publisher.trim()} (${form.url.trim()})`,
    };
  }
  const host = source ? unknownHost(index, form.url) : undefined;
  let publisher: DraftEntry | undefined;
  if (host) {
    const taken = (id: string) => index.record.publishers.some((p) => p.id === id) || !!options.packIds?.has(id);
    let id = `desk-${slug(host)}`;
    for (let i = 2; taken(id); i++) id = `desk-${slug(host)}-${i}`;
    publisher = {
      list: 'publishers',
      entry: {
        id,
        name: form.publisher.trim(),
        tier: form.tier ?? 'weak',
        hosts: [host],
        note: `Added${options.who ? ` by ${options.who}` : ''} on ${options.today} with “Add to the record…”.`,
      },
      summary: `the publisher ${form.publisher.trim()} (${host}, ${TIER_LABELS[form.tier ?? 'weak']})`,
    };
  }
  const by = options.who ? ` by ${options.who}` : '';
  const note = `Added${by} on ${options.today}${options.draftName ? ` from ${options.draftName}` : ''}: “${finding.claim}”.`;
  const fact: DraftEntry = {
    ...drafted,
    entry: { ...drafted.entry, citations: [{ source: sourceId, quote: form.quote.trim() }], note },
  };
  return { ...(publisher ? { publisher } : {}), ...(source ? { source } : {}), fact };
}
