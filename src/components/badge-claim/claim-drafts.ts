import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Repository } from '../../repository/repository.js';
import { EMPTY_FIELDS, type ClaimForm, type Fields } from './claim-form.js';

/** Milliseconds of quiet before what the visitor typed is saved. */
const SAVE_DELAY = 300;

interface DraftOf {
  repository: Repository;
  badgeId: string;
}

/**
 * Keeps the claim form's draft on this device: restored when the form is for a badge (and again
 * when the badge or the API changes), saved shortly after each edit and at once when the element
 * leaves the page, dropped once the claim is sent.
 */
export class ClaimDrafts implements ReactiveController {
  private draftOf: DraftOf | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly form: ClaimForm,
    /** Whose draft the form holds, when the element has a badge and an API. */
    private readonly target: () => DraftOf | undefined,
    /** A claim code from the page (attribute or `?code=`), which wins over the draft's. */
    private readonly pageCode: () => string,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const target = this.target();
    if (target?.badgeId === this.draftOf?.badgeId && target?.repository === this.draftOf?.repository) return;
    this.draftOf = target;
    void this.restore();
  }

  hostDisconnected(): void {
    this.flush();
  }

  /** Saves soon: the visitor is still typing. */
  save(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flush(), SAVE_DELAY);
  }

  async discard(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.draftOf) await this.draftOf.repository.dropDraft(this.draftOf.badgeId);
  }

  private async restore(): Promise<void> {
    const draftOf = this.draftOf;
    const code = this.pageCode();
    if (!draftOf) return;
    const draft = await draftOf.repository.draft(draftOf.badgeId);
    if (draftOf !== this.draftOf) return;
    // A draft that arrives after the visitor has started does not overwrite what they did since.
    if (draft && !this.form.touched) this.form.restore({ ...EMPTY_FIELDS, ...(draft.fields as Partial<Fields>) }, draft.attachments);
    if (code) this.form.restore({ code });
  }

  private flush(): void {
    if (this.saveTimer === undefined || !this.draftOf) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const { repository, badgeId } = this.draftOf;
    void repository.saveDraft(badgeId, { fields: { ...this.form.fields }, attachments: this.form.attachments });
  }
}
