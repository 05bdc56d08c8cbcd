import { nothing } from 'lit';
import { html, type StaticValue } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Skill } from '../../api/types.js';
import { emit } from '../../internal/emit.js';

/** Skills as chips, in the language of the content they came with, under a heading of `headingTag`. */
export function skillChips(label: string, skills: Skill[], lang: string | undefined, headingTag: StaticValue) {
  if (skills.length === 0) return nothing;
  return html`<div part="skills" class="skills">
    <${headingTag} class="label">${label}</${headingTag}>
    <ul class="chips" lang=${ifDefined(lang || undefined)}>
      ${skills.map((skill) => html`<li part="skill" class="chip">${skill.name}</li>`)}
    </ul>
  </div>`;
}

/** `claim-href` with `{badgeId}` and `{activityId}` filled in and URL-encoded. */
export function claimUrl(template: string, badgeId: string, activityId = ''): string {
  return template
    .replaceAll('{badgeId}', encodeURIComponent(badgeId))
    .replaceAll('{activityId}', encodeURIComponent(activityId));
}

/**
 * The call to action that starts a claim. It fires `lc-claim-start`; a page that opens
 * `<badge-claim>` in place cancels the event. Otherwise, with a `claim-href` template, it is a
 * real link to the claim page (which also opens in a new tab on a middle or modified click).
 */
export function claimAction(
  host: HTMLElement,
  label: string,
  template: string | undefined,
  detail: { badgeId: string; activityId?: string },
) {
  const start = (event: MouseEvent) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (!emit(host, 'lc-claim-start', detail)) event.preventDefault();
  };
  return template
    ? html`<a part="claim" class="button primary" href=${claimUrl(template, detail.badgeId, detail.activityId)} @click=${start}
        >${label}</a
      >`
    : html`<button part="claim" class="button primary" type="button" @click=${start}>${label}</button>`;
}
