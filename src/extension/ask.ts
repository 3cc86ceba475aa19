/**
 * Questions to the user — quick picks and input boxes — behind one small interface, so the real-VS-Code
 * tests can answer them (and see exactly what was asked) while a person gets the editor's own widgets.
 */
import * as vscode from 'vscode';

export interface AskedQuestion {
  kind: 'pick' | 'input';
  title: string;
  /** Input: the prompt; pick: the placeholder. */
  prompt?: string;
  /** Pick: the items' labels, descriptions and details, in order. */
  items?: { label: string; description?: string; detail?: string }[];
  /** Input: the value offered, and what validation said about the scripted answer (if anything). */
  value?: string;
  validation?: string;
}

/** A scripted answer: an item's index or label for a pick, the text for an input; undefined cancels. */
export type ScriptedAnswer = number | string | undefined;

export class Ask {
  private script: ScriptedAnswer[] | undefined;
  readonly asked: AskedQuestion[] = [];

  /** Tests: answer the next questions from `answers` in order (undefined: back to the real widgets). */
  answer(answers: ScriptedAnswer[] | undefined): void {
    this.script = answers ? [...answers] : undefined;
    // A new script starts a new record of questions; going back to the widgets keeps the last one to read.
    if (answers) this.asked.length = 0;
  }

  async pick<T extends vscode.QuickPickItem>(
    items: T[],
    options: vscode.QuickPickOptions & { title: string },
  ): Promise<T | undefined> {
    if (!this.script) return vscode.window.showQuickPick(items, options);
    this.asked.push({
      kind: 'pick',
      title: options.title,
      ...(options.placeHolder ? { prompt: options.placeHolder } : {}),
      items: items.map((i) => ({
        label: i.label,
        ...(i.description ? { description: i.description } : {}),
        ...(i.detail ? { detail: i.detail } : {}),
      })),
    });
    const a = this.script.shift();
    return typeof a === 'number' ? items[a] : typeof a === 'string' ? items.find((i) => i.label === a) : undefined;
  }

  async input(options: vscode.InputBoxOptions & { title: string }): Promise<string | undefined> {
    if (!this.script) return vscode.window.showInputBox(options);
    const a = this.script.shift();
    const question: AskedQuestion = {
      kind: 'input',
      title: options.title,
      ...(options.prompt ? { prompt: options.prompt } : {}),
      ...(options.value !== undefined ? { value: options.value } : {}),
    };
    this.asked.push(question);
    if (typeof a !== 'string') return undefined;
    const problem = await options.validateInput?.(a);
    const message = typeof problem === 'string' ? problem : problem?.message;
    if (message) {
      // A person would see the message and type again; a script that gives a bad answer cancels.
      question.validation = message;
      return undefined;
    }
    return a;
  }
}
