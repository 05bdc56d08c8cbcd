import type { ReactiveControllerHost } from 'lit';
import type { Badge, ClaimSubmission, Task } from '../../api/types.js';
import type { ClaimWords } from '../../i18n/claim-messages.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { Attachment } from '../../repository/repository.js';
import { formatBytes } from './format-bytes.js';

export interface Fields {
  name: string;
  email: string;
  consent: boolean;
  code: string;
  /** Per task id: the answer to a text task, or one per question. */
  answers: Record<string, string[]>;
}

export const EMPTY_FIELDS: Fields = { name: '', email: '', consent: false, code: '', answers: {} };

/**
 * A field of the form, spelt one way everywhere: the key of its error, the id of its input (an
 * answer's inputs add the question's index: `answer-t3-0`), and with `-error` the id of its
 * message. `form` is the form as a whole.
 */
export type FieldKey = 'name' | 'email' | 'consent' | 'code' | 'form' | `file-${string}` | `answer-${string}`;

export const fileField = (task: Task): FieldKey => `file-${task.id}`;
export const answerField = (task: Task): FieldKey => `answer-${task.id}`;

export type FieldErrors = Partial<Record<FieldKey, string>>;

/** The form's field an API error is about (`recipient.email`, `answers.t3`, `code`…). */
export function formField(apiField: string | undefined): FieldKey {
  if (!apiField) return 'form';
  if (apiField.startsWith('recipient.')) return apiField.slice('recipient.'.length) as FieldKey;
  if (apiField.startsWith('answers.')) return `answer-${apiField.slice('answers.'.length)}`;
  return apiField as FieldKey;
}

/** The step of the flow that shows a field. */
export function stepOf(field: FieldKey): 'identify' | 'prove' | 'review' {
  return field === 'name' || field === 'email' || field === 'consent' ? 'identify' : field === 'form' ? 'review' : 'prove';
}

/** The element to focus for a field: its input (an answer's first one). */
export function inputId(field: FieldKey): string {
  return field.startsWith('answer-') ? `${field}-0` : field;
}

/**
 * What the visitor has entered in the claim form, its attachments, and the errors shown next to
 * each field: the checks made before anything is sent, and the submission they make.
 */
export class ClaimForm {
  fields: Fields = EMPTY_FIELDS;
  attachments: Attachment[] = [];
  errors: FieldErrors = {};
  /** True once the visitor has typed, ticked or attached something in this form. */
  touched = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly localize: LocalizeController<ClaimWords>,
    /** Called after every change the visitor makes (to save the draft). */
    private readonly edited: () => void,
  ) {}

  /** Puts back what a draft kept (or the page's claim code); not an edit of the visitor's. */
  restore(fields: Partial<Fields>, attachments: Attachment[] = this.attachments): void {
    this.fields = { ...this.fields, ...fields };
    this.attachments = attachments;
    this.host.requestUpdate();
  }

  set(patch: Partial<Fields>): void {
    this.fields = { ...this.fields, ...patch };
    this.clearErrors(...(Object.keys(patch) as FieldKey[]));
    this.touched = true;
    this.edited();
  }

  setAnswer(task: Task, index: number, value: string): void {
    const answers = [...(this.fields.answers[task.id] ?? [])];
    answers[index] = value;
    this.set({ answers: { ...this.fields.answers, [task.id]: answers } });
    this.clearErrors(answerField(task));
  }

  /** Attaches a file to a task after checking its type and size; false (with the error shown) when refused. */
  attach(task: Task, file: File): boolean {
    const { term } = this.localize;
    const field = fileField(task);
    if (task.accept?.length && !task.accept.includes(file.type)) {
      this.show({ [field]: term('errorFileType', file.name) });
      return false;
    }
    if (task.maxBytes && file.size > task.maxBytes) {
      this.show({ [field]: term('errorFileTooLarge', file.name, formatBytes(this.localize.lang, task.maxBytes)) });
      return false;
    }
    this.attachments = [...this.attachments.filter((a) => a.taskId !== task.id), { taskId: task.id, file }];
    this.clearErrors(field);
    this.touched = true;
    this.edited();
    return true;
  }

  detach(file: File): void {
    this.attachments = this.attachments.filter((a) => a.file !== file);
    this.touched = true;
    this.edited();
  }

  filesOf(task: Task): File[] {
    return this.attachments.filter((a) => a.taskId === task.id).map((a) => a.file);
  }

  /** Errors of the "who you are" step; none when it is complete. */
  checkIdentify(): FieldErrors {
    const { term } = this.localize;
    const errors: FieldErrors = {};
    if (!this.fields.name.trim()) errors.name = term('errorRequired');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(this.fields.email.trim())) errors.email = term('errorEmail');
    if (!this.fields.consent) errors.consent = term('errorConsent');
    return errors;
  }

  /** Errors of the proof step for this badge's tasks; none when every task has its proof. */
  checkProve(badge: Badge): FieldErrors {
    const { term } = this.localize;
    const errors: FieldErrors = {};
    for (const task of badge.tasks) {
      if (task.kind === 'code' && task.check !== 'organiser' && !this.fields.code.trim()) errors.code = term('errorCodeRequired');
      if (task.kind === 'file' && this.filesOf(task).length === 0) errors[fileField(task)] = term('errorFileRequired');
      if (task.kind === 'text' || task.kind === 'questions') {
        const expected = task.kind === 'text' ? 1 : (task.questions?.length ?? 0);
        const answers = this.fields.answers[task.id] ?? [];
        if (Array.from({ length: expected }, (_, i) => answers[i]?.trim()).some((a) => !a)) {
          errors[answerField(task)] = term('errorAnswerRequired');
        }
      }
    }
    return errors;
  }

  /** Shows errors next to their fields (replacing those shown). */
  show(errors: FieldErrors): void {
    this.errors = errors;
    this.host.requestUpdate();
  }

  /** The claim as the API takes it: trimmed, with answers to this badge's text and question tasks only. */
  submission(badge: Badge): ClaimSubmission {
    const { name, email, consent, code } = this.fields;
    const answers: Record<string, string[]> = {};
    for (const task of badge.tasks) {
      if (task.kind === 'text' || task.kind === 'questions') answers[task.id] = (this.fields.answers[task.id] ?? []).map((a) => a.trim());
    }
    return {
      badgeId: badge.id,
      recipient: { name: name.trim(), email: email.trim() },
      consent,
      ...(code.trim() ? { code: code.trim() } : {}),
      answers,
    };
  }

  private clearErrors(...fields: FieldKey[]): void {
    if (!fields.some((f) => f in this.errors)) return;
    const errors = { ...this.errors };
    fields.forEach((f) => delete errors[f]);
    this.show(errors);
  }
}
