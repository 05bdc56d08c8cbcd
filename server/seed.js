// Writes the sample data (seed-data.js) and its generated images into an empty database.
import { badgeAlt, badgeSvg, coverAlt, coverSvg, logoSvg } from './media.js';
import { searchText } from './migrations.js';
import { hashToken } from './organisers.js';
import * as data from './seed-data.js';

const SVG = 'image/svg+xml';
const json = (value) => (value ? JSON.stringify(value) : null);

/**
 * Inserts every seed row, a table at a time; the caller wraps this in a transaction.
 * @param {import('./db.js').Database} db
 */
export async function seed(db) {
  const insert = async (table, rows) => {
    if (rows.length > 0) await db.insertInto(table).values(rows).execute();
  };
  const organisationNames = new Map(data.organisations.map((o) => [o.id, o.name]));

  await insert('media', [
    ...Object.entries(data.covers).map(([key, cover]) => ({ name: `cover-${key}.svg`, type: SVG, body: Buffer.from(coverSvg(cover)), alt: coverAlt(cover) })),
    ...data.organisations.map((o) => ({ name: `logo-${o.id}.svg`, type: SVG, body: Buffer.from(logoSvg(o)), alt: null })),
    ...data.badges.map((b) => ({ name: `badge-${b.id}.svg`, type: SVG, body: Buffer.from(badgeSvg(b)), alt: badgeAlt(b) })),
  ]);
  await insert(
    'organisations',
    data.organisations.map((o) => ({ id: o.id, name: o.name, url: o.url, email: o.email, logo: `logo-${o.id}.svg` })),
  );
  await insert(
    'organiser_tokens',
    Object.entries(data.ORGANISER_TOKENS).map(([organisationId, token]) => ({
      token_hash: hashToken(token),
      organisation_id: organisationId,
      created_at: '2022-05-01T00:00:00.000Z',
    })),
  );
  await insert('categories', data.categories.map((c) => ({ id: c.id, name: c.name })));
  await insert('skills', data.skills.map((s) => ({ id: s.id, name: s.name, esco_uri: s.escoUri ?? null })));

  await insert(
    'badges',
    data.badges.map((b) => ({
      id: b.id,
      name: b.name,
      description: b.description,
      criteria: b.criteria,
      image: `badge-${b.id}.svg`,
      issuer_id: b.issuerId,
    })),
  );
  await insert('badge_skills', data.badges.flatMap((b) => b.skills.map((id, i) => ({ badge_id: b.id, skill_id: id, position: i }))));
  await insert(
    'tasks',
    data.badges.flatMap((b) =>
      b.tasks.map((t, i) => ({
        badge_id: b.id,
        id: `t${i + 1}`,
        no: i + 1,
        kind: t.kind,
        check_by: t.check,
        description: t.description,
        questions: json(t.questions),
        accept: json(t.accept),
        max_bytes: t.maxBytes ?? null,
      })),
    ),
  );

  await insert(
    'activities',
    data.activities.map((a) => {
      const startsMs = Date.parse(a.startsAt);
      const row = {
        id: a.id,
        title: a.title,
        description: a.description,
        starts_at: a.startsAt,
        ends_at: a.endsAt ?? null,
        starts_ms: startsMs,
        ends_ms: a.endsAt ? Date.parse(a.endsAt) : startsMs,
        time_zone: a.timeZone,
        location_name: a.location?.name ?? null,
        location_address: a.location?.address ?? null,
        lat: a.location?.lat ?? null,
        lng: a.location?.lng ?? null,
        online_url: a.onlineUrl ?? null,
        image: a.cover ? `cover-${a.cover}.svg` : null,
        organiser_id: a.organiserId,
        category_id: a.categoryId,
        duration: a.duration,
        badge_id: a.badgeId,
        playlist_count: data.playlistCount(a.id),
        language: a.language,
        url: a.url ?? null,
      };
      return { ...row, search_text: searchText(row, organisationNames.get(a.organiserId) ?? '') };
    }),
  );
  await insert('activity_skills', data.activities.flatMap((a) => a.skills.map((id, i) => ({ activity_id: a.id, skill_id: id, position: i }))));

  await insert(
    'playlists',
    data.playlists.map((p, i) => ({
      id: p.id,
      name: p.name,
      description: p.description,
      image: `cover-${p.cover}.svg`,
      organiser_id: p.organiserId,
      badge_id: p.badgeId,
      optional_needed: p.optionalNeeded,
      language: p.language,
      position: i,
    })),
  );
  await insert(
    'playlist_steps',
    data.playlists.flatMap((p) => p.steps.map((step, i) => ({ playlist_id: p.id, position: i, activity_id: step.activityId, required: step.required ? 1 : 0 }))),
  );

  await insert(
    'claim_codes',
    data.claimCodes.map((c) => ({
      code: c.code.toUpperCase(),
      badge_id: c.badgeId,
      single_use: c.singleUse ? 1 : 0,
      valid_from: c.validFrom ?? null,
      valid_until: c.validUntil ?? null,
    })),
  );
}
