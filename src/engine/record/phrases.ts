/**
 * The phrase syntax of the record's event cues (`eventCues:` in data/record/cues.yaml and in packs): a cue phrase is
 * a few words with a little notation, compiled once per record into the regular expressions the event reader uses.
 *
 *   restrict(s|ed|ing|ions?)?   one word: a stem and its endings. `(a|b)` is a choice, `?` after a letter or a
 *                               choice makes it optional ("ions?" is "ion" or "ions")
 *   export controls?            words apart: a space stands for any run of white space
 *   (mass|full|volume)? production
 *                               a choice of whole words made optional: "production", "mass production"
 *   (its|their|the){3} licence  a choice of whole words repeated up to 3 times (none at all too)
 *   cleared (the)? *{3} committee
 *                               `*` is any one word (letters, digits, hyphens); `*?` at most one, `*{3}` up to three
 *                               (as few as make the phrase match)
 *   *'s                         a word and its possessive: "Nvidia's" (' stands for ' and ’)
 *   licensed (again)?<not-then:to|by>
 *                               a guard: grammar from code at that point, its words (if any) from the phrase.
 *
 * Guards (the grammar that stays in code; their word lists, after the colon, are phrase syntax too):
 *   <then:W>       the next word is W ("followed<then:on|in|later>")          (?=\s+W\b)
 *   <not-then:W>   the next word is not W ("results<not-then:of|from|for>")   (?!\s+W\b)
 *   <not:W>        the word starting here is not W                            (?!W\b)
 *   <not-after:W>  the word before is not W ("<not-after:a|the>sign")         (?<!\bW\s)
 *   <near:W>       W follows within 40 characters, in the same sentence       (?=[^.;]{1,40}\bW\b)
 *   <after-paren>  right after an opening parenthesis: "(on sale from …)"
 *   <not-price>    not followed by "for $…" ("on sale for $10,000" is a price, not a launch)
 *   <space>        white space follows
 *   <figure>       white space and then a figure ($, US$ or a digit); the phrase ends there (its match takes the space)
 * Every phrase is matched as whole words, case-insensitively unless its entry says `matchCase: true`.
 */

/** A parse failure: the phrase and what is wrong with it. */
export class PhraseError extends Error {}

type Atom =
  | { t: 'lit'; ch: string; optional: boolean }
  | { t: 'group'; alts: Seq[]; quant?: Quant }
  | { t: 'any'; quant?: Quant }
  | { t: 'guard'; name: string; arg?: Seq[] };
type Quant = { max: number } | 'optional';
type Word = Atom[];
type Seq = Word[];

const LITERAL = /[\p{L}\p{N}'’.,$&-]/u;
const GUARDS_WITH_WORDS = new Set(['then', 'not-then', 'not', 'not-after', 'near']);
const GUARDS_PLAIN = new Set(['after-paren', 'not-price', 'space', 'figure']);

class Parser {
  private at = 0;
  constructor(private readonly src: string) {}
  private fail(what: string): never {
    throw new PhraseError(`“${this.src}”: ${what} at character ${this.at + 1}`);
  }
  private peek() {
    return this.src[this.at];
  }
  parse(): Seq[] {
    const alts = this.alternatives();
    if (this.at < this.src.length) this.fail(`unexpected “${this.peek()}”`);
    return alts;
  }
  /** seq ('|' seq)*, up to a ')' or '>' or the end. */
  private alternatives(): Seq[] {
    const alts = [this.seq()];
    while (this.peek() === '|') {
      this.at++;
      alts.push(this.seq());
    }
    return alts;
  }
  private seq(): Seq {
    const words: Seq = [this.word()];
    while (this.peek() === ' ') {
      this.at++;
      words.push(this.word());
    }
    return words;
  }
  private word(): Word {
    const atoms: Word = [];
    for (;;) {
      const c = this.peek();
      if (c === undefined || c === ' ' || c === '|' || c === ')' || c === '>') break;
      if (c === '(') {
        this.at++;
        const alts = this.alternatives();
        if (this.peek() !== ')') this.fail('a “(” without its “)”');
        this.at++;
        atoms.push({ t: 'group', alts, ...this.quant() });
      } else if (c === '*') {
        this.at++;
        atoms.push({ t: 'any', ...this.quant() });
      } else if (c === '<') {
        this.at++;
        const name = /^[a-z-]+/.exec(this.src.slice(this.at))?.[0] ?? '';
        this.at += name.length;
        let arg: Seq[] | undefined;
        if (this.peek() === ':') {
          this.at++;
          arg = this.alternatives();
        }
        if (this.peek() !== '>') this.fail('a “<” without its “>”');
        this.at++;
        if (arg ? !GUARDS_WITH_WORDS.has(name) : !GUARDS_PLAIN.has(name))
          this.fail(`no guard <${name}${arg ? ':…' : ''}> (see src/engine/record/phrases.ts)`);
        atoms.push({ t: 'guard', name, ...(arg ? { arg } : {}) });
      } else if (LITERAL.test(c)) {
        this.at++;
        const optional = this.peek() === '?';
        if (optional) this.at++;
        atoms.push({ t: 'lit', ch: c, optional });
      } else this.fail(`“${c}” is not allowed`);
    }
    if (!atoms.length) this.fail('an empty word (two spaces, or a space at an end)');
    return atoms;
  }
  private quant(): { quant?: Quant } {
    if (this.peek() === '?') {
      this.at++;
      return { quant: 'optional' };
    }
    const m = /^\{([1-9])\}/.exec(this.src.slice(this.at));
    if (!m) return {};
    this.at += m[0].length;
    return { quant: { max: Number(m[1]) } };
  }
}

const escapeChar = (c: string) => (c === "'" || c === '’' ? "['’]" : c.replace(/[.$]/, '\\$&'));
const WORD_CHARS = String.raw`[\w-]+`;

function quantifier(q: Quant, lazy: boolean): string {
  return (q === 'optional' ? '?' : `{0,${q.max}}`) + (lazy ? '?' : '');
}

function guardSource(atom: Extract<Atom, { t: 'guard' }>): string {
  const w = atom.arg ? `(?:${alternativesSource(atom.arg)})` : '';
  switch (atom.name) {
    case 'then':
      return String.raw`(?=\s+${w}\b)`;
    case 'not-then':
      return String.raw`(?!\s+${w}\b)`;
    case 'not':
      return String.raw`(?!${w}\b)`;
    case 'not-after':
      return String.raw`(?<!\b${w}\s)`;
    case 'near':
      return String.raw`(?=[^.;]{1,40}\b${w}\b)`;
    case 'after-paren':
      return String.raw`(?<=\(\s?)`;
    case 'not-price':
      return String.raw`(?!\s+for\s+\$)`;
    case 'space':
      return String.raw`(?=\s)`;
    default: // figure
      return String.raw`\s+(?=\$|US\$|\d)`;
  }
}

function atomSource(atom: Atom): string {
  switch (atom.t) {
    case 'lit':
      return escapeChar(atom.ch) + (atom.optional ? '?' : '');
    case 'group':
      return `(?:${alternativesSource(atom.alts)})` + (atom.quant ? quantifier(atom.quant, false) : '');
    case 'any':
      return WORD_CHARS + (atom.quant ? quantifier(atom.quant, true) : '');
    default:
      return guardSource(atom);
  }
}

/**
 * A word that is one optional (or repeated) choice or wildcard, with any guards around it: it takes the space beside
 * it into its option ("(mass|full)? production", "licensed (again)?<not-then:to>").
 */
function optionalWord(word: Word): { pre: string; body: string; quant: string; post: string } | undefined {
  const core = word.filter((a) => a.t !== 'guard');
  if (core.length !== 1) return undefined;
  const atom = core[0]!;
  const at = word.indexOf(atom);
  const pre = word.slice(0, at).map(atomSource).join('');
  const post = word
    .slice(at + 1)
    .map(atomSource)
    .join('');
  if (atom.t === 'group' && atom.quant)
    return { pre, body: `(?:${alternativesSource(atom.alts)})`, quant: quantifier(atom.quant, false), post };
  if (atom.t === 'any' && atom.quant) return { pre, body: WORD_CHARS, quant: quantifier(atom.quant, true), post };
  return undefined;
}

function seqSource(seq: Seq): string {
  let out = '';
  seq.forEach((word, i) => {
    const opt = optionalWord(word);
    const last = i === seq.length - 1;
    if (opt && !last) out += String.raw`${opt.pre}(?:${opt.body}\s+)${opt.quant}${opt.post}`;
    else if (opt && i > 0) out += String.raw`${opt.pre}(?:\s+${opt.body})${opt.quant}${opt.post}`;
    else {
      out += word.map(atomSource).join('');
      // The space to the next word, unless the next is the last word and optional (it takes the space itself).
      if (!last && !(i + 1 === seq.length - 1 && optionalWord(seq[i + 1]!))) out += String.raw`\s+`;
    }
  });
  return out;
}

function alternativesSource(alts: Seq[]): string {
  return alts.map(seqSource).join('|');
}

/** Whether the phrase ends in a guard that takes its own text (<figure>): no word boundary after it. */
function endsOpen(alts: Seq[]): boolean {
  return alts.some((seq) => {
    const word = seq[seq.length - 1]!;
    const atom = word[word.length - 1]!;
    return atom.t === 'guard' && atom.name === 'figure';
  });
}

/** The regular-expression source of one phrase, a whole-word match (the `\b` before it is the caller's). */
export function phraseSource(phrase: string): string {
  const alts = new Parser(phrase).parse();
  const src = alternativesSource(alts);
  if (endsOpen(alts)) {
    if (alts.length > 1) throw new PhraseError(`“${phrase}”: <figure> must end the phrase itself, not a choice`);
    return src;
  }
  return alts.length > 1 ? String.raw`(?:${src})\b` : String.raw`${src}\b`;
}

/** One regular expression for a list of phrases, tried in order at each place (global; `i` unless matchCase). */
export function compilePhrases(phrases: readonly string[], matchCase = false): RegExp {
  return new RegExp(String.raw`\b(?:${phrases.map(phraseSource).join('|')})`, matchCase ? 'g' : 'gi');
}

/*
 * How many ways a phrase can be matched at one place, bounded: each optional letter, word or wildcard doubles them, a
 * choice counts as its most flexible alternative (alternatives spelt alike add up), a repeat `{k}` of c
 * ways gives 1 + c + … + c^k. A regular expression whose match fails tries them all
 * (round ten's probe: twenty-four `*?` in a row, 2^24 tries at each word of a sentence, over a minute), so a phrase
 * over PHRASE_WAYS is refused. The bundled record's most flexible phrase has 120 (a results cue).
 */
export const PHRASE_WAYS = 256;
const capped = (n: number) => Math.min(n, Number.MAX_SAFE_INTEGER);
function altsWays(alts: Seq[]): number {
  // At one place one word of a choice of words matches ("(a|an|the)": "an" is no "a"); the same alternative written
  // twice ("(word|word)") matches twice, so alternatives spelt alike add up.
  const alike = new Map<string, number>();
  for (const seq of alts) {
    const key = alternativesSource([seq]).toLowerCase();
    alike.set(key, capped((alike.get(key) ?? 0) + seqWays(seq)));
  }
  return Math.max(1, ...alike.values());
}
function seqWays(seq: Seq): number {
  return capped(seq.reduce((product, word) => product * wordWays(word), 1));
}
function quantWays(c: number, q: Quant | undefined): number {
  if (!q) return c;
  if (q === 'optional') return capped(1 + c);
  let sum = 1;
  for (let k = 1, power = 1; k <= q.max; k++) sum = capped(sum + (power = capped(power * c)));
  return sum;
}
function wordWays(word: Word): number {
  let product = 1;
  for (const atom of word) {
    const ways =
      atom.t === 'lit'
        ? atom.optional
          ? 2
          : 1
        : atom.t === 'group'
          ? quantWays(altsWays(atom.alts), atom.quant)
          : atom.t === 'any'
            ? quantWays(1, atom.quant)
            : atom.arg
              ? altsWays(atom.arg)
              : 1;
    product = capped(product * ways);
  }
  return product;
}
/** The ways a phrase can match at one place (see PHRASE_WAYS); throws a PhraseError when it does not parse. */
export function phraseWays(phrase: string): number {
  return altsWays(new Parser(phrase).parse());
}

/** Undefined when the phrase is well formed, else what is wrong with it (for the record's schema). */
export function phraseProblem(phrase: string): string | undefined {
  try {
    const ways = phraseWays(phrase);
    if (ways > PHRASE_WAYS)
      return `“${phrase}”: ${ways >= Number.MAX_SAFE_INTEGER ? 'too many' : ways} ways to match it at one place (optional words, choices and repeats multiply them), over ${PHRASE_WAYS}: checking a sentence against it could take minutes; make fewer parts optional or split it into several phrases`;
    phraseSource(phrase);
    new RegExp(phraseSource(phrase));
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
