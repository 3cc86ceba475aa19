/**
 * A small fake of the `vscode` module: just enough of the API for the
 * extension's Checker, Log, providers, claims view, status bar and commands
 * to run in a unit test, with a fake document model (versions, edits, close,
 * two views on one document). Installed for `require('vscode')` by
 * use-fake-vscode.ts; nothing else in the unit suite imports `vscode`.
 *
 * Behaviour copied from VS Code where it matters here: a document's version
 * goes up by one per edit; a closed document keeps its object but
 * `isClosed` turns true and a reopened file is a NEW object whose version
 * starts again at 1; event listeners that throw are caught and reported, not
 * rethrown into the firer.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const listenerErrors: unknown[] = [];

export class Disposable {
  constructor(private readonly fn: () => void = () => {}) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose(): void {
    this.fn();
  }
}

export class EventEmitter<T> {
  private listeners: ((e: T) => unknown)[] = [];
  readonly event = (listener: (e: T) => unknown): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== listener)));
  };
  fire(e?: T): void {
    for (const l of [...this.listeners]) {
      try {
        l(e as T);
      } catch (err) {
        listenerErrors.push(err);
      }
    }
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query: string,
    readonly fragment: string,
  ) {}
  static parse(value: string, _strict?: boolean): Uri {
    const u = new URL(value);
    return new Uri(
      u.protocol.replace(/:$/, ''),
      u.host,
      decodeURIComponent(u.pathname),
      u.search.replace(/^\?/, ''),
      u.hash.replace(/^#/, ''),
    );
  }
  static file(p: string): Uri {
    return new Uri('file', '', p, '', '');
  }
  static from(c: { scheme: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(c.scheme, c.authority ?? '', c.path ?? '', c.query ?? '', c.fragment ?? '');
  }
  get fsPath(): string {
    return this.path;
  }
  with(c: Partial<{ scheme: string; path: string; query: string }>): Uri {
    return new Uri(c.scheme ?? this.scheme, this.authority, c.path ?? this.path, c.query ?? this.query, this.fragment);
  }
  toString(_skipEncoding?: boolean): string {
    return `${this.scheme}://${this.authority}${this.path}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {
    if (line < 0 || character < 0 || !Number.isInteger(line) || !Number.isInteger(character))
      throw new Error('Illegal argument: line/character');
  }
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: number | Position, b: number | Position, c?: number, d?: number) {
    const s = typeof a === 'number' ? new Position(a, b as number) : a;
    const e = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
    const before = e.line < s.line || (e.line === s.line && e.character < s.character);
    this.start = before ? e : s;
    this.end = before ? s : e;
  }
}
export class Selection extends Range {}

export enum DiagnosticSeverity {
  Error = 0,
  Warning = 1,
  Information = 2,
  Hint = 3,
}

export class Location {
  constructor(
    readonly uri: Uri,
    readonly range: Range,
  ) {}
}

export class DiagnosticRelatedInformation {
  constructor(
    readonly location: Location,
    readonly message: string,
  ) {}
}

export class Diagnostic {
  source?: string;
  code?: string | number | { value: string | number; target: Uri };
  relatedInformation?: DiagnosticRelatedInformation[];
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity: DiagnosticSeverity = DiagnosticSeverity.Error,
  ) {}
}

export class DiagnosticCollection {
  readonly entries = new Map<string, Diagnostic[]>();
  disposed = false;
  constructor(readonly name: string) {}
  set(uri: Uri, diagnostics: readonly Diagnostic[] | undefined): void {
    if (this.disposed) throw new Error('DiagnosticCollection is disposed');
    if (diagnostics) this.entries.set(uri.toString(), [...diagnostics]);
    else this.entries.delete(uri.toString());
  }
  get(uri: Uri): readonly Diagnostic[] | undefined {
    return this.entries.get(uri.toString());
  }
  delete(uri: Uri): void {
    this.entries.delete(uri.toString());
  }
  clear(): void {
    this.entries.clear();
  }
  dispose(): void {
    this.disposed = true;
    this.entries.clear();
  }
}

export class CodeActionKind {
  static readonly Empty = new CodeActionKind('');
  static readonly QuickFix = new CodeActionKind('quickfix');
  static readonly SourceFixAll = new CodeActionKind('source.fixAll');
  constructor(readonly value: string) {}
  append(part: string): CodeActionKind {
    return new CodeActionKind(this.value ? `${this.value}.${part}` : part);
  }
  contains(other: CodeActionKind): boolean {
    return this.value === other.value || other.value.startsWith(`${this.value}.`) || this.value === '';
  }
  intersects(other: CodeActionKind): boolean {
    return this.contains(other) || other.contains(this);
  }
}

export class CodeAction {
  edit?: WorkspaceEdit;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  command?: { command: string; title: string; arguments?: unknown[] };
  constructor(
    readonly title: string,
    readonly kind?: CodeActionKind,
  ) {}
}

export class WorkspaceEdit {
  readonly edits: { uri: Uri; range: Range; newText: string }[] = [];
  replace(uri: Uri, range: Range, newText: string): void {
    this.edits.push({ uri, range, newText });
  }
  insert(uri: Uri, position: Position, newText: string): void {
    this.edits.push({ uri, range: new Range(position, position), newText });
  }
}

export class MarkdownString {
  isTrusted?: boolean | { enabledCommands: readonly string[] };
  supportHtml?: boolean;
  constructor(
    public value = '',
    public supportThemeIcons = false,
  ) {}
}

export enum ViewColumn {
  Active = -1,
  Beside = -2,
  One = 1,
}

/** A webview panel: the HTML set, messages posted by the "page" (postFromPage), dispose. */
export class FakeWebviewPanel {
  title: string;
  visible = true;
  viewColumn: ViewColumn | undefined = ViewColumn.One;
  disposed = false;
  reveals = 0;
  private readonly disposeEmitter = new EventEmitter<void>();
  private readonly messageEmitter = new EventEmitter<unknown>();
  readonly onDidDispose = this.disposeEmitter.event;
  readonly webview: {
    html: string;
    options: Record<string, unknown>;
    cspSource: string;
    onDidReceiveMessage: EventEmitter<unknown>['event'];
  };
  constructor(
    readonly viewType: string,
    title: string,
    readonly showOptions: unknown,
    options: Record<string, unknown>,
  ) {
    this.title = title;
    this.webview = {
      html: '',
      options,
      cspSource: 'https://fake.vscode-cdn.net',
      onDidReceiveMessage: this.messageEmitter.event,
    };
  }
  reveal(): void {
    this.reveals++;
  }
  /** A message as the page's script would post it. */
  postFromPage(message: unknown): void {
    this.messageEmitter.fire(message);
  }
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.disposeEmitter.fire();
  }
}

export class Hover {
  constructor(
    readonly contents: MarkdownString,
    readonly range?: Range,
  ) {}
}

export enum TreeItemCollapsibleState {
  None = 0,
  Collapsed = 1,
  Expanded = 2,
}
export class TreeItem {
  description?: string;
  tooltip?: string;
  contextValue?: string;
  command?: unknown;
  iconPath?: unknown;
  id?: string;
  constructor(
    readonly label: string,
    readonly collapsibleState: TreeItemCollapsibleState = TreeItemCollapsibleState.None,
  ) {}
}
export class ThemeIcon {
  constructor(
    readonly id: string,
    readonly color?: ThemeColor,
  ) {}
}
export class ThemeColor {
  constructor(readonly id: string) {}
}
export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}
export enum ProgressLocation {
  SourceControl = 1,
  Window = 10,
  Notification = 15,
}
export enum TextEditorRevealType {
  Default = 0,
  InCenter = 1,
  InCenterIfOutsideViewport = 2,
  AtTop = 3,
}

// ── the fake document model ───────────────────────────────────────────────

const lineStarts = (text: string) => {
  const starts = [0];
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
};

/** A TextDocument: text, version, closed flag. Hooks let a test act in the middle of a read. */
export class FakeDocument {
  version = 1;
  isClosed = false;
  readonly languageId: string;
  /** Called each time the checker reads the text (a test can edit or close here: "while the check runs"). */
  onGetText?: (doc: FakeDocument) => void;
  constructor(
    readonly uri: Uri,
    private text: string,
    languageId = 'markdown',
  ) {
    this.languageId = languageId;
  }
  getText(): string {
    const text = this.text;
    this.onGetText?.(this);
    return text;
  }
  /** What the document holds now (tests; does not fire onGetText). */
  get content(): string {
    return this.text;
  }
  get lineCount(): number {
    return lineStarts(this.text).length;
  }
  lineAt(line: number): { range: Range; text: string } {
    const starts = lineStarts(this.text);
    const start = starts[line]!;
    const next = starts[line + 1];
    const body = this.text.slice(start, next ?? this.text.length).replace(/(\r\n|\r|\n)$/, '');
    return { range: new Range(line, 0, line, body.length), text: body };
  }
  offsetAt(p: Position): number {
    const starts = lineStarts(this.text);
    return Math.min(this.text.length, (starts[p.line] ?? this.text.length) + p.character);
  }
  positionAt(offset: number): Position {
    const starts = lineStarts(this.text);
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
    return new Position(line, offset - starts[line]!);
  }
  /** An edit from any view: new text, version + 1, the change event fired. */
  edit(text: string): void {
    if (this.isClosed) throw new Error('edit of a closed document');
    this.text = text;
    this.version++;
    workspace.changeEmitter.fire({ document: this, contentChanges: [{ text }], reason: undefined });
  }
}

/** Two editors (views) showing one document, as a split editor does. */
export class FakeEditor {
  constructor(readonly document: FakeDocument) {}
  revealRange(): void {}
}

const configuration: Record<string, unknown> = { debounceMs: 0 };
const openEmitter = new EventEmitter<FakeDocument>();
const closeEmitter = new EventEmitter<FakeDocument>();
const changeEmitter = new EventEmitter<{ document: FakeDocument; contentChanges: unknown[]; reason: undefined }>();
const activeEditorEmitter = new EventEmitter<FakeEditor | undefined>();
const grantTrustEmitter = new EventEmitter<void>();

export const workspace = {
  textDocuments: [] as FakeDocument[],
  /** Workspace trust: false is Restricted Mode; grantTrust() flips it and fires onDidGrantWorkspaceTrust. */
  isTrusted: true,
  onDidGrantWorkspaceTrust: grantTrustEmitter.event,
  grantTrust(): void {
    workspace.isTrusted = true;
    grantTrustEmitter.fire();
  },
  onDidChangeWorkspaceFolders: new EventEmitter<unknown>().event,
  createFileSystemWatcher: (_p: unknown) => ({
    onDidCreate: () => new Disposable(),
    onDidChange: () => new Disposable(),
    onDidDelete: () => new Disposable(),
    dispose() {},
  }),
  workspaceFolders: undefined as unknown,
  changeEmitter,
  configuration,
  getConfiguration: (_section?: string) => ({ get: (key: string) => configuration[key] }),
  onDidOpenTextDocument: openEmitter.event,
  onDidCloseTextDocument: closeEmitter.event,
  onDidChangeTextDocument: changeEmitter.event,
  onDidSaveTextDocument: new EventEmitter<FakeDocument>().event,
  onDidChangeConfiguration: new EventEmitter<unknown>().event,
  asRelativePath: (u: Uri | string) => (typeof u === 'string' ? u : u.path.replace(/^\//, '')),
  findFiles: async (): Promise<Uri[]> => [],
  fs: { readFile: async (_u: Uri): Promise<Uint8Array> => new Uint8Array() },
  openTextDocument: async (u: Uri) => workspace.textDocuments.find((d) => d.uri.toString() === u.toString()),
  /** Test helpers: open (a new document object, version 1) and close. */
  open(uri: string, text: string): FakeDocument {
    const doc = new FakeDocument(Uri.parse(uri), text);
    workspace.textDocuments.push(doc);
    openEmitter.fire(doc);
    return doc;
  },
  close(doc: FakeDocument): void {
    doc.isClosed = true;
    workspace.textDocuments = workspace.textDocuments.filter((d) => d !== doc);
    closeEmitter.fire(doc);
  },
  reset(): void {
    workspace.textDocuments = [];
    workspace.isTrusted = true;
    workspace.workspaceFolders = undefined;
    window.panels.length = 0;
    for (const k of Object.keys(configuration)) delete configuration[k];
    configuration['debounceMs'] = 0;
    window.activeTextEditor = undefined;
    window.messages.length = 0;
    listenerErrors.length = 0;
  },
};

export class FakeOutputChannel {
  readonly lines: string[] = [];
  constructor(readonly name: string) {}
  trace(m: string) {
    this.lines.push(`trace ${m}`);
  }
  debug(m: string) {
    this.lines.push(`debug ${m}`);
  }
  info(m: string) {
    this.lines.push(`info ${m}`);
  }
  warn(m: string) {
    this.lines.push(`warn ${m}`);
  }
  error(m: string) {
    this.lines.push(`error ${m}`);
  }
  appendLine(m: string) {
    this.lines.push(m);
  }
  show() {}
  dispose() {}
}

export const window = {
  activeTextEditor: undefined as FakeEditor | undefined,
  onDidChangeActiveTextEditor: activeEditorEmitter.event,
  activeEditorEmitter,
  messages: [] as string[],
  channels: [] as FakeOutputChannel[],
  createOutputChannel(name: string, _opts?: unknown): FakeOutputChannel {
    const c = new FakeOutputChannel(name);
    window.channels.push(c);
    return c;
  },
  showErrorMessage: async (m: string) => void window.messages.push(`error: ${m}`),
  showInformationMessage: async (m: string) => void window.messages.push(`info: ${m}`),
  showWarningMessage: async (m: string) => void window.messages.push(`warning: ${m}`),
  withProgress: async <R>(
    _o: unknown,
    task: (p: { report(v: unknown): void }, t: { isCancellationRequested: boolean }) => Promise<R>,
  ) => task({ report() {} }, { isCancellationRequested: false }),
  createTreeView: (_id: string, _o: unknown) => ({
    description: undefined as string | undefined,
    message: undefined as string | undefined,
    dispose() {},
  }),
  createStatusBarItem: (..._a: unknown[]) => ({
    text: '',
    tooltip: '',
    name: '',
    command: '',
    backgroundColor: undefined as unknown,
    visible: false,
    show() {
      this.visible = true;
    },
    hide() {
      this.visible = false;
    },
    dispose() {},
  }),
  showTextDocument: async (d: unknown) => new FakeEditor(d as FakeDocument),
  showQuickPick: async (..._a: unknown[]): Promise<unknown> => undefined,
  panels: [] as FakeWebviewPanel[],
  createWebviewPanel(
    viewType: string,
    title: string,
    showOptions: unknown,
    options: Record<string, unknown> = {},
  ): FakeWebviewPanel {
    const panel = new FakeWebviewPanel(viewType, title, showOptions, options);
    window.panels.push(panel);
    return panel;
  },
  showInputBox: async () => undefined,
};

export const registeredCommands = new Map<string, (...args: any[]) => unknown>();
export const commands = {
  registerCommand(id: string, fn: (...args: any[]) => unknown): Disposable {
    registeredCommands.set(id, fn);
    return new Disposable(() => registeredCommands.delete(id));
  },
  executeCommand: async (id: string, ...args: unknown[]) => registeredCommands.get(id)?.(...args),
};

export const languages = {
  collections: [] as DiagnosticCollection[],
  createDiagnosticCollection(name: string): DiagnosticCollection {
    const c = new DiagnosticCollection(name);
    languages.collections.push(c);
    return c;
  },
  registerHoverProvider: () => new Disposable(),
  registerCodeActionsProvider: () => new Disposable(),
};

export const env = { openExternal: async () => true };

export class RelativePattern {
  constructor(
    readonly base: unknown,
    readonly pattern: string,
  ) {}
}
