/** The profile: who the freelancer is, what they charge and how drafts should sound. */
import { html } from 'hono/html';
import type { Profile } from '../../../domain/schemas.ts';
import { joinList, type FormValues } from '../form.ts';
import { formError, notice, selectField, textArea, textField, type Html } from './fields.ts';
import { TONES } from './home-page.ts';
import { page } from './layout.ts';
import { setupCard } from './setup-card.ts';
import type { SetupState } from '../../../app/load-example.ts';
import type { FormError } from './proof-pages.ts';

/** A stored profile as the form's field values. */
export function profileValues(profile: Profile): FormValues {
  return {
    name: profile.name,
    headline: profile.headline,
    niche: profile.niche,
    rateFloor: profile.rateFloor === null ? '' : String(profile.rateFloor),
    targetRate: profile.targetRate === null ? '' : String(profile.targetRate),
    currency: profile.currency,
    skills: joinList(profile.skills),
    tone: profile.tone,
    avoidWords: joinList(profile.avoidWords),
    allowedLinks: joinList(profile.allowedLinks, '\n'),
  };
}

export interface ProfilePageOptions {
  values: FormValues;
  message?: string | undefined;
  error?: FormError | undefined;
  /** What the user has still to set up; the first-run card shows until both are done. */
  setup?: SetupState | undefined;
}

/** The profile form, filled with the stored profile or with what the user just sent. */
export function profilePage({ values, message, error, setup }: ProfilePageOptions): Html {
  const fields = error?.fields ?? {};
  const body = html`<h1>Profile</h1>
<p class="lede">Triage checks budgets against your rate floor; drafts use your tone, skip your words to avoid, and only include links you allow.</p>
${notice(message)}
${setup?.profile ? setupCard(setup) : ''}
<p class="toolbar"><a class="button button--secondary" href="/profile/suggest">Suggest a headline and niche from my proof</a></p>
<form class="card" method="post" action="/profile">
${formError(error)}
<div class="row">
${textField({ name: 'name', label: 'Name', value: values.name, error: fields.name })}
${textField({ name: 'niche', label: 'Niche', hint: 'e.g. Shopify conversion for DTC brands', value: values.niche, error: fields.niche })}
</div>
${textField({ name: 'headline', label: 'Positioning headline', value: values.headline, error: fields.headline })}
<div class="row row--3">
${textField({ name: 'rateFloor', label: 'Rate floor (per hour)', hint: 'The least you take; blank if none.', value: values.rateFloor, error: fields.rateFloor, inputmode: 'decimal' })}
${textField({ name: 'targetRate', label: 'Target rate (per hour)', value: values.targetRate, error: fields.targetRate, inputmode: 'decimal' })}
${textField({ name: 'currency', label: 'Currency', hint: 'Three letters, e.g. USD', value: values.currency, error: fields.currency })}
</div>
${textField({ name: 'skills', label: 'Skills', hint: 'Comma-separated. Drafts never claim a skill that is not here or in your proof.', value: values.skills, error: fields.skills })}
${selectField({ name: 'tone', label: 'Default tone', options: TONES, value: values.tone, error: fields.tone })}
${textField({ name: 'avoidWords', label: 'Words to avoid', hint: 'Comma-separated.', value: values.avoidWords, error: fields.avoidWords })}
${textArea({ name: 'allowedLinks', label: 'Links allowed in proposals', hint: 'One a line, e.g. your portfolio. Other links are flagged.', value: values.allowedLinks, error: fields.allowedLinks, rows: 3 })}
<div class="actions"><button type="submit" class="button">Save profile</button></div>
</form>`;
  return page({ title: 'Profile', section: 'profile', body });
}
